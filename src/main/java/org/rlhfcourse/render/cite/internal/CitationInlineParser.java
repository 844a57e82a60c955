package org.rlhfcourse.render.cite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.rlhfcourse.render.ParserFactories;
import org.rlhfcourse.render.cite.Citation;
import org.rlhfcourse.render.cite.CrossReference;

/**
 * Reads pandoc citations and cross-references: {@code [@a]}, {@code [@a; @b]}, {@code [see @a, p. 3]},
 * {@code [-@a]}, bare {@code @a}, and {@code @eq:x}/{@code @fig:x}/{@code @tbl:x}/{@code @sec:x} with or without
 * brackets. A bracket followed by {@code (} or {@code [} is a link and is left to flexmark, as is an {@code @} inside
 * a word (an e-mail address).
 */
public final class CitationInlineParser implements InlineParserExtension {

	static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.\\-/]*[\\p{L}\\p{N}_])?";

	private static final Pattern ITEM = Pattern.compile("^\\s*(.*?)(-?)@(" + KEY + ")(.*?)\\s*$", Pattern.DOTALL);

	private static final Pattern BARE = Pattern.compile("@(" + KEY + ")");

	private static final Pattern CROSS_REFERENCE = Pattern.compile("(?:eq|fig|tbl|sec):.+");

	CitationInlineParser(LightInlineParser parser) {
	}

	@Override
	public void finalizeDocument(InlineParser inlineParser) {
	}

	@Override
	public void finalizeBlock(InlineParser inlineParser) {
	}

	@Override
	public boolean parse(LightInlineParser parser) {
		return (parser.peek() == '[') ? parseBracketed(parser) : parseBare(parser);
	}

	private boolean parseBracketed(LightInlineParser parser) {
		BasedSequence input = parser.getInput();
		int start = parser.getIndex();
		int close = -1;
		for (int i = start + 1; i < input.length(); i++) {
			char c = input.charAt(i);
			if (c == '[' || c == '\n' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
				return false;
			}
			if (c == ']') {
				close = i;
				break;
			}
		}
		if (close < 0 || input.indexOf('@', start) < 0 || input.indexOf('@', start) > close) {
			return false;
		}
		if (close + 1 < input.length() && "([:".indexOf(input.charAt(close + 1)) >= 0) {
			return false;
		}
		BasedSequence inner = input.subSequence(start + 1, close);
		List<Citation.Item> items = new ArrayList<>();
		int offset = 0;
		for (String part : inner.toString().split(";", -1)) {
			Matcher item = ITEM.matcher(part);
			if (!item.matches() || item.group(1).contains("@")) {
				return false;
			}
			BasedSequence at = inner.subSequence(offset + item.start(3) - 1, offset + item.end(3));
			items.add(new Citation.Item(item.group(3), item.group(1).strip(), item.group(4).strip(), at));
			offset += part.length() + 1;
		}
		BasedSequence chars = input.subSequence(start, close + 1);
		parser.flushTextNode();
		if (items.size() == 1 && CROSS_REFERENCE.matcher(items.get(0).key()).matches()) {
			parser.getBlock().appendChild(new CrossReference(chars, items.get(0).key(), items.get(0).at()));
		}
		else {
			parser.getBlock().appendChild(new Citation(chars, items, false));
		}
		parser.setIndex(close + 1);
		return true;
	}

	private boolean parseBare(LightInlineParser parser) {
		BasedSequence input = parser.getInput();
		int start = parser.getIndex();
		if (start > 0) {
			char before = input.charAt(start - 1);
			if (Character.isLetterOrDigit(before) || before == '\\' || before == '_' || before == '.' || before == '@') {
				return false;
			}
		}
		Matcher bare = BARE.matcher(input.subSequence(start, input.length()));
		if (!bare.lookingAt()) {
			return false;
		}
		BasedSequence chars = input.subSequence(start, start + bare.end());
		String key = bare.group(1);
		parser.flushTextNode();
		if (CROSS_REFERENCE.matcher(key).matches()) {
			parser.getBlock().appendChild(new CrossReference(chars, key, chars));
		}
		else {
			parser.getBlock().appendChild(new Citation(chars, List.of(new Citation.Item(key, "", "", chars)), true));
		}
		parser.setIndex(start + bare.end());
		return true;
	}

	/** Registers the parser for {@code [} and {@code @}. */
	public static final class Factory extends ParserFactories.Inline {

		@Override
		public CharSequence getCharacters() {
			return "[@";
		}

		@Override
		public InlineParserExtension apply(LightInlineParser inlineParser) {
			return new CitationInlineParser(inlineParser);
		}

	}

}
