package org.rlhfcourse.site;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.DeepNesting;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderGuard;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.render.deck.Deck;
import org.rlhfcourse.render.deck.DeckBuilder;

/**
 * Renders loaded {@link Content} into a {@link SiteSnapshot}, checking what only the
 * whole site can check (links from the outline to chapters, internal links, page
 * addresses). Files render in parallel and are remembered between builds by the hash of
 * their text, so a build after an edit renders the edited file and what depends on it
 * (everything, when a bibliography, image or setting changed). One build at a time.
 * <p>
 * Each file is built under a {@link RenderGuard}, so a file that crashes its renderer or
 * renders too long becomes one problem and the rest of the site still builds. A file
 * given up for taking too long keeps the output it last built, with the problem.
 */
public final class SiteBuilder {

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

	private final Clock clock;

	private final String baseUrl;

	private final RenderCache cache = new RenderCache();

	private final SiteChecks checks = new SiteChecks();

	private final RenderGuard guard;

	private final MarkdownBodies bodies;

	private final ChapterRenderer chapters;

	private final PageRenderer pages;

	private final SiteDecks decks;

	private final LastGoodOutput<Chapter> lastChapters = new LastGoodOutput<>();

	private final LastGoodOutput<Page> lastPages = new LastGoodOutput<>();

	private volatile Set<String> kept = Set.of();

	/**
	 * Creates a builder.
	 * @param baseUrl the public address to use instead of {@code site.yml}'s
	 * {@code base-url}, empty to keep that
	 * @param fileTimeout how long one file may render before it is given up with a
	 * problem
	 */
	public SiteBuilder(MarkdownRenderer markdown, Clock clock, String baseUrl, Duration fileTimeout) {
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.guard = new RenderGuard(fileTimeout, fileTimeout.multipliedBy(WAIT_LIMIT_FACTOR));
		this.bodies = new MarkdownBodies(markdown, this.cache);
		this.chapters = new ChapterRenderer(this.bodies);
		this.pages = new PageRenderer(this.bodies);
		this.decks = new SiteDecks(new DeckBuilder(markdown), this.guard);
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
		this.lastChapters.retain(sources.keySet());
		this.lastPages.retain(sources.keySet());
		Set<String> keptNow = ConcurrentHashMap.newKeySet();
		List<ContentProblem> problems = new ArrayList<>(content.problems());
		Bibliographies bibliographies = new Bibliographies(content, problems, this.guard);
		AssetLookup assets = (path) -> content.asset(path).map(SourceFile::bytes);
		List<Rendered<Chapter>> chapterList = content.chapters()
			.parallelStream()
			.map((chapter) -> guarded(chapter.file(), () -> this.chapters.render(chapter, bibliographies, assets),
					(problem) -> ChapterRenderer.failed(chapter, problem), this.lastChapters, keptNow))
			.toList();
		List<Rendered<Page>> pageList = content.pages()
			.parallelStream()
			.map((page) -> guarded(page, () -> this.pages.render(page, bibliographies, assets),
					(problem) -> PageRenderer.failed(page, problem), this.lastPages, keptNow))
			.toList();
		String introText = content.outline().intro();
		RenderedMarkdown intro = this.guard.run(ContentLoader.COURSE_FILE, introText,
				() -> this.bodies.renderIntro(ContentLoader.COURSE_FILE, introText),
				(problem) -> new RenderedMarkdown("", List.of(), false, 0,
						List.of(DeepNesting.locate(problem, introText))));
		problems.addAll(intro.problems());
		Set<String> unreadable = content.problems()
			.stream()
			.filter(ContentProblem::isError)
			.map(ContentProblem::file)
			.collect(Collectors.toSet());
		chapterList.forEach((rendered) -> problems.addAll(withoutFollowOns(rendered.problems(), unreadable)));
		pageList.forEach((rendered) -> problems.addAll(withoutFollowOns(rendered.problems(), unreadable)));
		Map<String, Page> pagesByPath = new LinkedHashMap<>();
		for (Rendered<Page> rendered : pageList) {
			Page page = rendered.value();
			Page clash = pagesByPath.putIfAbsent(page.path(), page);
			if (clash != null) {
				problems.add(ContentProblem.error(page.sourcePath(), 0,
						"page path " + page.path() + " is already used by " + clash.sourcePath()));
			}
		}
		List<Chapter> built = chapterList.stream().map(Rendered::value).toList();
		List<Deck> deckList = this.decks.build(content, this.cache.context(), problems);
		keptNow.addAll(this.decks.kept());
		this.kept = Set.copyOf(keptNow);
		SiteChecks.checkReferences(content.outline(), built, deckList, problems);
		problems.sort(ContentProblem.ORDER);
		SiteConfig config = this.baseUrl.isBlank() ? content.site() : content.site().withBaseUrl(this.baseUrl);
		SiteSnapshot snapshot = new SiteSnapshot(config, content.outline(), intro.html(), built, pagesByPath,
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
	 * The files of the last build that were given up for taking too long and show the
	 * output they last built instead; each has its problem in the snapshot.
	 */
	public Set<String> keptFiles() {
		return this.kept;
	}

	/**
	 * Builds one file under the guard. A file given up for time that built before keeps
	 * that output (with the problem); one whose nesting overflowed the stack gets the
	 * problem at the place of the nesting.
	 */
	private <T> Rendered<T> guarded(MarkdownFile source, Callable<Rendered<T>> work,
			Function<ContentProblem, Rendered<T>> failed, LastGoodOutput<T> lastGood, Set<String> keptNow) {
		String path = source.path();
		return this.guard.run(path, MarkdownBodies.sourceKey(source), () -> {
			Rendered<T> rendered = work.call();
			lastGood.remember(path, rendered.value());
			return rendered;
		}, (problem) -> {
			if (RenderGuard.isTimeout(problem) && lastGood.of(path).isPresent()) {
				keptNow.add(path);
				return new Rendered<>(lastGood.of(path).orElseThrow(), List.of(problem));
			}
			return failed.apply(DeepNesting.locate(problem, source.body()));
		});
	}

	/**
	 * Drops the missing-title error of files whose front matter could not be read at all:
	 * the reader needs the one error that says why, not its consequence.
	 */
	private static List<ContentProblem> withoutFollowOns(List<ContentProblem> problems, Set<String> unreadable) {
		return problems.stream()
			.filter((problem) -> !((problem.message().equals(FrontMatterFields.TITLE_MISSING)
					|| problem.message().equals(ChapterTitle.MISSING)) && unreadable.contains(problem.file())))
			.toList();
	}

}
