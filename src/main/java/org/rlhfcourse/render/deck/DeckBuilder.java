package org.rlhfcourse.render.deck;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jsoup.Jsoup;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentPath;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.content.Routes;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.DeepNesting;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderGuard;
import org.rlhfcourse.render.cite.BibEntry;
import org.rlhfcourse.render.cite.Bibliography;

/**
 * Builds every deck of the content: parses it as colloquium does, renders its slides, and
 * appends the References slides colloquium would generate. Decks render in parallel;
 * thread-safe.
 */
public final class DeckBuilder {

	private final MarkdownRenderer markdown;

	private final DeckParser parser = new DeckParser();

	private final SlideElements elements = new SlideElements();

	public DeckBuilder(MarkdownRenderer markdown) {
		this.markdown = markdown.with(SlideExtension.create());
	}

	/**
	 * The decks of {@code content} ordered by address; their problems go into
	 * {@code problems}. Each deck is built under {@code guard}: a deck that crashes or
	 * takes too long is left out with one problem.
	 */
	public List<Deck> build(Content content, List<ContentProblem> problems, RenderGuard guard) {
		List<Built> built = content.decks()
			.parallelStream()
			.map((file) -> guard.run(file.path(), file.frontMatter() + "\n" + file.body(), () -> build(content, file),
					(problem) -> new Built(null, List.of(DeepNesting.locate(problem, file.body())))))
			.toList();
		built.forEach((one) -> problems.addAll(one.problems()));
		return built.stream()
			.map(Built::deck)
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(Deck::slug))
			.toList();
	}

	/**
	 * Builds one deck; bibliography problems are left to the site build, which parses
	 * every .bib once. Slides marked {@code <!-- after: references -->} follow the
	 * References slides, in their order; every slide is numbered where it stands.
	 */
	Built build(Content content, MarkdownFile file) {
		List<ContentProblem> problems = new ArrayList<>();
		DeckSettings settings = DeckSettings.of(file, problems);
		DeckAssets assets = new DeckAssets(content, file.path(), problems);
		DeckCitations citations = new DeckCitations(bibliography(content, file, settings, problems));
		List<SlideSource> sources = this.parser.parse(file, problems);
		if (sources.isEmpty()) {
			problems.add(ContentProblem.error(file.path(), firstBodyLine(file), "deck has no slides; write slides "
					+ "after the front matter, starting with a '# Title' or '## Heading' and separated by '---' lines"));
		}
		SlideRenderer renderer = new SlideRenderer(this.markdown, this.elements, citations, file.path(),
				assets.lookup(), problems);
		List<SlideRenderer.Rendered> rendered = sources.stream().map(renderer::render).toList();
		List<List<BibEntry>> pages = citations.pages();
		SlideFooter footer = SlideFooter.of(settings.footer(), sources.size() + pages.size(), assets,
				file.frontMatter().lineOf("footer"));
		List<Slide> slides = new ArrayList<>();
		for (boolean after : new boolean[] { false, true }) {
			for (int i = 0; i < sources.size(); i++) {
				if (sources.get(i).afterReferences() == after) {
					slides.add(slide(sources.get(i), rendered.get(i), slides.size() + 1, settings, assets, footer));
				}
			}
			if (!after) {
				for (int p = 0; p < pages.size(); p++) {
					slides.add(references(pages, p, slides.size() + 1, footer));
				}
			}
		}
		String slug = Routes.deckSlug(file);
		DeckStylesheet stylesheet = assets.stylesheet(settings.customCss(), file.frontMatter().lineOf("custom_css"));
		Deck deck = new Deck(slug, settings, slides, sources.size(), renderer.hasMath(), file.path(),
				file.lastModified(), stylesheet);
		return new Built(deck, problems);
	}

	private static Slide slide(SlideSource source, SlideRenderer.Rendered one, int number, DeckSettings settings,
			DeckAssets assets, SlideFooter footer) {
		StringBuilder html = new StringBuilder();
		if (!one.title().isEmpty()) {
			String tag = source.isTitleSlide() ? "h1" : "h2";
			html.append('<')
				.append(tag)
				.append(" class=\"slide-title\">")
				.append(one.title())
				.append("</")
				.append(tag)
				.append('>');
		}
		html.append(one.body()).append(one.meta()).append(footer.html(number));
		String classes = "slide slide--" + source.layout() + " " + String.join(" ", source.classes())
				+ (source.columns().isEmpty() ? "" : " cols-" + source.columns().replace('/', '-'))
				+ (source.rows().isEmpty() ? "" : " rows-" + source.rows().replace('/', '-'))
				+ (settings.figureCaptions() ? " figure-captions" : "");
		String style = assets.style(source.style(), source.styleLine());
		return new Slide(number, plain(one.title()), classes.strip().replaceAll("\\s+", " "), style, html.toString(),
				one.notes(), one.fragments(), false);
	}

	private static Slide references(List<List<BibEntry>> pages, int page, int number, SlideFooter footer) {
		String title = (pages.size() == 1) ? "References" : "References (" + (page + 1) + "/" + pages.size() + ")";
		StringBuilder html = new StringBuilder("<h2 class=\"slide-title\">").append(title)
			.append("</h2><div class=\"slide-body\"><ul class=\"deck-references\">");
		for (BibEntry entry : pages.get(page)) {
			html.append("<li id=\"ref-")
				.append(DeckCitations.escape(entry.key()))
				.append("\">")
				.append(DeckCitations.formatReference(entry))
				.append("</li>");
		}
		html.append("</ul></div>").append(footer.html(number));
		return new Slide(number, title, "slide slide--content references", "", html.toString(), "", 0, true);
	}

	private static Bibliography bibliography(Content content, MarkdownFile file, DeckSettings settings,
			List<ContentProblem> problems) {
		if (settings.bibliography().isEmpty()) {
			return Bibliography.EMPTY;
		}
		String path;
		try {
			path = ContentPath.resolve(file.path(), settings.bibliography());
		}
		catch (ContentPath.ContentPathException ex) {
			problems.add(ContentProblem.error(file.path(), file.frontMatter().lineOf("bibliography"),
					"bibliography: " + ex.getMessage()));
			return Bibliography.EMPTY;
		}
		SourceFile bib = content.asset(path).orElse(null);
		if (bib == null) {
			problems.add(ContentProblem.error(file.path(), file.frontMatter().lineOf("bibliography"),
					"bibliography file not found: " + path));
			return Bibliography.EMPTY;
		}
		try {
			return Bibliography.parse(path, bib.text(), new ArrayList<>());
		}
		catch (CharacterCodingException ex) {
			return Bibliography.EMPTY;
		}
	}

	/**
	 * The text of a title's HTML, for listings and labels (read by jsoup, not patterns).
	 */
	private static String plain(String html) {
		return Jsoup.parseBodyFragment(html).text().strip();
	}

	/** A built deck with its problems; no deck when it could not be built. */
	record Built(Deck deck, List<ContentProblem> problems) {

	}

	/** The first line after the front matter, where a deck's slides should start. */
	private static int firstBodyLine(MarkdownFile file) {
		String[] lines = file.body().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				return i + 1;
			}
		}
		return Math.max(1, lines.length);
	}

}
