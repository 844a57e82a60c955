package org.rlhfcourse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns rendered page HTML into the plain text of its sections, split at its level 2 and
 * 3 headings. A short, flat formula reads as the symbols a reader sees ("α > 0", from
 * KaTeX's MathML), any other as {@value #FORMULA}: never its TeX source, nor the MathML
 * and visual copies of it, which read as noise in a snippet. Heading anchors, citation
 * cards (tooltips), slide footers, navigation, scripts and styles are left out, so the
 * index holds what a reader reads in the flow of the text.
 */
final class HtmlText {

	private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

	private static final Pattern CLASS = Pattern.compile("\\bclass=\"([^\"]*)\"");

	/**
	 * Elements whose text is not part of the flow: page chrome, code for the browser, and
	 * formulas.
	 */
	private static final Set<String> SKIPPED = Set.of("math", "script", "style", "svg", "footer", "nav", "header",
			"template");

	private static final List<String> BLOCKS = List.of("p", "div", "li", "tr", "td", "th", "br", "pre", "h1", "h2",
			"h3", "h4", "h5", "h6", "blockquote", "section", "figure", "figcaption", "dt", "dd", "caption", "table");

	/** What a formula reads as when its symbols alone would not make sense. */
	static final String FORMULA = "…";

	/**
	 * MathML elements that keep a formula flat: its symbols read left to right as it is
	 * typeset.
	 */
	private static final Set<String> FLAT_MATHML = Set.of("math", "semantics", "mrow", "mi", "mn", "mo", "mtext",
			"mspace", "mstyle", "mpadded", "annotation", "annotation-xml");

	/**
	 * The most characters a formula may read as; longer ones are not worth reading in a
	 * snippet.
	 */
	private static final int SHORT_FORMULA = 16;

	private HtmlText() {
	}

	/**
	 * The sections of {@code html}: first the text before any heading (with an empty id
	 * and heading), then one per {@code h2}/{@code h3} that has an id.
	 */
	static List<Section> sections(String html) {
		List<Section> sections = new ArrayList<>();
		HtmlTags tags = new HtmlTags(html);
		StringBuilder text = new StringBuilder();
		StringBuilder headingText = new StringBuilder();
		String id = "";
		String heading = "";
		int level = 0;
		String skipping = null;
		int skipDepth = 0;
		boolean inHeading = false;
		boolean inAnnotation = false;
		StringBuilder formula = new StringBuilder();
		boolean flat = true;
		int position = 0;
		while (tags.find()) {
			if (skipping == null) {
				appendText(inHeading ? headingText : text, html.substring(position, tags.start()));
			}
			else if (skipping.equals("math") && !inAnnotation) {
				appendText(formula, html.substring(position, tags.start()));
			}
			position = tags.end();
			if (tags.group(2) == null) {
				continue;
			}
			boolean closing = !tags.group(1).isEmpty();
			String name = tags.group(2).toLowerCase(Locale.ROOT);
			String attributes = tags.group(3);
			if (skipping != null) {
				if (name.startsWith("annotation")) {
					inAnnotation = !closing;
				}
				flat &= !skipping.equals("math") || FLAT_MATHML.contains(name);
				if (name.equals(skipping) && !attributes.endsWith("/")) {
					skipDepth += closing ? -1 : 1;
					if (skipDepth == 0) {
						if (skipping.equals("math")) {
							String symbols = clean(formula);
							boolean readable = flat && !symbols.isEmpty() && symbols.length() <= SHORT_FORMULA;
							(inHeading ? headingText : text).append(readable ? symbols : FORMULA);
						}
						skipping = null;
					}
				}
				continue;
			}
			if (!closing && isMathError(attributes)) {
				(inHeading ? headingText : text).append(FORMULA);
			}
			if (!closing && skips(name, attributes)) {
				skipping = name;
				skipDepth = 1;
				formula.setLength(0);
				flat = true;
				continue;
			}
			if ((name.equals("h2") || name.equals("h3")) && !closing) {
				Matcher idMatch = ID.matcher(attributes);
				if (idMatch.find()) {
					sections.add(new Section(level, id, heading, clean(text)));
					text.setLength(0);
					headingText.setLength(0);
					id = HtmlUtils.htmlUnescape(idMatch.group(1));
					level = name.charAt(1) - '0';
					inHeading = true;
					continue;
				}
			}
			if (inHeading && closing && (name.equals("h2") || name.equals("h3"))) {
				heading = clean(headingText);
				inHeading = false;
				continue;
			}
			if (BLOCKS.contains(name)) {
				(inHeading ? headingText : text).append(' ');
			}
		}
		if (skipping == null) {
			appendText(text, html.substring(position));
		}
		sections.add(new Section(level, id, heading, clean(text)));
		return sections;
	}

	/** All the text of {@code html}, sections joined. */
	static String text(String html) {
		StringBuilder all = new StringBuilder();
		for (Section section : sections(html)) {
			all.append(section.heading()).append(' ').append(section.text()).append(' ');
		}
		return clean(all);
	}

	private static boolean skips(String name, String attributes) {
		if (SKIPPED.contains(name) || attributes.contains("role=\"tooltip\"") || isMathError(attributes)) {
			return true;
		}
		Matcher classes = CLASS.matcher(attributes);
		if (!classes.find()) {
			return false;
		}
		List<String> names = List.of(classes.group(1).split("\\s+"));
		return (name.equals("span") && names.contains("katex-html")) || (name.equals("a") && names.contains("anchor"))
				|| names.contains("visually-hidden");
	}

	/**
	 * A formula KaTeX could not typeset, shown as its TeX for the author to fix, which
	 * readers do not search.
	 */
	private static boolean isMathError(String attributes) {
		Matcher classes = CLASS.matcher(attributes);
		return classes.find() && List.of(classes.group(1).split("\\s+")).contains("math-error");
	}

	private static void appendText(StringBuilder target, String raw) {
		if (!raw.isEmpty()) {
			target.append(HtmlUtils.htmlUnescape(raw));
		}
	}

	private static String clean(CharSequence text) {
		return text.toString().replaceAll("\\s+", " ").strip();
	}

	/**
	 * The text of one part of a page.
	 *
	 * @param level 2 or 3 for a section, 0 for the text before the first heading
	 * @param id the heading's anchor, empty before the first heading
	 * @param heading the heading as text, empty before the first heading
	 * @param text the section's text without its heading
	 */
	record Section(int level, String id, String heading, String text) {

	}

}
