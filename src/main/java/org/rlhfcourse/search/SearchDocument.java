package org.rlhfcourse.search;

import java.util.Objects;

/**
 * One searchable unit: a chapter's or page's opening, one of its sections, or a slide.
 *
 * @param kind what it belongs to: {@code chapter}, {@code page} or {@code deck}
 * @param url where a hit links to, with the section's anchor
 * @param title the title of the chapter, page or deck it belongs to
 * @param heading the section's heading, empty for the opening
 * @param body the text
 * @param lang the language tag of the text ({@code ja} is analysed as Japanese)
 * @param order its position in the book, for ordering hits of equal score
 */
record SearchDocument(String kind, String url, String title, String heading, String body, String lang, int order) {

	SearchDocument {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(heading, "heading");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(lang, "lang");
	}

	/**
	 * Whether this is the opening of its page, which carries the page's title for
	 * ranking.
	 */
	boolean isOpening() {
		return this.heading.isEmpty();
	}

	/**
	 * What a hit shows as its title: the page's title, and the section's heading after
	 * it.
	 */
	String displayTitle() {
		return isOpening() ? this.title : this.title + " › " + this.heading;
	}

	boolean isJapanese() {
		return this.lang.equals("ja") || this.lang.startsWith("ja-");
	}

}
