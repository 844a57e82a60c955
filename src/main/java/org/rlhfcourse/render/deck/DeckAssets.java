package org.rlhfcourse.render.deck;

import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentPath;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.core.AssetLookup;

/**
 * The files one deck names, found as chapters find theirs: relative to the file that
 * names them, through {@link ContentPath}, served under {@code /assets/}. Covers the
 * slides' images (through {@link #lookup()}), footer logos, {@code url()}s in
 * {@code style} directives and the deck's {@code custom_css}. Problems are reported at
 * the deck's (or the stylesheet's) file and line. Not thread-safe: one per deck build.
 */
final class DeckAssets {

	private final Content content;

	private final String deck;

	private final List<ContentProblem> problems;

	DeckAssets(Content content, String deck, List<ContentProblem> problems) {
		this.content = content;
		this.deck = deck;
		this.problems = problems;
	}

	/** The content files the slides' Markdown may point at. */
	AssetLookup lookup() {
		return (path) -> this.content.asset(path).map(SourceFile::bytes);
	}

	/**
	 * The address of the footer logo {@code value}, or {@code null} after reporting why
	 * there is none.
	 */
	String logo(String value, int line) {
		return file(this.deck, value,
				(message) -> this.problems.add(ContentProblem.error(this.deck, line, "footer logo " + message)));
	}

	/**
	 * A slide's {@code style} directive with its {@code url()}s pointing at the served
	 * files.
	 */
	String style(String style, int line) {
		if (!style.toLowerCase(Locale.ROOT).contains("url(")) {
			return style;
		}
		return ScopedCss.declarations(style, urls(this.deck),
				(offset, message) -> this.problems.add(ContentProblem.error(this.deck, line, "style: " + message)));
	}

	/**
	 * The deck's {@code custom_css}: inline CSS as colloquium takes it, or, when the
	 * value is a single {@code .css} path, that file. Empty after reporting a problem, so
	 * a bad stylesheet never reaches the page.
	 * @param value the front matter value
	 * @param keyLine the line of the {@code custom_css} key
	 */
	DeckStylesheet stylesheet(String value, int keyLine) {
		if (value.isBlank()) {
			return DeckStylesheet.NONE;
		}
		String css = value;
		String file = this.deck;
		int firstLine = keyLine + (value.contains("\n") ? 1 : 0);
		if (!value.contains("\n") && !value.contains("{") && value.strip().toLowerCase(Locale.ROOT).endsWith(".css")) {
			SourceFile source;
			try {
				String path = ContentPath.resolve(this.deck, value.strip());
				source = this.content.asset(path).orElse(null);
				if (source == null) {
					this.problems.add(ContentProblem.error(this.deck, keyLine, "custom_css file not found: " + path));
					return DeckStylesheet.NONE;
				}
			}
			catch (ContentPath.ContentPathException ex) {
				this.problems.add(ContentProblem.error(this.deck, keyLine, "custom_css: " + ex.getMessage()));
				return DeckStylesheet.NONE;
			}
			try {
				css = source.text();
			}
			catch (CharacterCodingException ex) {
				this.problems.add(ContentProblem.error(source.path(), 0, "file is not valid UTF-8; save it as UTF-8"));
				return DeckStylesheet.NONE;
			}
			file = source.path();
			firstLine = 1;
		}
		String text = css;
		String where = file;
		int first = firstLine;
		String scoped = ScopedCss.scope(text, urls(file), (offset, message) -> this.problems
			.add(ContentProblem.error(where, first + lineAt(text, offset) - 1, "custom_css: " + message)));
		return scoped.isBlank() ? DeckStylesheet.NONE : DeckStylesheet
			.of("/* custom_css of " + this.deck.replace("*/", "") + ", scoped to the deck */\n" + scoped);
	}

	/**
	 * Checks {@code url()} addresses written in {@code from}: files in content, data,
	 * fragments or site paths.
	 */
	private ScopedCss.Urls urls(String from) {
		return (address, problem) -> {
			String lower = address.toLowerCase(Locale.ROOT);
			if (lower.startsWith("data:") || address.startsWith("#")
					|| (address.startsWith("/") && !address.startsWith("//"))) {
				return address;
			}
			return file(from, address, (message) -> problem.accept("url(" + address + ") " + message));
		};
	}

	/**
	 * The served address of the content file {@code reference} written in {@code from},
	 * or {@code null}.
	 */
	private String file(String from, String reference, Consumer<String> problem) {
		if (ContentPath.isAddress(reference)) {
			problem.accept(reference.matches("(?i)(https?:)?//.*")
					? "loads from another host; pages load nothing "
							+ "from other hosts, so put the file in content/ and name it relative to " + from
					: "is not a file in content/");
			return null;
		}
		try {
			String path = ContentPath.resolve(from, reference);
			if (this.content.asset(path).isEmpty()) {
				problem.accept("not found (looked for content/" + path + ")");
				return null;
			}
			return ContentPath.url(path);
		}
		catch (ContentPath.ContentPathException ex) {
			problem.accept(ex.getMessage());
			return null;
		}
	}

	private static int lineAt(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			line += (text.charAt(i) == '\n') ? 1 : 0;
		}
		return line;
	}

}
