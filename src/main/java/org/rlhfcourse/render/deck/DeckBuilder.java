package org.rlhfcourse.render.deck;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
		this.markdown = markdown;
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
	 * every .bib once.
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
		int total = sources.size() + pages.size();
		Footer footer = Footer.of(settings.footer(), total, assets, file.frontMatter().lineOf("footer"));
		List<Slide> slides = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			SlideSource source = sources.get(i);
			SlideRenderer.Rendered one = rendered.get(i);
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
			html.append(one.body()).append(one.meta()).append(footer.html(source.number()));
			String classes = "slide slide--" + source.layout() + " " + String.join(" ", source.classes())
					+ (source.columns().isEmpty() ? "" : " cols-" + source.columns().replace('/', '-'))
					+ (source.rows().isEmpty() ? "" : " rows-" + source.rows().replace('/', '-'))
					+ (settings.figureCaptions() ? " figure-captions" : "");
			String style = assets.style(source.style(), directiveLine(file, source, "style"));
			slides.add(new Slide(source.number(), plain(one.title()), classes.strip().replaceAll("\\s+", " "), style,
					html.toString(), one.notes(), one.fragments(), false));
		}
		for (int p = 0; p < pages.size(); p++) {
			int number = sources.size() + p + 1;
			String title = (pages.size() == 1) ? "References" : "References (" + (p + 1) + "/" + pages.size() + ")";
			StringBuilder html = new StringBuilder("<h2 class=\"slide-title\">").append(title)
				.append("</h2><div class=\"slide-body\"><ul class=\"deck-references\">");
			for (BibEntry entry : pages.get(p)) {
				html.append("<li id=\"ref-")
					.append(DeckCitations.escape(entry.key()))
					.append("\">")
					.append(DeckCitations.formatReference(entry))
					.append("</li>");
			}
			html.append("</ul></div>").append(footer.html(number));
			slides.add(new Slide(number, title, "slide slide--content references", "", html.toString(), "", 0, true));
		}
		String slug = Routes.deckSlug(file);
		DeckStylesheet stylesheet = assets.stylesheet(settings.customCss(), file.frontMatter().lineOf("custom_css"));
		Deck deck = new Deck(slug, settings, slides, sources.size(), renderer.hasMath(), file.path(),
				file.lastModified(), stylesheet);
		return new Built(deck, problems);
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

	private static String plain(String html) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).strip();
	}

	/** A built deck with its problems; no deck when it could not be built. */
	record Built(Deck deck, List<ContentProblem> problems) {

	}

	/**
	 * Colloquium's footer: three zones, {n}/{N} substitution, "auto" counters and logos.
	 *
	 * @param logos the served address of each zone value that names a logo file, by value
	 */
	private record Footer(DeckSettings.Footer zones, int total, Map<String, String> logos) {

		static Footer of(DeckSettings.Footer zones, int total, DeckAssets assets, int line) {
			Map<String, String> logos = new HashMap<>();
			for (String value : List.of(zones.left(), zones.center(), zones.right())) {
				if (isLogo(value) && !logos.containsKey(value)) {
					String url = assets.logo(value, line);
					logos.put(value, (url != null) ? url : "");
				}
			}
			return new Footer(zones, total, logos);
		}

		/**
		 * Colloquium takes a zone ending in an image extension as a logo; addresses are
		 * refused by the settings.
		 */
		private static boolean isLogo(String value) {
			String lower = value.toLowerCase(Locale.ROOT);
			return lower.matches(".*\\.(png|jpe?g|gif|svg|webp)$") && !lower.matches("https?://.*");
		}

		String html(int number) {
			String left = this.zones.left();
			String center = this.zones.center();
			String right = this.zones.right();
			boolean counter = List.of(left, center, right)
				.stream()
				.anyMatch((zone) -> zone.equals("auto") || zone.contains("{n}") || zone.contains("{N}"));
			if (!counter) {
				if (center.isEmpty()) {
					center = "auto";
				}
				else if (right.isEmpty()) {
					right = "auto";
				}
				else if (left.isEmpty()) {
					left = "auto";
				}
			}
			return "<footer class=\"slide-footer\"><span class=\"slide-footer-left\">" + zone(left, number)
					+ "</span><span class=\"slide-footer-center\">" + zone(center, number)
					+ "</span><span class=\"slide-footer-right\">" + zone(right, number) + "</span></footer>";
		}

		private String zone(String value, int number) {
			if (value.equals("auto")) {
				return "<span class=\"slide-counter\">" + number + " / " + this.total + "</span>";
			}
			if (value.contains("{n}") || value.contains("{N}")) {
				return "<span class=\"slide-counter\">" + DeckCitations.escape(value)
					.replace("{n}", String.valueOf(number))
					.replace("{N}", String.valueOf(this.total)) + "</span>";
			}
			if (isLogo(value)) {
				String url = this.logos.getOrDefault(value, "");
				return url.isEmpty() ? ""
						: "<img class=\"slide-footer-logo\" alt=\"\" src=\"" + DeckCitations.escape(url) + "\">";
			}
			return DeckCitations.escape(value);
		}

	}

	/**
	 * The file line of the slide's {@code <!-- key: ... -->} directive, or the slide's
	 * first line.
	 */
	private static int directiveLine(MarkdownFile file, SlideSource source, String key) {
		Pattern directive = Pattern.compile("<!--\\s*" + Pattern.quote(key) + "\\s*:");
		String[] lines = file.body().split("\n", -1);
		for (int i = source.line() - 1; i >= 0 && i < lines.length; i++) {
			if (directive.matcher(lines[i]).find()) {
				return i + 1;
			}
		}
		return source.line();
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
