package org.rlhfcourse.site;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.render.TocEntry;

/**
 * Small snapshots for web tests.
 */
public final class Snapshots {

	public static final Instant BUILT = Instant.parse("2026-03-11T12:00:00Z");

	private Snapshots() {
	}

	public static Chapter chapter(int number, String slug, String title) {
		return new Chapter(number, slug, title, "About " + title + ".",
				"<h2 id=\"intro\">Intro</h2><p>Body of " + title + " with <span class=\"katex\">x</span>.</p>",
				List.of(new TocEntry(2, "intro", "Intro")), true, 12, number, slug,
				"chapters/0" + number + "-" + slug + ".md", BUILT, "## Intro\n\nBody of " + title + " with $x$.\n");
	}

	/**
	 * Appendix {@code letter}, the {@code number}th appendix, served at
	 * {@code /course/slug}.
	 */
	public static Chapter appendix(int number, String letter, String slug, String title) {
		Chapter plain = chapter(number, slug, title);
		return new Chapter(number, slug, title, plain.description(), plain.html(), plain.toc(), false, 3, 0, "",
				"chapters/appendix-" + letter.toLowerCase(java.util.Locale.ROOT) + "-" + slug + ".md", BUILT,
				plain.markdown(), Chapter.Display.NONE, letter);
	}

	/** A book without {@code course.yml}: chapters (and appendices) but no lectures. */
	public static SiteSnapshot withoutOutline(Chapter... chapters) {
		SiteSnapshot withOutline = withChapters(chapters);
		return new SiteSnapshot(withOutline.config(), CourseOutline.EMPTY, "", withOutline.chapters(), Map.of(),
				Map.of(), List.of(), BUILT, List.of());
	}

	public static SiteSnapshot withChapters(Chapter... chapters) {
		CourseOutline outline = new CourseOutline("Take the lectures in order.",
				List.of(new CourseOutline.Group("Core",
						Arrays.stream(chapters)
							.map((chapter) -> new CourseOutline.Lecture(chapter.number(), chapter.title(),
									"Covers " + chapter.title() + ".", chapter.slug(), null))
							.toList())),
				List.of());
		SiteConfig config = new SiteConfig("RLHF course", "An open course.", "Learn RLHF.", "Nathan Lambert",
				"https://example.org", "", "en", List.of(new SiteConfig.NavItem("Course", "/course")));
		return new SiteSnapshot(config, outline, "<p>Take the lectures in order.</p>", List.of(chapters), Map.of(),
				Map.of(), List.of(), BUILT, List.of());
	}

}
