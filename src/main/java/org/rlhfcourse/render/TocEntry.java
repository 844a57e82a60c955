package org.rlhfcourse.render;

/**
 * One heading in a page's table of contents.
 *
 * @param level 2 for a section, 3 for a subsection
 * @param id the heading's anchor
 * @param text the heading as plain text
 */
public record TocEntry(int level, String id, String text) {
}
