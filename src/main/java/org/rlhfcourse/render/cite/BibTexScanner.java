package org.rlhfcourse.render.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the {@code @type{…}} entries of a BibTeX file in one linear pass, tracking brace
 * depth and lines, so that a bad entry can be set aside and the rest parsed. Follows
 * BibTeX's rule that text outside entries is a comment (prose, {@code % notes},
 * {@code ### End chapter 1 ###}). An entry whose braces never balance ends where the next
 * entry starts on a line of its own, as BibTeX tools recover, instead of swallowing the
 * rest of the file.
 */
final class BibTexScanner {

	private BibTexScanner() {
	}

	/**
	 * One entry as written.
	 *
	 * @param type the entry type in lower case ({@code article}, {@code string},
	 * {@code comment}, ...)
	 * @param key its citation key, empty for {@code @string}, {@code @preamble} and
	 * {@code @comment}
	 * @param line the 1-based line of its {@code @}
	 * @param start offset of its {@code @}
	 * @param end offset just after its closing delimiter, or where the scan gave up on it
	 * @param closed whether its delimiters balance
	 */
	record Entry(String type, String key, int line, int start, int end, boolean closed) {

		boolean isCitable() {
			return !(this.type.equals("string") || this.type.equals("preamble") || this.type.equals("comment"));
		}

	}

	static List<Entry> scan(String text) {
		List<Entry> entries = new ArrayList<>();
		int line = 1;
		int at = 0;
		boolean lineStart = true;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '\n') {
				line++;
				lineStart = true;
				at++;
				continue;
			}
			if (lineStart && c == '%') {
				at = endOfLine(text, at);
				continue;
			}
			if (c == '@') {
				Opening opening = opening(text, at);
				if (opening != null) {
					Entry entry = body(text, at, line, opening);
					entries.add(entry);
					line += count(text, at, entry.end());
					at = entry.end();
					lineStart = at > 0 && text.charAt(at - 1) == '\n';
					continue;
				}
			}
			lineStart = lineStart && Character.isWhitespace(c);
			at++;
		}
		return entries;
	}

	/** Reads an entry's body from its opening delimiter to the matching close. */
	private static Entry body(String text, int start, int line, Opening opening) {
		char close = (text.charAt(opening.delimiter()) == '{') ? '}' : ')';
		int depth = 0;
		boolean lineStart = false;
		for (int at = opening.delimiter() + 1; at < text.length(); at++) {
			char c = text.charAt(at);
			if (c == '\n') {
				lineStart = true;
				continue;
			}
			if (lineStart && c == '@' && opening(text, at) != null) {
				return new Entry(opening.type(), opening.key(), line, start, at, false);
			}
			lineStart = lineStart && Character.isWhitespace(c);
			if (depth == 0 && c == close) {
				return new Entry(opening.type(), opening.key(), line, start, at + 1, true);
			}
			if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth = Math.max(depth - 1, 0);
			}
		}
		return new Entry(opening.type(), opening.key(), line, start, text.length(), false);
	}

	/**
	 * {@code @type{key,} or {@code @type(}: the type, key and delimiter; {@code null} for
	 * a stray {@code @}.
	 */
	private static Opening opening(String text, int at) {
		int i = skipSpaces(text, at + 1);
		int typeStart = i;
		while (i < text.length() && Character.isLetter(text.charAt(i))) {
			i++;
		}
		if (i == typeStart) {
			return null;
		}
		String type = text.substring(typeStart, i).toLowerCase(Locale.ROOT);
		i = skipSpaces(text, i);
		if (i >= text.length() || (text.charAt(i) != '{' && text.charAt(i) != '(')) {
			return null;
		}
		int delimiter = i;
		String key = "";
		if (!(type.equals("string") || type.equals("preamble") || type.equals("comment"))) {
			int keyStart = skipSpaces(text, i + 1);
			int keyEnd = keyStart;
			while (keyEnd < text.length() && ",})".indexOf(text.charAt(keyEnd)) < 0
					&& !Character.isWhitespace(text.charAt(keyEnd))) {
				keyEnd++;
			}
			key = text.substring(keyStart, keyEnd);
		}
		return new Opening(type, key, delimiter);
	}

	private static int skipSpaces(String text, int at) {
		int i = at;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	private static int endOfLine(String text, int at) {
		int newline = text.indexOf('\n', at);
		return (newline < 0) ? text.length() : newline;
	}

	private static int count(String text, int from, int to) {
		int lines = 0;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}

	private record Opening(String type, String key, int delimiter) {

	}

}
