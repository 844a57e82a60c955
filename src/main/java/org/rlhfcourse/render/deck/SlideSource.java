package org.rlhfcourse.render.deck;

import java.util.List;

/**
 * One authored slide after colloquium's per-slide parsing, before rendering.
 *
 * @param number 1-based position in the deck
 * @param line the file line the slide's text starts on
 * @param layout {@code content} unless a heading or directive says otherwise
 * @param classes extra classes on the slide, from directives
 * @param style inline CSS from {@code style:}
 * @param styleLine the file line of the {@code style:} directive, the slide's first line
 * when it has none
 * @param notes speaker notes, never shown on the slide
 * @param title the title as written (inline Markdown), empty for none
 * @param titleLine the file line of the title
 * @param content the slide's remaining Markdown, from its first line ({@code line}) on,
 * with directives and the title blanked out in place, so that its lines keep their places
 * @param columns the {@code columns:} spec, empty for none
 * @param rows the {@code rows:} spec, empty for none
 * @param citeLeft keys cited bottom-left
 * @param citeRight keys cited bottom-right
 * @param footnoteLeft slide footnote bottom-left (Markdown)
 * @param footnoteRight slide footnote bottom-right (Markdown)
 * @param footnotesRight whether inline {@code ^[...]} notes go right (the default) or
 * left
 * @param animate the {@code animate:} value, empty for none
 * @param iframe a same-site address to embed, empty for none
 * @param afterReferences whether the slide follows the generated References slides
 * ({@code <!-- after: references -->})
 */
public record SlideSource(int number, int line, String layout, List<String> classes, String style, int styleLine,
		String notes, String title, int titleLine, String content, String columns, String rows, List<String> citeLeft,
		List<String> citeRight, String footnoteLeft, String footnoteRight, boolean footnotesRight, String animate,
		String iframe, boolean afterReferences) {

	public SlideSource {
		classes = List.copyOf(classes);
		citeLeft = List.copyOf(citeLeft);
		citeRight = List.copyOf(citeRight);
	}

	/**
	 * Colloquium's rule: layout {@code title} or {@code title-*} is a title slide,
	 * rendered with an h1.
	 */
	public boolean isTitleSlide() {
		return this.layout.equals("title") || this.layout.startsWith("title-");
	}

}
