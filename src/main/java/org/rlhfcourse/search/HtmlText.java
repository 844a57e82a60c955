package org.rlhfcourse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns rendered page HTML into the plain text of its sections, split at its level 2 and 3 headings. Typeset math
 * reads as its TeX source (KaTeX's visual spans are skipped), and heading anchors, citation cards (tooltips),
 * scripts and styles are left out, so the index holds what a reader reads in the flow of the text.
 */
final class HtmlText {

	private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

	private static final Pattern CLASS = Pattern.compile("\\bclass=\"([^\"]*)\"");

	private static final List<String> BLOCKS = List.of("p", "div", "li", "tr", "td", "th", "br", "pre", "h1", "h2",
			"h3", "h4", "h5", "h6", "blockquote", "section", "figure", "figcaption", "dt", "dd", "caption", "table");

	private HtmlText() {
	}

	/**
	 * The sections of {@code html}: first the text before any heading (with an empty id and heading), then one per
	 * {@code h2}/{@code h3} that has an id.
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
		int position = 0;
		while (tags.find()) {
			if (skipping == null || inAnnotation) {
				appendText(inHeading ? headingText : text, html.substring(position, tags.start()));
			}
			position = tags.end();
			if (tags.group(2) == null) {
				continue;
			}
			boolean closing = !tags.group(1).isEmpty();
			String name = tags.group(2).toLowerCase(Locale.ROOT);
			String attributes = tags.group(3);
			if (skipping != null) {
				if (name.equals("annotation")) {
					inAnnotation = !closing;
				}
				else if (name.equals(skipping) && !attributes.endsWith("/")) {
					skipDepth += closing ? -1 : 1;
					if (skipDepth == 0) {
						skipping = null;
					}
				}
				continue;
			}
			if (!closing && skips(name, attributes)) {
				skipping = name;
				skipDepth = 1;
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
		if (name.equals("math") || name.equals("script") || name.equals("style") || name.equals("svg")
				|| attributes.contains("role=\"tooltip\"")) {
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
