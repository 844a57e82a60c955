package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.cite.Bibliography;

/**
 * Renders one parsed slide the way colloquium's {@code build.py} does: citations and
 * inline footnotes first, then Markdown (through the site's one pipeline, so math is
 * typeset on the server), then the split into columns or rows, the fenced elements and
 * the reveal steps. Not thread-safe: one instance per deck build.
 */
final class SlideRenderer {

	private static final Pattern COLUMN_BREAK = Pattern.compile("<p>\\|\\|\\|</p>");

	private static final Pattern ROW_BREAK = Pattern.compile("\\s*===+\\s*");

	private static final Pattern ROW_COLUMNS = Pattern.compile("<!--\\s*row-columns\\s*:\\s*(\\d+(?:/\\d+)*)\\s*-->");

	private static final Pattern ELEMENT_PLACEHOLDER = Pattern.compile("<div data-deck-element=\"(\\d+)\"></div>");

	private static final Pattern FRAGMENT = Pattern.compile("class=\"fragment");

	private final MarkdownRenderer markdown;

	private final SlideElements elements;

	private final DeckCitations citations;

	private final String path;

	private final AssetLookup assets;

	private final List<ContentProblem> problems;

	private boolean hasMath;

	SlideRenderer(MarkdownRenderer markdown, SlideElements elements, DeckCitations citations, String path,
			AssetLookup assets, List<ContentProblem> problems) {
		this.markdown = markdown;
		this.elements = elements;
		this.citations = citations;
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
		List<String> elementHtml = new ArrayList<>();
		String text = extractElements(source.content(), elementHtml);
		text = citations(text);
		List<String> notes = new ArrayList<>();
		text = footnotes(text, notes);
		StringBuilder body = new StringBuilder();
		if (!source.rows().isEmpty()) {
			body.append(rows(source, text));
		}
		else {
			String html = markdown(text, 1, false);
			if (!source.columns().isEmpty()) {
				body.append(columns(source.columns(), html));
			}
			else {
				if (COLUMN_BREAK.matcher(html).find()) {
					this.problems.add(ContentProblem.error(this.path, source.line(), "'|||' on a slide without "
							+ "<!-- columns: ... -->: colloquium shows it as text; add a columns directive"));
				}
				body.append("<div class=\"slide-body\">").append(steps(html)).append("</div>");
			}
		}
		String html = body.toString();
		Matcher placeholder = ELEMENT_PLACEHOLDER.matcher(html);
		html = placeholder.replaceAll((m) -> Matcher.quoteReplacement(elementHtml.get(Integer.parseInt(m.group(1)))));
		if (source.animate().equals("bullets") || source.animate().equals("items")) {
			html = html.replace("<li>", "<li class=\"fragment\">")
				.replace("<li class=\"", "<li class=\"fragment ")
				.replace("class=\"fragment fragment\"", "class=\"fragment\"");
		}
		if (!source.iframe().isEmpty()) {
			html += "<iframe class=\"deck-iframe\" src=\"" + DeckCitations.escape(source.iframe())
					+ "\" title=\"Embedded page\" loading=\"lazy\"></iframe>";
		}
		int[] count = { 0 };
		html = FRAGMENT.matcher(html)
			.replaceAll((m) -> "data-fragment-index=\"" + (++count[0]) + "\" class=\"fragment");
		String title = source.title().isEmpty() ? "" : markdown(citations(source.title()), source.titleLine(), true);
		StringBuilder meta = new StringBuilder();
		meta(meta, "left", source.citeLeft(), source.footnoteLeft(), source.footnotesRight() ? List.of() : notes,
				source);
		meta(meta, "right", source.citeRight(), source.footnoteRight(), source.footnotesRight() ? notes : List.of(),
				source);
		String notesHtml = source.notes().isEmpty() ? "" : markdown(source.notes(), source.line(), false);
		return new Rendered(title, html, meta.toString(), notesHtml, count[0]);
	}

	/**
	 * Renders Markdown whose first line is file line {@code line}; inline drops the
	 * paragraph around it.
	 */
	String markdown(String text, int line, boolean inline) {
		String padded = text.startsWith("\n".repeat(Math.max(0, line - 1))) ? text
				: "\n".repeat(Math.max(0, line - 1)) + text;
		RenderedMarkdown rendered = this.markdown.renderOnSlide(this.path, padded, this.assets);
		this.problems.addAll(rendered.problems());
		this.hasMath |= rendered.hasMath();
		String html = rendered.html().strip();
		if (inline && html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
			html = html.substring(3, html.length() - 4);
		}
		return html;
	}

	private String rows(SlideSource source, String text) {
		String[] lines = text.split("\n", -1);
		boolean[] fence = DeckParser.fenceMask(text);
		List<String> rows = new ArrayList<>();
		StringBuilder row = new StringBuilder();
		int offset = 0;
		int rowStart = 0;
		for (String line : lines) {
			if (!fence[offset] && ROW_BREAK.matcher(line).matches()) {
				rows.add(row.toString());
				row = new StringBuilder("\n".repeat(rowStart = DeckParser.lineAt(text, offset)));
			}
			else {
				row.append(line).append('\n');
			}
			offset += line.length() + 1;
		}
		rows.add(row.toString());
		StringBuilder html = new StringBuilder("<div class=\"slide-body deck-rows\" style=\"grid-template-rows: ")
			.append(template(source.rows(), rows.size()))
			.append("\">");
		for (String one : rows) {
			Matcher spec = ROW_COLUMNS.matcher(one);
			String columns = "";
			if (spec.find()) {
				columns = spec.group(1);
				one = one.substring(0, spec.start()) + " ".repeat(spec.end() - spec.start())
						+ one.substring(spec.end());
			}
			String rendered = markdown(one, 1, false);
			html.append("<div class=\"deck-row\">");
			html.append(columns.isEmpty() ? steps(rendered) : columns(columns, rendered));
			html.append("</div>");
		}
		if (rowStart == 0) {
			this.problems.add(ContentProblem.error(this.path, source.line(),
					"rows: is set but the slide has no '===' " + "line between rows"));
		}
		return html.append("</div>").toString();
	}

	private String columns(String spec, String html) {
		String[] parts = COLUMN_BREAK.split(html, -1);
		StringBuilder out = new StringBuilder("<div class=\"slide-body deck-columns\" style=\"grid-template-columns: ")
			.append(template(spec, parts.length))
			.append("\">");
		for (String part : parts) {
			out.append("<div class=\"col\">").append(steps(part)).append("</div>");
		}
		return out.append("</div>").toString();
	}

	/** Colloquium's grid template: N equal tracks, or one track per width in a/b/c. */
	private static String template(String spec, int parts) {
		if (!spec.contains("/")) {
			return "repeat(" + Integer.parseInt(spec) + ", minmax(0, 1fr))";
		}
		List<String> tracks = new ArrayList<>();
		for (String width : spec.split("/")) {
			tracks.add("minmax(0, " + width + "fr)");
		}
		return String.join(" ", tracks);
	}

	private static String steps(String html) {
		List<String> parts = DirectiveComments.splitAtSteps(html);
		if (parts.size() == 1) {
			return html;
		}
		StringBuilder out = new StringBuilder(parts.get(0));
		for (int i = 1; i < parts.size(); i++) {
			out.append("<div class=\"fragment\">").append(parts.get(i)).append("</div>");
		}
		return out.toString();
	}

	/**
	 * Replaces fenced colloquium elements by placeholders of the same height and renders
	 * them.
	 */
	private String extractElements(String text, List<String> html) {
		String[] lines = text.split("\n", -1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			DeckParser.Fence fence = DeckParser.Fence.open(lines[i]);
			String name = (fence != null) ? lines[i].strip().substring(fence.length()).strip() : "";
			if (fence == null) {
				out.append(lines[i]).append('\n');
				continue;
			}
			int end = i + 1;
			while (end < lines.length && !fence.closedBy(lines[end])) {
				end++;
			}
			if (!SlideElements.NAMES.contains(name)) {
				for (int j = i; j <= end && j < lines.length; j++) {
					out.append(lines[j]).append('\n');
				}
				i = end;
				continue;
			}
			StringBuilder yaml = new StringBuilder();
			for (int j = i + 1; j < end; j++) {
				yaml.append(lines[j]).append('\n');
			}
			html.add(this.elements.render(name, yaml.toString(), this.path, i + 1,
					(markdown, line, inline) -> markdown(citations(markdown), line, inline), this.problems));
			String indent = lines[i].substring(0, lines[i].indexOf(lines[i].strip()));
			out.append(indent).append("<div data-deck-element=\"").append(html.size() - 1).append("\"></div>\n");
			for (int j = i + 1; j <= end && j < lines.length; j++) {
				out.append('\n');
			}
			i = end;
		}
		return out.substring(0, Math.max(0, out.length() - 1));
	}

	/**
	 * Replaces {@code [@key]} citations outside code blocks by their author-year labels.
	 */
	private String citations(String text) {
		boolean[] fence = DeckParser.fenceMask(text);
		Matcher matcher = DeckCitations.CITATION.matcher(text);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (matcher.find()) {
			if (fence[matcher.start()]) {
				continue;
			}
			List<String> missing = new ArrayList<>();
			String html = this.citations.citationHtml(DeckCitations.keysIn(matcher.group()), missing);
			for (String key : missing) {
				this.problems.add(ContentProblem.error(this.path, DeckParser.lineAt(text, matcher.start()),
						"unknown citation key '" + key + "'; add it to the deck's bibliography"));
			}
			out.append(text, last, matcher.start()).append(html);
			last = matcher.end();
		}
		return out.append(text, last, text.length()).toString();
	}

	/**
	 * Replaces inline {@code ^[...]} notes by numbers, numbered from 1 on each slide,
	 * collecting their HTML.
	 */
	private String footnotes(String text, List<String> notes) {
		boolean[] fence = DeckParser.fenceMask(text);
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int start = text.indexOf("^[", i);
			if (start < 0) {
				break;
			}
			if (fence[start]) {
				out.append(text, i, start + 2);
				i = start + 2;
				continue;
			}
			int depth = 0;
			int end = -1;
			for (int j = start + 1; j < text.length(); j++) {
				char c = text.charAt(j);
				if (c == '[') {
					depth++;
				}
				else if (c == ']' && --depth == 0) {
					end = j;
					break;
				}
			}
			if (end < 0) {
				this.problems.add(ContentProblem.error(this.path, DeckParser.lineAt(text, start),
						"inline note '^[' is never closed with ']'"));
				break;
			}
			int number = notes.size() + 1;
			int line = DeckParser.lineAt(text, start);
			notes.add(markdown(text.substring(start + 2, end), line, true));
			out.append(text, i, start)
				.append("<sup class=\"deck-footnote-ref\">")
				.append(number)
				.append("</sup>")
				.append("\n".repeat(DeckParser.lineAt(text, end) - line));
			i = end + 1;
		}
		return out.append(text.substring(Math.min(i, text.length()))).toString();
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
				.append(markdown(citations(footnote), source.line(), true))
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
