package org.rlhfcourse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns rendered page HTML into the plain text of its sections, split at its level 2 and
 * 3 headings. The HTML is read with jsoup, as a browser reads it. A short, flat formula
 * reads as the symbols a reader sees ("α > 0", from KaTeX's MathML), any other as
 * {@value #FORMULA}: never its TeX source, nor the MathML and visual copies of it, which
 * read as noise in a snippet. Heading anchors, citation cards (tooltips), slide footers,
 * navigation, scripts and styles are left out, so the index holds what a reader reads in
 * the flow of the text. One instance reads one page; not thread-safe.
 */
final class HtmlText {

	/**
	 * Elements whose text is not part of the flow: page chrome, code for the browser, and
	 * formulas.
	 */
	private static final Set<String> SKIPPED = Set.of("script", "style", "svg", "footer", "nav", "header", "template");

	private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "td", "th", "br", "pre", "h1", "h2", "h3",
			"h4", "h5", "h6", "blockquote", "section", "figure", "figcaption", "dt", "dd", "caption", "table");

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

	private final List<Section> sections = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private final StringBuilder headingText = new StringBuilder();

	private String id = "";

	private String heading = "";

	private int level;

	private boolean inHeading;

	private HtmlText() {
	}

	/**
	 * The sections of {@code html}: first the text before any heading (with an empty id
	 * and heading), then one per {@code h2}/{@code h3} that has an id.
	 */
	static List<Section> sections(String html) {
		HtmlText reader = new HtmlText();
		reader.readChildren(Jsoup.parseBodyFragment(html).body());
		reader.sections.add(new Section(reader.level, reader.id, reader.heading, clean(reader.text)));
		return List.copyOf(reader.sections);
	}

	/** All the text of {@code html}, sections joined. */
	static String text(String html) {
		StringBuilder all = new StringBuilder();
		for (Section section : sections(html)) {
			all.append(section.heading()).append(' ').append(section.text()).append(' ');
		}
		return clean(all);
	}

	private void readChildren(Element parent) {
		for (Node child : parent.childNodes()) {
			if (child instanceof TextNode textNode) {
				target().append(textNode.getWholeText());
			}
			else if (child instanceof Element element) {
				read(element);
			}
		}
	}

	private void read(Element element) {
		String name = element.normalName();
		if (element.hasClass("math-error")) {
			target().append(FORMULA);
			return;
		}
		if (name.equals("math")) {
			target().append(formula(element));
			return;
		}
		if (skips(element, name)) {
			return;
		}
		boolean block = BLOCKS.contains(name);
		if ((name.equals("h2") || name.equals("h3")) && element.hasAttr("id") && !this.inHeading) {
			this.sections.add(new Section(this.level, this.id, this.heading, clean(this.text)));
			this.text.setLength(0);
			this.headingText.setLength(0);
			this.id = element.attr("id");
			this.level = name.charAt(1) - '0';
			this.inHeading = true;
			readChildren(element);
			this.heading = clean(this.headingText);
			this.inHeading = false;
			return;
		}
		if (block) {
			target().append(' ');
		}
		readChildren(element);
		if (block) {
			target().append(' ');
		}
	}

	private StringBuilder target() {
		return this.inHeading ? this.headingText : this.text;
	}

	/**
	 * What a formula reads as: its symbols when it is flat and short, else
	 * {@value #FORMULA}.
	 */
	private static String formula(Element math) {
		boolean flat = math.select("*").stream().allMatch((each) -> FLAT_MATHML.contains(each.normalName()));
		StringBuilder symbols = new StringBuilder();
		collectSymbols(math, symbols);
		String read = clean(symbols);
		return (flat && !read.isEmpty() && read.length() <= SHORT_FORMULA) ? read : FORMULA;
	}

	private static void collectSymbols(Element element, StringBuilder symbols) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode textNode) {
				symbols.append(textNode.getWholeText());
			}
			else if (child instanceof Element each && !each.normalName().startsWith("annotation")) {
				collectSymbols(each, symbols);
			}
		}
	}

	private static boolean skips(Element element, String name) {
		return SKIPPED.contains(name) || element.attr("role").equals("tooltip")
				|| (name.equals("span") && element.hasClass("katex-html"))
				|| (name.equals("a") && element.hasClass("anchor")) || element.hasClass("visually-hidden");
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
