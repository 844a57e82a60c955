package org.rlhfcourse.site;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.render.RenderGuard;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.cite.Bibliography;
import org.rlhfcourse.render.deck.Deck;
import org.rlhfcourse.render.deck.DeckBuilder;

/**
 * Renders loaded {@link Content} into a {@link SiteSnapshot}, checking what only the
 * whole site can check (links from the outline to chapters, internal links, page
 * addresses). Files render in parallel and are remembered between builds; one build at a
 * time. Each file is built under a {@link RenderGuard}, so a file that crashes its
 * renderer or renders too long becomes one problem and the rest of the site still builds.
 */
public final class SiteBuilder {

	private static final String TITLE_MISSING = "front matter needs a 'title'";

	/**
	 * How long one file may render when the caller does not say
	 * ({@code site.render.file-timeout}).
	 */
	public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * How many times the CPU limit a file may take by the clock before it is given up as
	 * stuck: a file that renders in 10 s of CPU time still builds on a machine where it
	 * gets a thirtieth of a core.
	 */
	private static final int WAIT_LIMIT_FACTOR = 30;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final DeckBuilder decks;

	private final String baseUrl;

	private final RenderCache cache = new RenderCache();

	private final SiteChecks checks = new SiteChecks();

	private final RenderGuard guard;

	/**
	 * Creates a builder.
	 * @param baseUrl the public address to use instead of {@code site.yml}'s
	 * {@code base-url}, empty to keep that
	 * @param fileTimeout how long one file may render before it is given up with a
	 * problem
	 */
	public SiteBuilder(MarkdownRenderer markdown, Clock clock, String baseUrl, Duration fileTimeout) {
		this.markdown = markdown;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.decks = new DeckBuilder(markdown);
		this.guard = new RenderGuard(fileTimeout, fileTimeout.multipliedBy(WAIT_LIMIT_FACTOR));
	}

	/**
	 * Renders {@code content}. Files whose text is unchanged since the previous build are
	 * not rendered again (unless a non-Markdown file changed), so builds after an edit
	 * cost about one file. Builds must not overlap.
	 */
	public SiteSnapshot build(Content content) {
		Map<String, String> sources = new LinkedHashMap<>();
		content.chapters().forEach((chapter) -> sources.put(chapter.file().path(), chapter.file().body()));
		content.pages().forEach((page) -> sources.put(page.path(), page.body()));
		sources.put(ContentLoader.COURSE_FILE, content.outline().intro());
		this.cache.begin(content, sources.keySet());
		List<ContentProblem> problems = new ArrayList<>(content.problems());
		Bibliographies bibliographies = new Bibliographies(content, problems, this.guard);
		AssetLookup assets = (path) -> content.asset(path).map(SourceFile::bytes);
		List<Rendered<Chapter>> chapters = content.chapters()
			.parallelStream()
			.map((chapter) -> this.guard.run(chapter.file().path(), sourceKey(chapter.file()),
					() -> renderChapter(chapter, bibliographies, assets), (problem) -> failedChapter(chapter, problem)))
			.toList();
		List<Rendered<Page>> pages = content.pages()
			.parallelStream()
			.map((page) -> this.guard.run(page.path(), sourceKey(page), () -> renderPage(page, bibliographies, assets),
					(problem) -> failedPage(page, problem)))
			.toList();
		RenderedMarkdown intro = this.guard.run(ContentLoader.COURSE_FILE, content.outline().intro(),
				() -> this.cache.render(ContentLoader.COURSE_FILE, content.outline().intro(),
						() -> this.markdown.render(ContentLoader.COURSE_FILE, content.outline().intro())),
				(problem) -> new RenderedMarkdown("", List.of(), false, 0, List.of(problem)));
		problems.addAll(intro.problems());
		Set<String> unreadable = content.problems()
			.stream()
			.filter(ContentProblem::isError)
			.map(ContentProblem::file)
			.collect(Collectors.toSet());
		chapters.forEach((rendered) -> problems.addAll(withoutFollowOns(rendered.problems(), unreadable)));
		pages.forEach((rendered) -> problems.addAll(withoutFollowOns(rendered.problems(), unreadable)));
		Map<String, Page> pagesByPath = new LinkedHashMap<>();
		for (Rendered<Page> rendered : pages) {
			Page page = rendered.value();
			Page clash = pagesByPath.putIfAbsent(page.path(), page);
			if (clash != null) {
				problems.add(ContentProblem.error(page.sourcePath(), 0,
						"page path " + page.path() + " is already used by " + clash.sourcePath()));
			}
		}
		List<Chapter> chapterList = chapters.stream().map(Rendered::value).toList();
		List<Deck> deckList = this.decks.build(content, problems, this.guard);
		checkOutline(content.outline(), chapterList, problems);
		checkDecks(chapterList, deckList, problems);
		problems.sort(ContentProblem.ORDER);
		SiteConfig config = this.baseUrl.isBlank() ? content.site() : content.site().withBaseUrl(this.baseUrl);
		SiteSnapshot snapshot = new SiteSnapshot(config, content.outline(), intro.html(), chapterList, pagesByPath,
				content.assets(), problems, this.clock.instant(), deckList);
		return snapshot.withProblems(this.checks.check(content, snapshot, sources));
	}

	/**
	 * How many files (chapters, pages, decks, bibliographies) have been built since this
	 * builder was made, for progress reports; safe to read while a build runs.
	 */
	public int filesBuilt() {
		return this.guard.workEnded();
	}

	/** How many files the last build took from the cache instead of rendering them. */
	public int cacheHits() {
		return this.cache.hits();
	}

	/**
	 * Renders {@code source}, or takes it from the cache when neither its body nor its
	 * front matter (which may name a bibliography) changed.
	 */
	private RenderedMarkdown render(MarkdownFile source, Bibliographies bibliographies, AssetLookup assets,
			List<ContentProblem> problems) {
		String key = sourceKey(source);
		return this.cache.render(source.path(), key, () -> {
			List<ContentProblem> found = new ArrayList<>();
			RenderedMarkdown rendered = this.markdown.render(source.path(), source.body(),
					bibliographies.forFile(source, found), assets);
			if (found.isEmpty()) {
				return rendered;
			}
			found.addAll(rendered.problems());
			return new RenderedMarkdown(rendered.html(), rendered.toc(), rendered.hasMath(), rendered.words(), found);
		});
	}

	private Rendered<Chapter> renderChapter(Content.ChapterFile file, Bibliographies bibliographies,
			AssetLookup assets) {
		MarkdownFile source = ChapterTitle.withoutTitleHeading(file.file());
		List<ContentProblem> problems = new ArrayList<>();
		FrontMatter frontMatter = source.frontMatter();
		String title = ChapterTitle.of(source, problems);
		String description = text(source, "description", problems);
		int lecture = 0;
		try {
			lecture = frontMatter.integer("lecture").orElse(0);
		}
		catch (FrontMatter.InvalidFrontMatterException ex) {
			problems.add(ContentProblem.error(source.path(), frontMatter.lineOf(ex.key()), ex.getMessage()));
		}
		String deck = text(source, "slides", problems);
		Chapter.Display display = new Chapter.Display(text(source, "page-title", problems),
				text(source, "meta-description", problems), text(source, "prev-url", problems),
				text(source, "next-url", problems), lectureVideos(source, problems));
		RenderedMarkdown body = render(source, bibliographies, assets, problems);
		problems.addAll(body.problems());
		return new Rendered<>(new Chapter(file.number(), file.slug(), title, description, body.html(), body.toc(),
				body.hasMath(), body.readingMinutes(), lecture, deck, source.path(), source.lastModified(),
				source.body(), display, file.appendix()), problems);
	}

	/**
	 * What a file's rendering depends on besides the site-wide context: its front matter
	 * and body.
	 */
	private static String sourceKey(MarkdownFile source) {
		return source.frontMatter() + "\n" + source.body();
	}

	/**
	 * The chapter that stands for one that could not be built: its address and title
	 * stay, so that the outline and links to it do not fail as well, and its body is
	 * empty.
	 */
	private static Rendered<Chapter> failedChapter(Content.ChapterFile file, ContentProblem problem) {
		MarkdownFile source = file.file();
		return new Rendered<>(
				new Chapter(file.number(), file.slug(), safeTitle(source), "", "", List.of(), false, 0, 0, "",
						source.path(), source.lastModified(), source.body(), Chapter.Display.NONE, file.appendix()),
				List.of(problem));
	}

	/**
	 * The page that stands for one that could not be built, at its address with an empty
	 * body.
	 */
	private static Rendered<Page> failedPage(MarkdownFile source, ContentProblem problem) {
		return new Rendered<>(new Page(pagePath(source), safeTitle(source), "", "page", "en", "", "", List.of(), false,
				source.frontMatter(), source.path(), source.lastModified()), List.of(problem));
	}

	/**
	 * The title of a file that failed, from its front matter when that is plain text,
	 * else its file name.
	 */
	private static String safeTitle(MarkdownFile source) {
		Object title = source.frontMatter().values().get("title");
		return (title instanceof String text && !text.isBlank()) ? text.strip() : source.baseName();
	}

	private static String pagePath(MarkdownFile source) {
		return "/" + source.path().substring("pages/".length(), source.path().length() - ".md".length());
	}

	/** The {@code lectures:} list of {@code {label, video}} mappings. */
	private static List<Chapter.LectureVideo> lectureVideos(MarkdownFile source, List<ContentProblem> problems) {
		Object value = source.frontMatter().values().get("lectures");
		if (value == null) {
			return List.of();
		}
		int line = source.frontMatter().lineOf("lectures");
		if (!(value instanceof List<?> items)) {
			problems.add(ContentProblem.error(source.path(), line, "'lectures' must be a list of {label, video}"));
			return List.of();
		}
		List<Chapter.LectureVideo> videos = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof java.util.Map<?, ?> map && map.get("label") != null && map.get("video") != null
					&& String.valueOf(map.get("video")).matches("(?i)(https?://|/).+")) {
				videos
					.add(new Chapter.LectureVideo(String.valueOf(map.get("label")), String.valueOf(map.get("video"))));
			}
			else {
				problems.add(ContentProblem.error(source.path(), line,
						"each entry of 'lectures' needs a 'label' and a 'video' address (http(s):// or /…)"));
			}
		}
		return videos;
	}

	private Rendered<Page> renderPage(MarkdownFile source, Bibliographies bibliographies, AssetLookup assets) {
		List<ContentProblem> problems = new ArrayList<>();
		String title = requiredTitle(source, problems);
		String path = pagePath(source);
		String layout = text(source, "layout", problems);
		String lang = text(source, "lang", problems);
		RenderedMarkdown body = render(source, bibliographies, assets, problems);
		problems.addAll(body.problems());
		return new Rendered<>(new Page(path, title, text(source, "description", problems),
				layout.isEmpty() ? "page" : layout, lang.isEmpty() ? "en" : lang, text(source, "translation", problems),
				body.html(), body.toc(), body.hasMath(), source.frontMatter(), source.path(), source.lastModified()),
				problems);
	}

	/**
	 * Drops the missing-title error of files whose front matter could not be read at all:
	 * the reader needs the one error that says why, not its consequence.
	 */
	private static List<ContentProblem> withoutFollowOns(List<ContentProblem> problems, Set<String> unreadable) {
		return problems.stream()
			.filter((problem) -> !((problem.message().equals(TITLE_MISSING)
					|| problem.message().equals(ChapterTitle.MISSING)) && unreadable.contains(problem.file())))
			.toList();
	}

	private static String requiredTitle(MarkdownFile source, List<ContentProblem> problems) {
		String title = text(source, "title", problems);
		if (title.isEmpty()) {
			problems.add(ContentProblem.error(source.path(), 1, TITLE_MISSING));
			return source.baseName();
		}
		return title;
	}

	private static String text(MarkdownFile source, String key, List<ContentProblem> problems) {
		try {
			return source.frontMatter().string(key).orElse("");
		}
		catch (FrontMatter.InvalidFrontMatterException ex) {
			problems.add(ContentProblem.error(source.path(), source.frontMatter().lineOf(key), ex.getMessage()));
			return "";
		}
	}

	private static void checkOutline(CourseOutline outline, List<Chapter> chapters, List<ContentProblem> problems) {
		List<String> slugs = chapters.stream().map(Chapter::slug).toList();
		for (CourseOutline.Lecture lecture : outline.lectures()) {
			if (lecture.chapter() != null && !slugs.contains(lecture.chapter())) {
				problems.add(ContentProblem.error(ContentLoader.COURSE_FILE, 0, "lecture " + lecture.number()
						+ " names chapter '" + lecture.chapter() + "', which does not exist in chapters/"));
			}
		}
		for (CourseOutline.Appendix appendix : outline.appendices()) {
			if (appendix.chapter() != null && !slugs.contains(appendix.chapter())) {
				problems.add(ContentProblem.error(ContentLoader.COURSE_FILE, 0, "appendix " + appendix.label()
						+ " names chapter '" + appendix.chapter() + "', which does not exist in chapters/"));
			}
		}
	}

	/**
	 * A deck's {@code chapter:} must name a chapter (chapters and lectures naming decks
	 * are checked by SiteChecks).
	 */
	private static void checkDecks(List<Chapter> chapters, List<Deck> decks, List<ContentProblem> problems) {
		List<String> chapterSlugs = chapters.stream().map(Chapter::slug).toList();
		for (Deck deck : decks) {
			if (!deck.chapter().isEmpty() && !chapterSlugs.contains(deck.chapter())) {
				problems.add(ContentProblem.error(deck.sourcePath(), 0,
						"chapter '" + deck.chapter() + "' does not exist in chapters/"));
			}
		}
	}

	private record Rendered<T>(T value, List<ContentProblem> problems) {

	}

}
