package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.util.ast.Document;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.core.AssetLookup;

/**
 * Renders one parsed slide the way colloquium's {@code build.py} does: citations and
 * inline footnotes first ({@link SlideText}), then Markdown through the site's pipeline
 * with the slide extension, whose AST nodes make the columns, reveal steps and elements
 * ({@link SlideLayout}, {@link SlideNodeRenderer}). Rows are split on the source's
 * {@code ===} lines, as colloquium splits them. Not thread-safe: one instance per deck
 * build.
 */
final class SlideRenderer {

	private static final Pattern ROW_BREAK = Pattern.compile("\\s*===+\\s*");

	private static final Pattern ROW_COLUMNS = Pattern.compile("<!--\\s*row-columns\\s*:\\s*(\\d+(?:/\\d+)*)\\s*-->");

	private final MarkdownRenderer markdown;

	private final SlideElements elements;

	private final DeckCitations citations;

	private final SlideText text;

	private final String path;

	private final AssetLookup assets;

	private final List<ContentProblem> problems;

	private boolean hasMath;

	/**
	 * @param markdown the site's pipeline with {@link SlideExtension}
	 */
	SlideRenderer(MarkdownRenderer markdown, SlideElements elements, DeckCitations citations, String path,
			AssetLookup assets, List<ContentProblem> problems) {
		this.markdown = markdown;
		this.elements = elements;
		this.citations = citations;
		this.text = new SlideText(citations, path, problems);
		this.path = path;
		this.assets = assets;
		this.problems = problems;
	}

	boolean hasMath() {
		return this.hasMath;
	}

	/**
	 * The slide's title, body and meta labels; the footer is added by the caller once the
	 * slide count is known.
	 */
	Rendered render(SlideSource source) {
		SlideState state = new SlideState(source.animate().equals("bullets") || source.animate().equals("items"),
				this::element);
		List<String> notes = new ArrayList<>();
		String body = this.text.citations(source.content(), source.line());
		body = this.text.footnotes(body, source.line(), notes, (note, line) -> markdown(note, line, true));
		String html;
		if (!source.rows().isEmpty()) {
			html = rows(source, body, state);
		}
		else if (!source.columns().isEmpty()) {
			html = body(body, source.line(), state, source.columns());
		}
		else {
			html = "<div class=\"slide-body\">" + body(body, source.line(), state, "") + "</div>";
		}
		if (!source.iframe().isEmpty()) {
			html += "<iframe class=\"deck-iframe\" src=\"" + DeckCitations.escape(source.iframe())
					+ "\" title=\"Embedded page\" loading=\"lazy\"></iframe>";
		}
		String title = source.title().isEmpty() ? ""
				: markdown(this.text.citations(source.title(), source.titleLine()), source.titleLine(), true);
		StringBuilder meta = new StringBuilder();
		meta(meta, "left", source.citeLeft(), source.footnoteLeft(), source.footnotesRight() ? List.of() : notes,
				source);
		meta(meta, "right", source.citeRight(), source.footnoteRight(), source.footnotesRight() ? notes : List.of(),
				source);
		String notesHtml = source.notes().isEmpty() ? "" : markdown(source.notes(), source.line(), false);
		return new Rendered(title, html, meta.toString(), notesHtml, state.fragments());
	}

	/**
	 * Renders Markdown whose first line is file line {@code line}; inline drops the
	 * paragraph around it.
	 */
	String markdown(String text, int line, boolean inline) {
		String html = render(text, line, (document) -> {
		});
		return inline ? unwrapParagraph(html) : html;
	}

	private static String unwrapParagraph(String html) {
		if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
			return html.substring(3, html.length() - 4);
		}
		return html;
	}

	/**
	 * Renders Markdown inside an element of the body: its list items are revealed with
	 * the body's when the slide animates them.
	 */
	private String element(String name, String yaml, int line, SlideState state) {
		return this.elements.render(name, yaml, this.path, line,
				(markdown, at, inline) -> elementMarkdown(this.text.citations(markdown, at), at, inline, state),
				this.problems);
	}

	private String elementMarkdown(String text, int line, boolean inline, SlideState state) {
		String html = render(text, line, (document) -> document.set(SlideState.KEY, state));
		return inline ? unwrapParagraph(html) : html;
	}

	/** Renders a slide body or row, arranged in columns and reveal steps. */
	private String body(String text, int line, SlideState state, String columns) {
		boolean[] stray = { false };
		String html = render(text, line, (document) -> {
			document.set(SlideState.KEY, state);
			stray[0] = SlideLayout.arrange(document, columns);
		});
		if (stray[0]) {
			this.problems.add(ContentProblem.error(this.path, line,
					"'|||' on a slide without <!-- columns: ... -->: colloquium shows it as text; add a columns "
							+ "directive"));
		}
		return html;
	}

	private String render(String text, int line, Consumer<Document> prepare) {
		RenderedMarkdown rendered = this.markdown.renderOnSlide(this.path, text, line, this.assets, prepare);
		this.problems.addAll(rendered.problems());
		this.hasMath |= rendered.hasMath();
		return rendered.html().strip();
	}

	private String rows(SlideSource source, String text, SlideState state) {
		String[] lines = text.split("\n", -1);
		boolean[] fence = CodeFence.mask(text);
		List<String> rows = new ArrayList<>();
		List<Integer> starts = new ArrayList<>(List.of(source.line()));
		StringBuilder row = new StringBuilder();
		int offset = 0;
		for (int i = 0; i < lines.length; i++) {
			if (!fence[offset] && ROW_BREAK.matcher(lines[i]).matches()) {
				rows.add(row.toString());
				row = new StringBuilder();
				starts.add(source.line() + i + 1);
			}
			else {
				row.append(lines[i]).append('\n');
			}
			offset += lines[i].length() + 1;
		}
		rows.add(row.toString());
		StringBuilder html = new StringBuilder("<div class=\"slide-body deck-rows\" style=\"grid-template-rows: ")
			.append(SlideLayout.rowTemplate(source.rows()))
			.append("\">");
		for (int i = 0; i < rows.size(); i++) {
			String one = rows.get(i);
			Matcher spec = ROW_COLUMNS.matcher(one);
			String columns = "";
			if (spec.find()) {
				columns = spec.group(1);
				one = one.substring(0, spec.start()) + " ".repeat(spec.end() - spec.start())
						+ one.substring(spec.end());
			}
			html.append("<div class=\"deck-row\">").append(body(one, starts.get(i), state, columns)).append("</div>");
		}
		if (rows.size() == 1) {
			this.problems.add(ContentProblem.error(this.path, source.line(),
					"rows: is set but the slide has no '===' line between rows"));
		}
		return html.append("</div>").toString();
	}

	private void meta(StringBuilder html, String side, List<String> keys, String footnote, List<String> notes,
			SlideSource source) {
		if (keys.isEmpty() && footnote.isEmpty() && notes.isEmpty()) {
			return;
		}
		html.append("<div class=\"slide-meta slide-meta--").append(side).append("\">");
		if (!keys.isEmpty()) {
			List<String> missing = new ArrayList<>();
			html.append("<p class=\"deck-cite-labels\">")
				.append(this.citations.citationHtml(keys, missing))
				.append("</p>");
			missing.forEach((key) -> this.problems.add(ContentProblem.error(this.path, source.line(),
					"unknown citation key '" + key + "' in cite-" + side + "; add it to the deck's bibliography")));
		}
		if (!footnote.isEmpty()) {
			html.append("<p class=\"deck-footnote\">")
				.append(markdown(this.text.citations(footnote, source.line()), source.line(), true))
				.append("</p>");
		}
		if (!notes.isEmpty()) {
			html.append("<ol class=\"deck-footnotes\">");
			notes.forEach((note) -> html.append("<li>").append(note).append("</li>"));
			html.append("</ol>");
		}
		html.append("</div>");
	}

	/**
	 * A slide rendered except for its footer.
	 *
	 * @param title the title HTML, empty for none
	 * @param body the body HTML
	 * @param meta citation labels and footnotes
	 * @param notes the speaker notes HTML
	 * @param fragments the number of reveal steps
	 */
	record Rendered(String title, String body, String meta, String notes, int fragments) {

	}

}
