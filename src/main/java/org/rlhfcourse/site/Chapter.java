package org.rlhfcourse.site;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rlhfcourse.content.Routes;
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
 * @param markdown its Markdown body as written, front matter blanked (for plain-text
 * exports)
 * @param display optional presentation overrides from its front matter
 * @param appendix the appendix letter ("A") when this is an appendix (then {@code number}
 * counts appendices), empty for a chapter
 */
public record Chapter(int number, String slug, String title, String description, String html, List<TocEntry> toc,
		boolean hasMath, int readingMinutes, int lecture, String deck, String sourcePath, Instant lastModified,
		String markdown, Display display, String appendix) {

	public Chapter {
		toc = List.copyOf(toc);
	}

	/** A chapter with no presentation overrides. */
	public Chapter(int number, String slug, String title, String description, String html, List<TocEntry> toc,
			boolean hasMath, int readingMinutes, int lecture, String deck, String sourcePath, Instant lastModified,
			String markdown) {
		this(number, slug, title, description, html, toc, hasMath, readingMinutes, lecture, deck, sourcePath,
				lastModified, markdown, Display.NONE, "");
	}

	public boolean isAppendix() {
		return !this.appendix.isEmpty();
	}

	/**
	 * The title where chapters are listed and linked (outline, previous/next, search): an
	 * appendix carries its letter, "Appendix A: Definitions"; a chapter's title stands
	 * alone, its number shown beside it.
	 */
	public String listTitle() {
		return isAppendix() ? "Appendix " + this.appendix + ": " + this.title : this.title;
	}

	/** The text of the browser tab and search result title. */
	public String pageTitle() {
		return this.display.pageTitle().isEmpty() ? this.title : this.display.pageTitle();
	}

	/** The meta description: its own when given, else the chapter's description. */
	public String metaDescription() {
		return this.display.metaDescription().isEmpty() ? this.description : this.display.metaDescription();
	}

	/**
	 * Front matter that changes how a chapter is presented, all optional:
	 * {@code page-title}, {@code meta-description}, {@code prev-url}/{@code next-url}
	 * (replace the links to the neighbouring chapters) and {@code lectures} (recorded
	 * lectures shown at the top).
	 *
	 * @param pageTitle the browser tab title, empty for the chapter title
	 * @param metaDescription the meta description, empty for the description
	 * @param previousUrl where "Previous" leads instead of the previous chapter, empty
	 * for the default
	 * @param nextUrl where "Next" leads instead of the next chapter, empty for the
	 * default
	 * @param lectures links to recordings of the lecture
	 */
	public record Display(String pageTitle, String metaDescription, String previousUrl, String nextUrl,
			List<LectureVideo> lectures) {

		public static final Display NONE = new Display("", "", "", "", List.of());

		public Display {
			lectures = List.copyOf(lectures);
		}

	}

	/**
	 * A recording of the lecture.
	 *
	 * @param label what the link says
	 * @param video where the recording is
	 */
	public record LectureVideo(String label, String video) {

	}

	public String url() {
		return Routes.chapter(this.slug);
	}

	public Optional<String> deckSlug() {
		return this.deck.isEmpty() ? Optional.empty() : Optional.of(this.deck);
	}

}
