package org.rlhfcourse.course;

import java.util.Optional;

import org.rlhfcourse.site.Chapter;

/**
 * Where a chapter's "Previous" or "Next" link leads: the address its front matter gives
 * ({@code prev-url}, {@code next-url}), else the neighbouring chapter.
 *
 * @param url the link target
 * @param title what the link says after "Previous"/"Next"
 */
record Neighbour(String url, String title) {

	/**
	 * The override when there is one, else the neighbour; {@code null} when there is
	 * neither.
	 */
	static Neighbour of(String override, Optional<Chapter> neighbour) {
		if (!override.isEmpty()) {
			return new Neighbour(override, override);
		}
		return neighbour.map((chapter) -> new Neighbour(chapter.url(), chapter.listTitle())).orElse(null);
	}

}
