package org.rlhfcourse.render.math.internal;


import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.rlhfcourse.render.ParserFactories;
import org.rlhfcourse.render.math.InlineMath;

/**
 * Finds math in running text with pandoc's rules. {@code $…$}: no space after the opening {@code $}, none
 * before the closing one, and the closing {@code $} not followed by a digit, so "$5 and $10" stays text.
 * {@code $$…$$}, {@code \(…\)} and {@code \[…\]} close at the next matching delimiter. The body is taken raw,
 * so {@code _} and {@code *} in TeX are never emphasis. Code spans are parsed by flexmark before this runs, so
 * they never hold math; {@code \$} is left to flexmark's escape handling and stays a literal dollar.
 */
public final class MathInlineParser implements InlineParserExtension {

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

	private static boolean parseDollar(LightInlineParser parser, BasedSequence input, int start) {
		int bodyStart = start + 1;
		if (bodyStart >= input.length() || Character.isWhitespace(input.charAt(bodyStart))) {
			return false;
		}
		for (int i = bodyStart; i < input.length(); i++) {
			char c = input.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '$' && i > bodyStart && !Character.isWhitespace(input.charAt(i - 1))
					&& !(i + 1 < input.length() && Character.isDigit(input.charAt(i + 1)))) {
				append(parser, input, start, bodyStart, i, i + 1);
				return true;
			}
		}
		return false;
	}

	private static boolean parseDelimited(LightInlineParser parser, BasedSequence input, int start, String opener) {
		String closer = MathDelimiters.closerFor(opener);
		int bodyStart = start + opener.length();
		int close = MathDelimiters.indexOfUnescaped(input, closer, bodyStart);
		if (close < 0 || input.subSequence(bodyStart, close).isBlank()) {
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
