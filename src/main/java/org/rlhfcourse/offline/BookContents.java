package org.rlhfcourse.offline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * What goes into the e-book and the PDF: the chapters in the order of the course outline
 * ({@code course.yml}: lectures group by group, then its appendices), followed by any
 * chapter the outline does not name, in the snapshot's order, so no chapter is left out.
 *
 * @param site the site's title, author, language and address
 * @param chapters chapters and appendices in reading order
 * @param modified when the newest chapter changed, or the snapshot was built if there are
 * none
 * @param snapshot the snapshot the book is made from, for its content files
 */
record BookContents(SiteConfig site, List<Chapter> chapters, Instant modified, SiteSnapshot snapshot) {

	/** The licence of the course text ({@code content/LICENSE}). */
	static final String LICENCE = "CC BY-NC-SA 4.0";

	static final String LICENCE_URL = "https://creativecommons.org/licenses/by-nc-sa/4.0/";

	BookContents {
		chapters = List.copyOf(chapters);
	}

	static BookContents of(SiteSnapshot snapshot) {
		Map<String, Chapter> bySlug = new LinkedHashMap<>();
		snapshot.chapters().forEach((chapter) -> bySlug.put(chapter.slug(), chapter));
		List<Chapter> ordered = new ArrayList<>();
		CourseOutline outline = snapshot.outline();
		outline.lectures().forEach((lecture) -> take(bySlug, lecture.chapter(), ordered));
		outline.appendices().forEach((appendix) -> take(bySlug, appendix.chapter(), ordered));
		List<Chapter> rest = new ArrayList<>(bySlug.values());
		rest.sort(Comparator.comparing(Chapter::isAppendix));
		ordered.addAll(rest);
		Instant modified = ordered.stream()
			.map(Chapter::lastModified)
			.max(Comparator.naturalOrder())
			.orElse(snapshot.builtAt());
		return new BookContents(snapshot.config(), ordered, modified, snapshot);
	}

	private static void take(Map<String, Chapter> bySlug, String slug, List<Chapter> into) {
		Chapter chapter = (slug != null) ? bySlug.remove(slug) : null;
		if (chapter != null) {
			into.add(chapter);
		}
	}

	boolean hasChapter(String slug) {
		return this.chapters.stream().anyMatch((chapter) -> chapter.slug().equals(slug));
	}

	/** "Chapter 3" or "Appendix A". */
	static String label(Chapter chapter) {
		return chapter.isAppendix() ? "Appendix " + chapter.appendix() : "Chapter " + chapter.number();
	}

}
