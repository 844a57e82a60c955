package org.rlhfcourse.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.Page;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * Every public page of a snapshot with when its content last changed: home, the course, chapters in course order,
 * then standalone pages (English first). Search results are not pages and are left out.
 */
final class SiteUrls {

	private SiteUrls() {
	}

	static List<Entry> of(SiteSnapshot snapshot) {
		Instant chaptersChanged = latest(snapshot.chapters().stream().map(Chapter::lastModified), snapshot);
		Instant anythingChanged = latest(Stream.concat(snapshot.chapters().stream().map(Chapter::lastModified),
				snapshot.pages().values().stream().map(Page::lastModified)), snapshot);
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/", anythingChanged));
		entries.add(new Entry("/course", chaptersChanged));
		snapshot.chapters().forEach((chapter) -> entries.add(new Entry(chapter.url(), chapter.lastModified())));
		snapshot.pages()
			.values()
			.stream()
			.sorted(Comparator.comparing((Page page) -> !page.lang().equals("en")).thenComparing(Page::path))
			.forEach((page) -> entries.add(new Entry(page.path(), page.lastModified())));
		return entries;
	}

	private static Instant latest(Stream<Instant> times, SiteSnapshot snapshot) {
		return times.max(Comparator.naturalOrder()).orElse(snapshot.builtAt());
	}

	/**
	 * One page.
	 *
	 * @param path its path on the site
	 * @param lastModified when its content last changed, to the second
	 */
	record Entry(String path, Instant lastModified) {

		Entry {
			lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
		}

	}

}
