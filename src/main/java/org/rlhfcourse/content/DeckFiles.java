package org.rlhfcourse.content;

import java.util.Locale;
import java.util.Set;

/**
 * Which Markdown files under {@code decks/} are slide decks, by colloquium's rule: a deck
 * opens with front matter holding its settings ({@code title}, {@code footer}, ...), and
 * a folder's {@code README.md} describes the decks rather than being one (as colloquium's
 * own examples site skips it). Anything else there, such as planning notes, is left out
 * with a warning instead of being built as a deck. Stateless.
 */
final class DeckFiles {

	/** The front matter keys colloquium reads for a deck. */
	static final Set<String> SETTINGS = Set.of("title", "author", "date", "theme", "aspect_ratio", "custom_css",
			"footer", "fonts", "bibliography", "citation_style", "citation_order", "figure_captions");

	private DeckFiles() {
	}

	/**
	 * Why {@code file} is not a deck, or empty when it is one.
	 */
	static String notADeck(MarkdownFile file) {
		String name = file.path().substring(file.path().lastIndexOf('/') + 1);
		if (name.toLowerCase(Locale.ROOT).equals("readme.md")) {
			return "a README describes the decks and is not one; it is not published";
		}
		if (file.frontMatter().values().keySet().stream().noneMatch(SETTINGS::contains)) {
			return "not a slide deck (a deck starts with front matter such as 'title:', as colloquium's do); "
					+ "it is not published";
		}
		return "";
	}

}
