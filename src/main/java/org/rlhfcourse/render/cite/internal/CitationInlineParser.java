package org.rlhfcourse.render.cite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.rlhfcourse.render.core.ParserFactories;
import org.rlhfcourse.render.cite.Citation;
import org.rlhfcourse.render.cite.CrossReference;

/**
 * Reads pandoc citations and cross-references: {@code [@a]}, {@code [@a; @b]},
 * {@code [see @a, p. 3]}, {@code [-@a]}, bare {@code @a}, and
 * {@code @eq:x}/{@code @fig:x}/{@code @tbl:x}/{@code @sec:x} with or without brackets. A
 * bracket followed by {@code (} or {@code [} is a link and is left to flexmark, as is an
 * {@code @} inside a word (an e-mail address).
 */
public final class CitationInlineParser implements InlineParserExtension {

	static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.\\-/]*[\\p{L}\\p{N}_])?";

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
		if (close < 0 || !containsAt(input, start, close)) {
			return false;
		}
		if (close + 1 < input.length() && "([:".indexOf(input.charAt(close + 1)) >= 0) {
			return false;
		}
		BasedSequence inner = input.subSequence(start + 1, close);
		List<Citation.Item> items = new ArrayList<>();
		int offset = 0;
		for (String part : inner.toString().split(";", -1)) {
			Item item = Item.of(part);
			if (item == null || item.prefix().contains("@")) {
				return false;
			}
			BasedSequence at = inner.subSequence(offset + item.keyStart() - 1, offset + item.keyEnd());
			items.add(new Citation.Item(item.key(), item.prefix().strip(), item.suffix().strip(), at));
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

	/**
	 * Whether an {@code @} lies between {@code start} and {@code close}: looking no
	 * further keeps this linear.
	 */
	private static boolean containsAt(BasedSequence input, int start, int close) {
		for (int i = start; i < close; i++) {
			if (input.charAt(i) == '@') {
				return true;
			}
		}
		return false;
	}

	private boolean parseBare(LightInlineParser parser) {
		BasedSequence input = parser.getInput();
		int start = parser.getIndex();
		if (start > 0) {
			char before = input.charAt(start - 1);
			if (Character.isLetterOrDigit(before) || before == '\\' || before == '_' || before == '.'
					|| before == '@') {
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

	/**
	 * One item of a bracketed citation, {@code prefix -@key suffix}, read as the pattern
	 * {@code ^\s*(.*?)(-?)@(KEY)(.*?)\s*$} would: the first {@code @} (or {@code -@})
	 * followed by a key starts the key, which runs as far as key characters go and ends
	 * on a letter, digit or underscore. The pattern backtracked over long runs of blanks
	 * (minutes on 100 KB); this reads each character once.
	 *
	 * @param prefix the text before the key, leading blanks removed
	 * @param key the key
	 * @param suffix the text after the key, trailing blanks removed
	 * @param keyStart where the key starts in the item
	 * @param keyEnd where the key ends in the item
	 */
	record Item(String prefix, String key, String suffix, int keyStart, int keyEnd) {

		/** The item in {@code part}, or {@code null} if it holds no {@code @key}. */
		static Item of(String part) {
			int from = 0;
			while (from < part.length() && isRegexSpace(part.charAt(from))) {
				from++;
			}
			for (int at = from; at < part.length(); at++) {
				int marker = at;
				if (part.charAt(at) == '-' && at + 1 < part.length() && part.charAt(at + 1) == '@') {
					marker = at + 1;
				}
				if (part.charAt(marker) != '@' || marker + 1 >= part.length()
						|| !isKeyEnd(part.codePointAt(marker + 1))) {
					continue;
				}
				int keyStart = marker + 1;
				int keyEnd = keyStart + Character.charCount(part.codePointAt(keyStart));
				for (int i = keyEnd; i < part.length();) {
					int c = part.codePointAt(i);
					if (!isKeyEnd(c) && ":.-/".indexOf(c) < 0) {
						break;
					}
					i += Character.charCount(c);
					if (isKeyEnd(c)) {
						keyEnd = i;
					}
				}
				int suffixEnd = part.length();
				while (suffixEnd > keyEnd && isRegexSpace(part.charAt(suffixEnd - 1))) {
					suffixEnd--;
				}
				return new Item(part.substring(from, at), part.substring(keyStart, keyEnd),
						part.substring(keyEnd, suffixEnd), keyStart, keyEnd);
			}
			return null;
		}

		/** {@code [\p{L}\p{N}_]}: what a key starts and ends with. */
		private static boolean isKeyEnd(int c) {
			int type = Character.getType(c);
			return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
					|| type == Character.OTHER_NUMBER || c == '_';
		}

		/** {@code \s}: the ASCII blanks. */
		private static boolean isRegexSpace(char c) {
			return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
		}

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
