package org.rlhfcourse.render.math.internal;

import java.util.regex.Matcher;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.rlhfcourse.render.core.ParserFactories;
import org.rlhfcourse.render.math.DisplayMath;

/**
 * Parses a display formula that starts a line with {@code $$} or {@code \[} and runs,
 * possibly over several lines, to the matching closer, optionally followed by
 * {@code {#eq:label}}. The body is raw TeX: inline parsing never touches it. A line that
 * opens and closes a formula and then goes on with prose is left to the inline parser, as
 * pandoc would read it.
 */
public final class DisplayMathBlockParser extends AbstractBlockParser {

	private final DisplayMath block = new DisplayMath();

	private final String opener;

	private final String closer;

	private BlockContent content = new BlockContent();

	private boolean closed;

	DisplayMathBlockParser(String opener) {
		this.opener = opener;
		this.closer = MathDelimiters.closerFor(opener);
	}

	@Override
	public Block getBlock() {
		return this.block;
	}

	@Override
	public BlockContinue tryContinue(ParserState state) {
		// TeX allows no blank line inside a formula: one ends an unclosed formula instead
		// of eating the page.
		if (this.closed || state.isBlank()) {
			return BlockContinue.none();
		}
		return BlockContinue.atIndex(state.getIndex());
	}

	@Override
	public void addLine(ParserState state, BasedSequence line) {
		boolean first = this.content.getLineCount() == 0;
		this.content.add(line, state.getIndent());
		int from = first ? lineOpenerEnd(line) : 0;
		if (MathDelimiters.indexOfUnescaped(line, this.closer, from) >= 0) {
			this.closed = true;
		}
	}

	private int lineOpenerEnd(BasedSequence line) {
		int at = 0;
		while (at < line.length() && line.charAt(at) == ' ') {
			at++;
		}
		return at + this.opener.length();
	}

	@Override
	public void closeBlock(ParserState state) {
		BasedSequence chars = this.content.getSpanningChars().trimEOL();
		this.block.setContent(this.content);
		this.block.setChars(chars);
		int openAt = chars.indexOf(this.opener);
		int bodyStart = openAt + this.opener.length();
		this.block.setOpeningMarker(chars.subSequence(openAt, bodyStart));
		int close = MathDelimiters.indexOfUnescaped(chars, this.closer, bodyStart);
		if (close < 0) {
			this.block.setText(chars.subSequence(bodyStart));
		}
		else {
			this.block.setText(chars.subSequence(bodyStart, close));
			this.block.setClosingMarker(chars.subSequence(close, close + this.closer.length()));
			BasedSequence rest = chars.subSequence(close + this.closer.length()).trim();
			Matcher label = MathDelimiters.LABEL.matcher(rest);
			if (label.matches()) {
				this.block.setLabel(rest.subSequence(label.start(1), label.end(1)));
			}
			else if (!rest.isEmpty()) {
				this.block.setTrailing(rest);
			}
		}
		this.content = null;
	}

	@Override
	public void parseInlines(InlineParser inlineParser) {
		// The body is TeX, not Markdown.
	}

	/** Registers the block parser. */
	public static final class Factory extends ParserFactories.Block {

		@Override
		public BlockParserFactory apply(DataHolder options) {
			return new StartFactory(options);
		}

	}

	private static final class StartFactory extends AbstractBlockParserFactory {

		StartFactory(DataHolder options) {
			super(options);
		}

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
			if (state.getIndent() >= 4) {
				return BlockStart.none();
			}
			BasedSequence line = state.getLine();
			int start = state.getNextNonSpaceIndex();
			String opener;
			if (MathDelimiters.startsWith(line, "$$", start)) {
				opener = "$$";
			}
			else if (MathDelimiters.startsWith(line, "\\[", start)) {
				opener = "\\[";
			}
			else {
				return BlockStart.none();
			}
			String closer = MathDelimiters.closerFor(opener);
			BasedSequence rest = line.subSequence(start).trimEOL();
			int close = MathDelimiters.indexOfUnescaped(rest, closer, opener.length());
			if (close >= 0) {
				BasedSequence tail = rest.subSequence(close + closer.length()).trim();
				if (!tail.isEmpty() && !MathDelimiters.LABEL.matcher(tail).matches()) {
					return BlockStart.none();
				}
			}
			return BlockStart.of(new DisplayMathBlockParser(opener)).atIndex(start);
		}

	}

}
