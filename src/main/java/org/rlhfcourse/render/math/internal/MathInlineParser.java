package org.rlhfcourse.render.math.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.rlhfcourse.render.core.ParserFactories;
import org.rlhfcourse.render.math.InlineMath;

/**
 * Finds math in running text with pandoc's rules. {@code $…$}: no space after the opening
 * {@code $}, none before the closing one, and the closing {@code $} not followed by a
 * digit, so "$5 and $10" stays text. {@code $$…$$}, {@code \(…\)} and {@code \[…\]} close
 * at the next matching delimiter. The body is taken raw, so {@code _} and {@code *} in
 * TeX are never emphasis. Code spans are parsed by flexmark before this runs, so they
 * never hold math; {@code \$} is left to flexmark's escape handling and stays a literal
 * dollar.
 * <p>
 * Each {@code $} or opening delimiter used to scan to the end of the paragraph when it
 * was never closed, so a paragraph of many unclosed {@code $1} or {@code \(} took
 * quadratic time (seconds per 100 KB). Closers are therefore found once per paragraph:
 * the places where a {@code $} may close are listed in one pass, and a delimiter found
 * missing after some point is not searched for again in that paragraph. One instance
 * serves one document parse.
 */
public final class MathInlineParser implements InlineParserExtension {

	/** The paragraph text the memos below are about. */
	private BasedSequence memoInput;

	/** The positions where a {@code $} may close inline math, ascending. */
	private int[] dollarClosers;

	/** For each closing delimiter: a position from which it is known not to occur. */
	private final Map<String, Integer> missingFrom = new HashMap<>();

	MathInlineParser(LightInlineParser inlineParser) {
	}

	@Override
	public void finalizeDocument(InlineParser inlineParser) {
	}

	@Override
	public void finalizeBlock(InlineParser inlineParser) {
	}

	@Override
	public boolean parse(LightInlineParser parser) {
		BasedSequence input = parser.getInput();
		int start = parser.getIndex();
		if (input.charAt(start) == '\\') {
			char next = parser.peek(1);
			if (next == '(' || next == '[') {
				return parseDelimited(parser, input, start, "\\" + next);
			}
			return false;
		}
		if (parser.peek(1) == '$') {
			return parseDelimited(parser, input, start, "$$");
		}
		return parseDollar(parser, input, start);
	}

	private boolean parseDollar(LightInlineParser parser, BasedSequence input, int start) {
		int bodyStart = start + 1;
		if (bodyStart >= input.length() || Character.isWhitespace(input.charAt(bodyStart))) {
			return false;
		}
		remember(input);
		if (this.dollarClosers == null) {
			this.dollarClosers = dollarClosers(input);
		}
		int index = Arrays.binarySearch(this.dollarClosers, bodyStart + 1);
		index = (index >= 0) ? index : -index - 1;
		if (index >= this.dollarClosers.length) {
			return false;
		}
		int close = this.dollarClosers[index];
		append(parser, input, start, bodyStart, close, close + 1);
		return true;
	}

	/**
	 * Every {@code $} that may close inline math: not escaped (an odd run of backslashes
	 * before it), not after a blank, not before a digit. Scanning from an opening
	 * {@code $}, which is never a backslash, skips escaped characters exactly where an
	 * odd run of backslashes ends, so the first entry after the body's first character is
	 * the closer such a scan would find.
	 */
	private static int[] dollarClosers(BasedSequence input) {
		int[] closers = new int[8];
		int count = 0;
		int backslashes = 0;
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (c == '$' && backslashes % 2 == 0 && i > 0 && !Character.isWhitespace(input.charAt(i - 1))
					&& !(i + 1 < input.length() && Character.isDigit(input.charAt(i + 1)))) {
				if (count == closers.length) {
					closers = Arrays.copyOf(closers, count * 2);
				}
				closers[count++] = i;
			}
			backslashes = (c == '\\') ? backslashes + 1 : 0;
		}
		return Arrays.copyOf(closers, count);
	}

	/** Starts the memos afresh when the parser moved on to another paragraph. */
	private void remember(BasedSequence input) {
		if (input != this.memoInput) {
			this.memoInput = input;
			this.dollarClosers = null;
			this.missingFrom.clear();
		}
	}

	private boolean parseDelimited(LightInlineParser parser, BasedSequence input, int start, String opener) {
		String closer = MathDelimiters.closerFor(opener);
		int bodyStart = start + opener.length();
		remember(input);
		Integer missing = this.missingFrom.get(closer);
		if (missing != null && bodyStart >= missing) {
			return false;
		}
		int close = MathDelimiters.indexOfUnescaped(input, closer, bodyStart);
		if (close < 0) {
			this.missingFrom.merge(closer, bodyStart, Math::min);
			return false;
		}
		if (input.subSequence(bodyStart, close).isBlank()) {
			return false;
		}
		append(parser, input, start, bodyStart, close, close + closer.length());
		return true;
	}

	private static void append(LightInlineParser parser, BasedSequence input, int start, int bodyStart, int bodyEnd,
			int end) {
		parser.flushTextNode();
		parser.getBlock()
			.appendChild(new InlineMath(input.subSequence(start, bodyStart), input.subSequence(bodyStart, bodyEnd),
					input.subSequence(bodyEnd, end)));
		parser.setIndex(end);
	}

	/** Registers the parser for {@code $} and {@code \}. */
	public static final class Factory extends ParserFactories.Inline {

		@Override
		public CharSequence getCharacters() {
			return "$\\";
		}

		@Override
		public InlineParserExtension apply(LightInlineParser inlineParser) {
			return new MathInlineParser(inlineParser);
		}

	}

}
