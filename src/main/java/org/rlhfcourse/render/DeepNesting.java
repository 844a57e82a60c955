package org.rlhfcourse.render;

import java.util.ArrayDeque;
import java.util.Deque;

import org.rlhfcourse.content.ContentProblem;

/**
 * Finds where a file nests too deeply for the parser, so that the problem a stack
 * overflow becomes points at that place instead of the file's first line. Two kinds of
 * nesting overflow a recursive Markdown parser: block prefixes (block quotes and list
 * items inside each other, {@code > > > -}) and brackets ({@code [[[(((}). The deeper of
 * the two is reported: a line of block prefixes at its first marker, brackets at the
 * outermost one still open where they nest deepest. Stateless.
 */
public final class DeepNesting {

	private DeepNesting() {
	}

	/**
	 * {@code problem} at the place of the deepest nesting in {@code text} when it is a
	 * nesting-too-deep problem, else {@code problem} unchanged.
	 * @param text the file's text, or its body with the front matter blanked, so that
	 * lines in it are lines of the file
	 */
	public static ContentProblem locate(ContentProblem problem, String text) {
		if (!problem.message().startsWith(RenderGuard.NESTING_TOO_DEEP)) {
			return problem;
		}
		Place place = deepest(text);
		if (place.depth() == 0) {
			return problem;
		}
		return new ContentProblem(problem.file(), place.line(), place.column(), problem.severity(), problem.message());
	}

	/** The place of the deepest nesting in {@code text}; depth 0 when nothing nests. */
	static Place deepest(String text) {
		Place prefixes = new Place(0, 1, 1);
		Place brackets = new Place(0, 1, 1);
		Deque<Place> open = new ArrayDeque<>();
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < text.length(); i++) {
			if (i == lineStart) {
				Place prefix = prefix(text, i, line);
				if (prefix.depth() > prefixes.depth()) {
					prefixes = prefix;
				}
			}
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				lineStart = i + 1;
			}
			else if (c == '\\') {
				i++;
			}
			else if (c == '[' || c == '(' || c == '{') {
				open.push(new Place(open.size() + 1, line, i - lineStart + 1));
				if (open.size() > brackets.depth()) {
					brackets = open.peekLast().deeper(open.size());
				}
			}
			else if ((c == ']' || c == ')' || c == '}') && !open.isEmpty()) {
				open.pop();
			}
		}
		return (brackets.depth() > prefixes.depth()) ? brackets : prefixes;
	}

	/**
	 * The block prefix of the line starting at {@code start}: how many block quote and
	 * list markers open it (indentation of two columns counting as one level), placed at
	 * its first marker.
	 */
	private static Place prefix(String text, int start, int line) {
		int depth = 0;
		int indent = 0;
		int first = -1;
		int i = start;
		while (i < text.length() && text.charAt(i) != '\n') {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t') {
				if (first < 0) {
					indent += (c == '\t') ? 4 : 1;
				}
				i++;
			}
			else if (c == '>' || ((c == '-' || c == '*' || c == '+') && isSpace(text, i + 1))) {
				first = (first < 0) ? i : first;
				depth++;
				i++;
			}
			else {
				break;
			}
		}
		depth += indent / 2;
		return new Place(depth, line, ((first < 0) ? i : first) - start + 1);
	}

	private static boolean isSpace(String text, int at) {
		return at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t');
	}

	/** A position in the text and how deep the nesting is there. */
	record Place(int depth, int line, int column) {

		Place deeper(int depth) {
			return new Place(depth, this.line, this.column);
		}

	}

}
