package org.rlhfcourse.render.math.internal;

import java.util.regex.Pattern;

/**
 * The delimiter rules shared by the inline and the block parser.
 */
final class MathDelimiters {

	/** A label after a display formula: {@code {#eq:name}}. */
	static final Pattern LABEL = Pattern.compile("\\{#(eq:[A-Za-z0-9][A-Za-z0-9_:.-]*)\\}");

	private MathDelimiters() {
	}

	/**
	 * Finds {@code closer} in {@code text} from {@code from}, skipping characters escaped
	 * with a backslash (so {@code \$} inside a formula does not close it).
	 * @return the index of the closer, or -1
	 */
	static int indexOfUnescaped(CharSequence text, String closer, int from) {
		boolean backslashCloser = closer.charAt(0) == '\\';
		for (int i = from; i <= text.length() - closer.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && !(backslashCloser && startsWith(text, closer, i))) {
				i++;
				continue;
			}
			if (startsWith(text, closer, i)) {
				return i;
			}
		}
		return -1;
	}

	static boolean startsWith(CharSequence text, String prefix, int at) {
		if (at < 0 || at + prefix.length() > text.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (text.charAt(at + i) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** The closing delimiter that matches an opening one. */
	static String closerFor(String opener) {
		return switch (opener) {
			case "\\[" -> "\\]";
			case "\\(" -> "\\)";
			default -> opener;
		};
	}

}
