package org.rlhfcourse.content;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The course as taught, from {@code content/course.yml}: lectures in groups, then
 * appendices. Lectures point at chapters and decks by slug; the site checks that those
 * exist.
 *
 * @param intro Markdown shown above the outline
 * @param groups the lecture groups in teaching order
 * @param appendices the appendices
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CourseOutline(String intro, List<Group> groups, List<Appendix> appendices) {

	public static final CourseOutline EMPTY = new CourseOutline("", List.of(), List.of());

	public CourseOutline {
		intro = (intro != null) ? intro : "";
		groups = (groups != null) ? List.copyOf(groups) : List.of();
		appendices = (appendices != null) ? List.copyOf(appendices) : List.of();
	}

	/** Every lecture in order. */
	public List<Lecture> lectures() {
		return this.groups.stream().flatMap((group) -> group.lectures().stream()).toList();
	}

	/** The first lecture that teaches {@code chapterSlug}. */
	public Optional<Lecture> lectureFor(String chapterSlug) {
		return lectures().stream().filter((lecture) -> chapterSlug.equals(lecture.chapter())).findFirst();
	}

	/**
	 * A group of lectures.
	 *
	 * @param title the group's name
	 * @param lectures its lectures
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Group(String title, List<Lecture> lectures) {

		public Group {
			lectures = (lectures != null) ? List.copyOf(lectures) : List.of();
		}

	}

	/**
	 * One lecture.
	 *
	 * @param number its number in the course
	 * @param title its title
	 * @param summary one line of what it covers
	 * @param chapter the slug of its chapter, or {@code null}
	 * @param deck the slug of its slide deck, or {@code null}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Lecture(int number, String title, String summary, String chapter, String deck) {

	}

	/**
	 * One appendix.
	 *
	 * @param label its letter
	 * @param title its title
	 * @param summary one line of what it holds
	 * @param chapter the slug of its chapter, or {@code null}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Appendix(String label, String title, String summary, String chapter) {

	}

}
