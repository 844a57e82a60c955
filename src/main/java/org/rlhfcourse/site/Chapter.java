package org.rlhfcourse.site;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rlhfcourse.render.TocEntry;

/**
 * A rendered course chapter.
 *
 * @param number its position in the course, from the file name
 * @param slug its URL name ({@code /course/slug})
 * @param title its title
 * @param description one sentence for listings and search engines
 * @param html the rendered body
 * @param toc its sections
 * @param hasMath whether the page needs KaTeX's stylesheet
 * @param readingMinutes estimated reading time
 * @param lecture the lecture it belongs to, 0 for none
 * @param deck the slug of its slide deck, empty for none
 * @param sourcePath its file, relative to the content folder
 * @param lastModified when its file last changed
 * @param markdown its Markdown body as written, front matter blanked (for plain-text exports)
 */
public record Chapter(int number, String slug, String title, String description, String html, List<TocEntry> toc,
		boolean hasMath, int readingMinutes, int lecture, String deck, String sourcePath, Instant lastModified,
		String markdown) {

	public Chapter {
		toc = List.copyOf(toc);
	}

	public String url() {
		return "/course/" + this.slug;
	}

	public Optional<String> deckSlug() {
		return this.deck.isEmpty() ? Optional.empty() : Optional.of(this.deck);
	}

}
