package org.rlhfcourse.render.deck;

import org.rlhfcourse.render.core.Sha256;

/**
 * A deck's own stylesheet, from colloquium's {@code custom_css}: checked, scoped to the
 * deck and named by a hash of its text, so it is served as a file of its own (the pages
 * allow no inline {@code <style>}) that browsers may keep for good.
 *
 * @param css the stylesheet served, empty for none
 * @param hash the first 16 hex digits of the SHA-256 of {@code css}, empty for none
 */
public record DeckStylesheet(String css, String hash) {

	/** A deck without a stylesheet of its own. */
	public static final DeckStylesheet NONE = new DeckStylesheet("", "");

	static DeckStylesheet of(String css) {
		if (css.isBlank()) {
			return NONE;
		}
		return new DeckStylesheet(css, Sha256.hex(css).substring(0, 16));
	}

	public boolean isPresent() {
		return !this.css.isEmpty();
	}

	/**
	 * Where the stylesheet of the deck at {@code deckUrl} is served: beside the deck,
	 * named by its hash.
	 */
	public String url(String deckUrl) {
		return deckUrl + "/custom." + this.hash + ".css";
	}

}
