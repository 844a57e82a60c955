package org.rlhfcourse.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.rlhfcourse.content.Routes;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.Page;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.render.deck.Deck;

/**
 * Every public page of a snapshot ({@link SiteSnapshot#urls()}, the list the export
 * writes too) with when its content last changed: a chapter, page or deck by its file,
 * the course by its latest chapter, the slide list by its latest deck, home by the latest
 * of all. Search results are not pages and are not in the list.
 */
final class SiteUrls {

	private SiteUrls() {
	}

	static List<Entry> of(SiteSnapshot snapshot) {
		Map<String, Instant> changed = new HashMap<>();
		snapshot.chapters().forEach((chapter) -> changed.put(chapter.url(), chapter.lastModified()));
		snapshot.pages().values().forEach((page) -> changed.put(page.path(), page.lastModified()));
		snapshot.decks().forEach((deck) -> changed.put(deck.url(), deck.lastModified()));
		changed.put(Routes.COURSE, latest(snapshot.chapters().stream().map(Chapter::lastModified), snapshot));
		changed.put(Routes.SLIDES, latest(snapshot.decks().stream().map(Deck::lastModified), snapshot));
		changed.put("/",
				latest(Stream
					.of(snapshot.chapters().stream().map(Chapter::lastModified),
							snapshot.pages().values().stream().map(Page::lastModified),
							snapshot.decks().stream().map(Deck::lastModified))
					.flatMap((times) -> times), snapshot));
		return snapshot.urls()
			.stream()
			.map((url) -> new Entry(url, changed.getOrDefault(url, snapshot.builtAt())))
			.toList();
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
