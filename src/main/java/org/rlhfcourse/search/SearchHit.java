package org.rlhfcourse.search;

/**
 * One search result.
 *
 * @param title the page's title, with the section's heading for a section
 * @param url where it links to, with the section's anchor
 * @param snippet HTML: the best passage, escaped, with the matched words in
 * {@code <mark>}; nothing else
 * @param kind {@code chapter}, {@code page} or {@code deck}
 */
public record SearchHit(String title, String url, String snippet, String kind) {

}
