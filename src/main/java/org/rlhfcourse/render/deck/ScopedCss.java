package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an author's stylesheet so it styles only the deck: each selector is put under
 * the deck's container ({@code .slide h2} becomes {@code .deck .slide h2}; {@code :root},
 * {@code html}, {@code body} and colloquium's {@code .colloquium-deck} become the
 * container itself), so no rule reaches the site's header, footer or search. Every
 * {@code url()} is handed to a {@link Urls} to check and rewrite. Refuses, as a problem
 * at the offending offset, what would load from elsewhere or break out of a stylesheet:
 * {@code @import}, {@code </style>}, unclosed blocks, strings or comments. Comments are
 * dropped. Not thread-safe: one instance per stylesheet.
 */
final class ScopedCss {

	/**
	 * The deck container every rule is scoped to (see
	 * {@code templates/slides/deck.html}).
	 */
	static final String SCOPE = ".deck";

	/** At-rules whose block holds rules, which are scoped in turn. */
	private static final Set<String> GROUPS = Set.of("media", "supports", "container", "layer", "scope",
			"starting-style");

	private static final Pattern ROOT = Pattern.compile("^(?::root|html|body|\\.colloquium-deck)(?![-\\w])");

	private static final Pattern OWN_SCOPE = Pattern.compile("^\\.deck(?![-\\w])");

	private static final Pattern STYLE_END = Pattern.compile("</style", Pattern.CASE_INSENSITIVE);

	private final String text;

	private final Urls urls;

	private final Problems problems;

	private int pos;

	private ScopedCss(String text, Urls urls, Problems problems) {
		this.text = text;
		this.urls = urls;
		this.problems = problems;
	}

	/**
	 * The scoped stylesheet, or empty when {@code css} had a problem (reported through
	 * {@code problems}).
	 */
	static String scope(String css, Urls urls, Problems problems) {
		int[] count = { 0 };
		Problems counting = (offset, message) -> {
			count[0]++;
			problems.report(offset, message);
		};
		Matcher end = STYLE_END.matcher(css);
		while (end.find()) {
			counting.report(end.start(), "'</style' in a stylesheet would end colloquium's <style> element; remove it");
		}
		StringBuilder out = new StringBuilder();
		new ScopedCss(css, urls, counting).rules(out, false);
		return (count[0] == 0) ? out.toString() : "";
	}

	/**
	 * Rewrites the {@code url()}s of a declaration list such as a {@code style}
	 * attribute; unlike {@link #scope} it returns the text even after a problem, with the
	 * offending address left as written.
	 */
	static String declarations(String css, Urls urls, Problems problems) {
		ScopedCss scanner = new ScopedCss(css, urls, problems);
		StringBuilder out = new StringBuilder();
		while (scanner.pos < css.length()) {
			scanner.copy(out, 0);
		}
		return out.toString();
	}

	private void rules(StringBuilder out, boolean nested) {
		while (true) {
			skipSpaceAndComments();
			if (this.pos >= this.text.length()) {
				return;
			}
			if (this.text.charAt(this.pos) == '}') {
				if (nested) {
					return;
				}
				this.problems.report(this.pos, "'}' closes nothing");
				this.pos++;
				continue;
			}
			int start = this.pos;
			String prelude = prelude();
			if (this.pos >= this.text.length()) {
				this.problems.report(start, "'" + shorten(prelude) + "' has no '{ … }' block");
				return;
			}
			char end = this.text.charAt(this.pos);
			if (prelude.startsWith("@")) {
				atRule(out, start, prelude, end);
			}
			else if (end != '{') {
				this.problems.report(start, "'" + shorten(prelude) + "' is not a rule: a selector needs '{ … }'");
				this.pos += (end == ';') ? 1 : 0;
			}
			else {
				out.append(scopeSelectors(prelude)).append(' ');
				block(out, start);
			}
		}
	}

	private void atRule(StringBuilder out, int start, String prelude, char end) {
		String name = prelude.substring(1).split("[\\s({;]", 2)[0].toLowerCase(Locale.ROOT);
		if (name.equals("import")) {
			this.problems.report(start, "@import is not allowed: a remote stylesheet would load from another host, "
					+ "and a local one is not followed; copy its rules into custom_css");
			skipStatement(start);
			return;
		}
		if (end != '{') {
			this.pos += (end == ';') ? 1 : 0;
			if (!name.equals("charset")) {
				out.append(prelude).append(";\n");
			}
			return;
		}
		if (GROUPS.contains(name)) {
			this.pos++;
			out.append(prelude).append(" {\n");
			rules(out, true);
			if (this.pos >= this.text.length()) {
				this.problems.report(start, "'{' of '" + shorten(prelude) + "' is never closed with '}'");
				return;
			}
			this.pos++;
			out.append("}\n");
			return;
		}
		out.append(prelude).append(' ');
		block(out, start);
	}

	/**
	 * Copies the block at {@code pos} (which holds '{') to its matching '}', rewriting
	 * addresses.
	 */
	private void block(StringBuilder out, int start) {
		this.pos++;
		out.append('{');
		if (!copy(out, 1)) {
			this.problems.report(start, "'{' is never closed with '}'");
			return;
		}
		out.append("}\n");
	}

	/**
	 * Copies text until the '}' that ends nesting {@code depth} (consumed, not copied)
	 * or, at depth 0, one token.
	 * @return whether the closing '}' was found
	 */
	private boolean copy(StringBuilder out, int depth) {
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos);
			if (c == '/' && this.text.startsWith("/*", this.pos)) {
				comment();
			}
			else if (c == '"' || c == '\'') {
				out.append(string());
			}
			else if (c == '\\' && this.pos + 1 < this.text.length()) {
				out.append(this.text, this.pos, this.pos + 2);
				this.pos += 2;
			}
			else if ((c == 'u' || c == 'U') && this.text.regionMatches(true, this.pos, "url(", 0, 4)
					&& (this.pos == 0 || !isNameChar(this.text.charAt(this.pos - 1)))) {
				url(out);
			}
			else if (c == '{') {
				out.append(c);
				this.pos++;
				if (!copy(out, 1)) {
					return false;
				}
				out.append('}');
			}
			else if (c == '}' && depth > 0) {
				this.pos++;
				return true;
			}
			else {
				out.append(c);
				this.pos++;
			}
			if (depth == 0) {
				return true;
			}
		}
		return depth == 0;
	}

	private void url(StringBuilder out) {
		int start = this.pos;
		this.pos += 4;
		skipSpace();
		String value;
		char first = (this.pos < this.text.length()) ? this.text.charAt(this.pos) : 0;
		if (first == '"' || first == '\'') {
			String quoted = string();
			value = quoted.substring(1, Math.max(1, quoted.length() - 1));
		}
		else {
			int close = this.text.indexOf(')', this.pos);
			close = (close < 0) ? this.text.length() : close;
			value = this.text.substring(this.pos, close);
			this.pos = close;
		}
		skipSpace();
		if (this.pos >= this.text.length() || this.text.charAt(this.pos) != ')') {
			this.problems.report(start, "'url(' is never closed with ')'");
			out.append(this.text, start, this.pos);
			return;
		}
		this.pos++;
		String address = value.strip();
		String rewritten = this.urls.rewrite(address, (message) -> this.problems.report(start, message));
		out.append("url(\"").append(((rewritten != null) ? rewritten : address).replace("\"", "%22")).append("\")");
	}

	/**
	 * The text before the next '{', ';' or '}' outside strings and brackets, comments
	 * dropped, stripped.
	 */
	private String prelude() {
		StringBuilder prelude = new StringBuilder();
		int depth = 0;
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos);
			if (c == '/' && this.text.startsWith("/*", this.pos)) {
				comment();
				prelude.append(' ');
				continue;
			}
			if (c == '"' || c == '\'') {
				prelude.append(string());
				continue;
			}
			if (depth == 0 && (c == '{' || c == ';' || c == '}')) {
				break;
			}
			depth += (c == '(' || c == '[') ? 1 : (c == ')' || c == ']') ? -1 : 0;
			prelude.append(c);
			this.pos++;
		}
		return prelude.toString().strip().replaceAll("\\s+", " ");
	}

	private void skipStatement(int start) {
		if (this.pos < this.text.length() && this.text.charAt(this.pos) == '{') {
			block(new StringBuilder(), start);
		}
		else if (this.pos < this.text.length() && this.text.charAt(this.pos) == ';') {
			this.pos++;
		}
	}

	private String string() {
		int start = this.pos;
		char quote = this.text.charAt(this.pos++);
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos++);
			if (c == '\\') {
				this.pos++;
			}
			else if (c == quote) {
				return this.text.substring(start, this.pos);
			}
			else if (c == '\n') {
				break;
			}
		}
		this.problems.report(start, "string opened with " + quote + " is never closed on its line");
		this.pos = Math.min(this.pos, this.text.length());
		return this.text.substring(start, this.pos);
	}

	private void comment() {
		int end = this.text.indexOf("*/", this.pos + 2);
		if (end < 0) {
			this.problems.report(this.pos, "comment opened with '/*' is never closed with '*/'");
			this.pos = this.text.length();
			return;
		}
		this.pos = end + 2;
	}

	private void skipSpaceAndComments() {
		while (this.pos < this.text.length()) {
			if (Character.isWhitespace(this.text.charAt(this.pos))) {
				this.pos++;
			}
			else if (this.text.startsWith("/*", this.pos)) {
				comment();
			}
			else {
				return;
			}
		}
	}

	private void skipSpace() {
		while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

	/** Puts every selector of a list under {@link #SCOPE}. */
	static String scopeSelectors(String list) {
		List<String> scoped = new ArrayList<>();
		for (String selector : splitList(list)) {
			String one = selector.strip();
			Matcher root = ROOT.matcher(one);
			boolean replaced = false;
			boolean compound = false;
			while (root.find()) {
				String rest = one.substring(root.end());
				compound = !rest.isEmpty() && !Character.isWhitespace(rest.charAt(0));
				one = rest.stripLeading();
				root = ROOT.matcher(one);
				replaced = true;
			}
			if (replaced) {
				scoped.add(one.isEmpty() ? SCOPE : SCOPE + (compound ? "" : " ") + one);
			}
			else if (OWN_SCOPE.matcher(one).find()) {
				scoped.add(one);
			}
			else {
				scoped.add(SCOPE + " " + one);
			}
		}
		return String.join(", ", scoped);
	}

	/** Splits a selector list at commas outside brackets and strings. */
	private static List<String> splitList(String list) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		char quote = 0;
		int start = 0;
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
				i += (c == '\\') ? 1 : 0;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '(' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == ']') {
				depth--;
			}
			else if (c == ',' && depth == 0) {
				parts.add(list.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(list.substring(start));
		return parts;
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_';
	}

	private static String shorten(String text) {
		return (text.length() > 40) ? text.substring(0, 37) + "..." : text;
	}

	/** Checks and rewrites one {@code url()} address. */
	@FunctionalInterface
	interface Urls {

		/**
		 * The address to write instead, or {@code null} after telling {@code problem} why
		 * it cannot be used.
		 */
		String rewrite(String address, Consumer<String> problem);

	}

	/** Receives problems by offset in the stylesheet text. */
	@FunctionalInterface
	interface Problems {

		void report(int offset, String message);

	}

}
