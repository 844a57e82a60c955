package org.rlhfcourse.render.deck;

import java.util.Arrays;

/**
 * The file line of any offset in a piece of a deck: built once per text in linear time,
 * asked in logarithmic time, so that reporting a problem never counts lines from the top.
 * Immutable.
 */
final class LineIndex {

	private final int[] starts;

	private final int firstLine;

	/**
	 * @param text the text
	 * @param firstLine the file line its first character is on
	 */
	LineIndex(CharSequence text, int firstLine) {
		int[] starts = new int[16];
		int count = 0;
		starts[count++] = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		this.starts = Arrays.copyOf(starts, count);
		this.firstLine = firstLine;
	}

	/** The file line of {@code offset}. */
	int lineAt(int offset) {
		int index = Arrays.binarySearch(this.starts, offset);
		return this.firstLine + ((index >= 0) ? index : -index - 2);
	}

	/** The 1-based line of {@code offset} in {@code text}, counted once. */
	static int lineAt(CharSequence text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
