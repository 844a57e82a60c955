package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds colloquium's directive comments {@code <!-- key: value -->} in a slide, one after
 * another, as colloquium's {@code <!--\s*(key)\s*:\s*(.*?)\s*-->} (DOTALL) does: the
 * value runs to the first {@code -->} and loses its surrounding blanks. That pattern
 * backtracks: it rescans to the end of the text from every {@code <!--} that is never
 * closed, and over every blank of a long value, so a 100 KB deck took minutes. This
 * scanner reads each character a bounded number of times and stops searching once no
 * {@code -->} is left. One instance scans one text; not thread-safe.
 */
final class DirectiveComments {

	private final String text;

	private final Predicate<String> keys;

	private int from;

	/**
	 * @param text the slide's text
	 * @param keys which keys (runs of {@code a-z} and {@code -}, starting with a letter)
	 * count as directives
	 */
	DirectiveComments(String text, Predicate<String> keys) {
		this.text = text;
		this.keys = keys;
	}

	/** The next directive, or {@code null} when there is none. */
	Directive next() {
		int open = this.text.indexOf("<!--", this.from);
		while (open >= 0) {
			int i = skipBlanks(open + 4);
			int keyStart = i;
			if (i < this.text.length() && isLetter(this.text.charAt(i))) {
				while (i < this.text.length() && (isLetter(this.text.charAt(i)) || this.text.charAt(i) == '-')) {
					i++;
				}
			}
			String key = this.text.substring(keyStart, i);
			i = skipBlanks(i);
			if (!key.isEmpty() && this.keys.test(key) && i < this.text.length() && this.text.charAt(i) == ':') {
				int valueStart = skipBlanks(i + 1);
				int close = this.text.indexOf("-->", valueStart);
				if (close < 0) {
					this.from = this.text.length();
					return null;
				}
				int valueEnd = close;
				while (valueEnd > valueStart && isBlank(this.text.charAt(valueEnd - 1))) {
					valueEnd--;
				}
				this.from = close + 3;
				return new Directive(open, close + 3, key, this.text.substring(valueStart, valueEnd));
			}
			open = this.text.indexOf("<!--", open + 1);
		}
		this.from = this.text.length();
		return null;
	}

	private int skipBlanks(int index) {
		return skipBlanks(this.text, index);
	}

	/**
	 * Splits {@code html} at {@code <!-- step -->} comments and the blanks around them,
	 * as splitting at the pattern {@code \s*<!--\s*step\s*-->\s*} does. The pattern
	 * retried from every blank of a long run of blanks (code blocks keep them), which is
	 * quadratic; this looks at each character a bounded number of times.
	 */
	static List<String> splitAtSteps(String html) {
		List<String> parts = new ArrayList<>();
		int partStart = 0;
		int open = html.indexOf("<!--");
		while (open >= 0) {
			int i = skipBlanks(html, open + 4);
			if (html.startsWith("step", i)) {
				i = skipBlanks(html, i + 4);
				if (html.startsWith("-->", i)) {
					int start = open;
					while (start > partStart && isBlank(html.charAt(start - 1))) {
						start--;
					}
					parts.add(html.substring(partStart, start));
					partStart = skipBlanks(html, i + 3);
					open = html.indexOf("<!--", partStart);
					continue;
				}
			}
			open = html.indexOf("<!--", open + 1);
		}
		parts.add(html.substring(partStart));
		return parts;
	}

	private static int skipBlanks(String text, int from) {
		int i = from;
		while (i < text.length() && isBlank(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isLetter(char c) {
		return c >= 'a' && c <= 'z';
	}

	/** The regular expression {@code \s}: ASCII blanks and line breaks. */
	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/**
	 * One directive comment.
	 *
	 * @param start where its {@code <!--} starts
	 * @param end just after its {@code -->}
	 * @param key the key
	 * @param value the value without surrounding blanks
	 */
	record Directive(int start, int end, String key, String value) {

	}

}
