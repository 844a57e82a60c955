package org.rlhfcourse.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.AssetLookup;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.cite.Bibliography;
import org.rlhfcourse.slides.Deck;
import org.rlhfcourse.slides.DeckBuilder;

/**
 * Renders loaded {@link Content} into a {@link SiteSnapshot}, checking what only the whole site can check (links
 * from the outline to chapters). Files render in parallel; thread-safe.
 */
public final class SiteBuilder {

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final DeckBuilder decks;

	public SiteBuilder(MarkdownRenderer markdown, Clock clock) {
		this.markdown = markdown;
		this.clock = clock;
		this.decks = new DeckBuilder(markdown);
	}

	public SiteSnapshot build(Content content) {
		List<ContentProblem> problems = new ArrayList<>(content.problems());
		Bibliographies bibliographies = new Bibliographies(content, problems);
		AssetLookup assets = (path) -> content.asset(path).map(SourceFile::bytes);
		List<Rendered<Chapter>> chapters = content.chapters()
			.parallelStream()
			.map((chapter) -> renderChapter(chapter, bibliographies, assets))
			.toList();
		List<Rendered<Page>> pages = content.pages()
			.parallelStream()
			.map((page) -> renderPage(page, bibliographies, assets))
			.toList();
		RenderedMarkdown intro = this.markdown.render(ContentLoader.COURSE_FILE, content.outline().intro());
		problems.addAll(intro.problems());
		chapters.forEach((rendered) -> problems.addAll(rendered.problems()));
		pages.forEach((rendered) -> problems.addAll(rendered.problems()));
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
		List<Deck> deckList = this.decks.build(content, problems);
		checkOutline(content.outline(), chapterList, problems);
		checkDecks(content.outline(), chapterList, deckList, problems);
		problems.sort(ContentProblem.ORDER);
		return new SiteSnapshot(content.site(), content.outline(), intro.html(), chapterList, pagesByPath,
				content.assets(), problems, this.clock.instant(), deckList);
	}

	private Rendered<Chapter> renderChapter(Content.ChapterFile file, Bibliographies bibliographies,
			AssetLookup assets) {
		MarkdownFile source = file.file();
		List<ContentProblem> problems = new ArrayList<>();
		FrontMatter frontMatter = source.frontMatter();
		String title = requiredTitle(source, problems);
		String description = text(source, "description", problems);
		int lecture = 0;
		try {
			lecture = frontMatter.integer("lecture").orElse(0);
		}
		catch (FrontMatter.InvalidFrontMatterException ex) {
			problems.add(ContentProblem.error(source.path(), frontMatter.lineOf(ex.key()), ex.getMessage()));
		}
		String deck = text(source, "slides", problems);
		RenderedMarkdown body = this.markdown.render(source.path(), source.body(),
				bibliographies.forFile(source, problems), assets);
		problems.addAll(body.problems());
		return new Rendered<>(new Chapter(file.number(), file.slug(), title, description, body.html(), body.toc(),
				body.hasMath(), body.readingMinutes(), lecture, deck, source.path(), source.lastModified()), problems);
	}

	private Rendered<Page> renderPage(MarkdownFile source, Bibliographies bibliographies, AssetLookup assets) {
		List<ContentProblem> problems = new ArrayList<>();
		String title = requiredTitle(source, problems);
		String path = "/" + source.path().substring("pages/".length(), source.path().length() - ".md".length());
		String layout = text(source, "layout", problems);
		String lang = text(source, "lang", problems);
		RenderedMarkdown body = this.markdown.render(source.path(), source.body(),
				bibliographies.forFile(source, problems), assets);
		problems.addAll(body.problems());
		return new Rendered<>(new Page(path, title, text(source, "description", problems),
				layout.isEmpty() ? "page" : layout, lang.isEmpty() ? "en" : lang,
				text(source, "translation", problems), body.html(), body.toc(), body.hasMath(),
				source.frontMatter(), source.path(), source.lastModified()), problems);
	}

	private static String requiredTitle(MarkdownFile source, List<ContentProblem> problems) {
		String title = text(source, "title", problems);
		if (title.isEmpty()) {
			problems.add(ContentProblem.error(source.path(), 1, "front matter needs a 'title'"));
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

	/** Decks, chapters and the outline name each other by slug; every name must exist. */
	private static void checkDecks(CourseOutline outline, List<Chapter> chapters, List<Deck> decks,
			List<ContentProblem> problems) {
		List<String> slugs = decks.stream().map(Deck::slug).toList();
		List<String> chapterSlugs = chapters.stream().map(Chapter::slug).toList();
		for (Deck deck : decks) {
			if (!deck.chapter().isEmpty() && !chapterSlugs.contains(deck.chapter())) {
				problems.add(ContentProblem.error(deck.sourcePath(), 0, "chapter '" + deck.chapter()
						+ "' does not exist in chapters/"));
			}
		}
		for (Chapter chapter : chapters) {
			chapter.deckSlug().filter((slug) -> !slugs.contains(slug)).ifPresent((slug) -> problems.add(ContentProblem
				.error(chapter.sourcePath(), 0, "slides '" + slug + "' names no deck in decks/")));
		}
		for (CourseOutline.Lecture lecture : outline.lectures()) {
			if (lecture.deck() != null && !slugs.contains(lecture.deck())) {
				problems.add(ContentProblem.error(ContentLoader.COURSE_FILE, 0, "lecture " + lecture.number()
						+ " names deck '" + lecture.deck() + "', which does not exist in decks/"));
			}
		}
	}

	private record Rendered<T>(T value, List<ContentProblem> problems) {

	}

}
