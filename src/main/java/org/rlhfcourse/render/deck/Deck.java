package org.rlhfcourse.render.deck;

import java.time.Instant;
import java.util.List;

import org.rlhfcourse.content.Routes;

/**
 * A rendered slide deck.
 *
 * @param slug its address under {@code /slides/}: the file path under {@code decks/}
 * without {@code .md}
 * @param settings its front matter
 * @param slides every slide in order, References slides last
 * @param authored how many slides the author wrote (the rest are References slides)
 * @param hasMath whether the page needs KaTeX's stylesheet
 * @param sourcePath its file, relative to the content folder
 * @param lastModified when its file last changed
 * @param stylesheet its {@code custom_css}, checked and scoped,
 * {@link DeckStylesheet#NONE} for none
 */
public record Deck(String slug, DeckSettings settings, List<Slide> slides, int authored, boolean hasMath,
		String sourcePath, Instant lastModified, DeckStylesheet stylesheet) {

	public Deck {
		slides = List.copyOf(slides);
	}

	/** The same deck at another address. */
	public Deck withSlug(String slug) {
		return new Deck(slug, this.settings, this.slides, this.authored, this.hasMath, this.sourcePath,
				this.lastModified, this.stylesheet);
	}

	/** The address of the deck's own stylesheet, empty when it has none. */
	public String stylesheetUrl() {
		return this.stylesheet.isPresent() ? this.stylesheet.url(url()) : "";
	}

	public String url() {
		return Routes.deck(this.slug);
	}

	public String title() {
		return this.settings.title();
	}

	public int slideCount() {
		return this.slides.size();
	}

	/** The course chapter the deck belongs to, empty for none. */
	public String chapter() {
		return this.settings.chapter();
	}

}
