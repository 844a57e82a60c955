package org.rlhfcourse.render.deck;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open fenced code block in a deck's Markdown source, and which parts of a text lie
 * inside such blocks. Deck-level rules (slide breaks, directives, rows, citations) skip
 * code, as flexmark will when it renders it.
 *
 * @param marker the fence character, {@code `} or {@code ~}
 * @param length how many of them opened the block
 */
record CodeFence(char marker, int length) {

	private static final Pattern OPEN = Pattern.compile("\\s*(`{3,}|~{3,})(.*)");

	/** The fence {@code line} opens, or {@code null} when it opens none. */
	static CodeFence open(String line) {
		Matcher matcher = OPEN.matcher(line);
		if (!matcher.matches()) {
			return null;
		}
		String marks = matcher.group(1);
		if (marks.charAt(0) == '`' && matcher.group(2).indexOf('`') >= 0) {
			return null;
		}
		return new CodeFence(marks.charAt(0), marks.length());
	}

	boolean closedBy(String line) {
		String stripped = line.strip();
		if (stripped.length() < this.length) {
			return false;
		}
		for (int i = 0; i < stripped.length(); i++) {
			if (stripped.charAt(i) != this.marker) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Which characters of {@code text} lie inside fenced code blocks (fence lines
	 * included); one longer than the text, so that its end can be asked about too.
	 */
	static boolean[] mask(String text) {
		boolean[] mask = new boolean[text.length() + 1];
		CodeFence fence = null;
		int offset = 0;
		for (String line : text.split("\n", -1)) {
			boolean inside = fence != null;
			if (fence != null) {
				if (fence.closedBy(line)) {
					fence = null;
				}
			}
			else {
				fence = open(line);
				inside = fence != null;
			}
			if (inside) {
				for (int i = offset; i <= Math.min(offset + line.length(), text.length()); i++) {
					mask[i] = true;
				}
			}
			offset += line.length() + 1;
		}
		return mask;
	}

}
