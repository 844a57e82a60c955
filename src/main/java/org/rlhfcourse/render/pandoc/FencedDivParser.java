package org.rlhfcourse.render.pandoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.rlhfcourse.render.core.ParserFactories;

/**
 * Parses fenced divs: an opening line of three or more colons with attributes ({@code :::
 * {.note}}) or a bare class ({@code ::: warning}), Markdown inside, and a closing line of
 * colons. Divs nest; the innermost open div takes a closing fence first.
 */
final class FencedDivParser extends AbstractBlockParser {

	private static final Pattern OPEN = Pattern
		.compile("^ {0,3}:{3,}\\s*(?:\\{([^}]*)\\}|([A-Za-z][\\w-]*))\\s*:*\\s*$");

	private static final Pattern CLOSE = Pattern.compile("^ {0,3}:{3,}\\s*$");

	private final FencedDiv block = new FencedDiv();

	private BlockContent content = new BlockContent();

	private boolean closed;

	FencedDivParser(String id, List<String> classes) {
		this.block.setAttributes(id, classes);
	}

	@Override
	public Block getBlock() {
		return this.block;
	}

	@Override
	public BlockContinue tryContinue(ParserState state) {
		if (this.closed) {
			return BlockContinue.none();
		}
		BasedSequence line = state.getLine();
		if (CLOSE.matcher(line).matches()) {
			if (block.getLastChild() instanceof FencedDiv child
					&& state.getActiveBlockParser(child) instanceof FencedDivParser parser && !parser.closed) {
				return BlockContinue.atIndex(state.getIndex());
			}
			this.closed = true;
			this.block.setClosed(true);
			return BlockContinue.atIndex(state.getLineEndIndex());
		}
		return BlockContinue.atIndex(state.getIndex());
	}

	@Override
	public void addLine(ParserState state, BasedSequence line) {
		this.content.add(line, state.getIndent());
	}

	@Override
	public void closeBlock(ParserState state) {
		this.block.setContent(this.content);
		this.block.setCharsFromContent();
		this.content = null;
	}

	@Override
	public boolean isContainer() {
		return true;
	}

	@Override
	public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
		return true;
	}

	@Override
	public void parseInlines(InlineParser inlineParser) {
	}

	static final class Factory extends ParserFactories.Block {

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
			Matcher open = OPEN.matcher(state.getLine());
			if (!open.matches()) {
				return BlockStart.none();
			}
			String id = "";
			List<String> classes = new ArrayList<>();
			if (open.group(2) != null) {
				classes.add(open.group(2));
			}
			else {
				for (String part : open.group(1).trim().split("\\s+")) {
					if (part.startsWith(".") && part.length() > 1) {
						classes.add(part.substring(1));
					}
					else if (part.startsWith("#") && part.length() > 1) {
						id = part.substring(1);
					}
				}
			}
			return BlockStart.of(new FencedDivParser(id, classes)).atIndex(state.getLineEndIndex());
		}

	}

}
