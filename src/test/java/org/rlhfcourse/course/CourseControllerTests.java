package org.rlhfcourse.course;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(CourseController.class)
class CourseControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SiteHolder site;

	@BeforeEach
	void snapshot() {
		given(this.site.current()).willReturn(Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"),
				Snapshots.chapter(2, "dpo", "Direct Preference Optimization"),
				Snapshots.chapter(3, "rlvr", "RL with verifiable rewards")));
	}

	@Test
	void chapterPageShowsTitleBodyTocAndNeighbours() {
		assertThat(this.mvc.get().uri("/course/dpo")).hasStatusOk()
			.hasViewName(CourseController.VIEW_CHAPTER)
			.bodyText()
			.contains("<h1>Direct Preference Optimization</h1>")
			.contains("Body of Direct Preference Optimization")
			.contains("href=\"#intro\"")
			.contains("href=\"/course/intro\" rel=\"prev\"")
			.contains("href=\"/course/rlvr\" rel=\"next\"")
			.contains("katex.min.css")
			.contains("Chapter 2")
			.contains("Cite this chapter")
			.contains("@misc{lambert2026dpo,")
			.contains("url          = {https://example.org/course/dpo}")
			.doesNotContain("th:");
	}

	@Test
	void firstChapterHasNoPreviousLink() {
		assertThat(this.mvc.get().uri("/course/intro")).hasStatusOk().bodyText().doesNotContain("rel=\"prev\"");
	}

	@Test
	void outlineLinksEveryChapterWithItsLectureNumber() {
		assertThat(this.mvc.get().uri("/course")).hasStatusOk()
			.hasViewName(CourseController.VIEW_OUTLINE)
			.bodyText()
			.contains("href=\"/course/intro\"", "href=\"/course/dpo\"", "href=\"/course/rlvr\"")
			.contains("Take the lectures in order.");
	}

	@Test
	void unknownSlugShowsNotFoundPage() {
		assertThat(this.mvc.get().uri("/course/no-such-chapter")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
