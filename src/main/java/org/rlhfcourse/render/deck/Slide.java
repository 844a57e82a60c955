package org.rlhfcourse.render.deck;

/**
 * One rendered slide, authored or a generated References page.
 *
 * @param number 1-based position in the deck
 * @param title the title as plain text, empty for none
 * @param cssClass the classes of the slide element (always including {@code slide})
 * @param style inline CSS from the {@code style:} directive, empty for none
 * @param html the slide's inner HTML: title, body, citation and footnote labels, footer
 * @param notes the speaker notes as HTML, empty for none; never part of {@link #html}
 * @param fragments how many reveal steps the slide has
 * @param references whether this is a generated References slide
 */
public record Slide(int number, String title, String cssClass, String style, String html, String notes, int fragments,
		boolean references) {

}
