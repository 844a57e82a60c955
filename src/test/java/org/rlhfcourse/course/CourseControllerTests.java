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
	void frontMatterOverridesTitleDescriptionNeighboursAndAddsLectureVideos() {
		org.rlhfcourse.site.Chapter plain = Snapshots.chapter(2, "dpo", "Direct Preference Optimization");
		org.rlhfcourse.site.Chapter dressed = new org.rlhfcourse.site.Chapter(plain.number(), plain.slug(),
				plain.title(), plain.description(), plain.html(), plain.toc(), plain.hasMath(), plain.readingMinutes(),
				plain.lecture(), plain.deck(), plain.sourcePath(), plain.lastModified(), "",
				new org.rlhfcourse.site.Chapter.Display("DPO, derived", "Short meta.", "/course/intro#recap", "",
						java.util.List.of(new org.rlhfcourse.site.Chapter.LectureVideo("Lecture 8 video",
								"https://example.org/lecture-8"))),
				"");
		given(this.site.current()).willReturn(Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"),
				dressed, Snapshots.chapter(3, "rlvr", "RL with verifiable rewards")));
		assertThat(this.mvc.get().uri("/course/dpo")).hasStatusOk()
			.bodyText()
			.contains("<title>DPO, derived · RLHF course</title>")
			.contains("<meta name=\"description\" content=\"Short meta.\">")
			.contains("<a href=\"https://example.org/lecture-8\">Lecture 8 video</a>")
			.contains("href=\"/course/intro#recap\" rel=\"prev\"")
			.contains("href=\"/course/rlvr\" rel=\"next\"");
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
			.contains("Take the lectures in order.")
			.doesNotContain("<h2>Chapters</h2>");
	}

	@Test
	void outlineOfABookWithoutCourseFileListsEveryChapterThenEveryAppendix() throws Exception {
		given(this.site.current()).willReturn(Snapshots.withoutOutline(Snapshots.chapter(1, "intro", "Introduction"),
				Snapshots.chapter(2, "dpo", "Direct Preference Optimization"),
				Snapshots.appendix(1, "A", "definitions", "Definitions"),
				Snapshots.appendix(2, "B", "notation", "Notation")));
		String body = this.mvc.get()
			.uri("/course")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("<h2>Chapters</h2>", "<h2>Appendices</h2>")
			.contains("<a href=\"/course/dpo\">Direct Preference Optimization</a>")
			.contains("<a href=\"/course/definitions\">Appendix A: Definitions</a>")
			.contains("<a href=\"/course/notation\">Appendix B: Notation</a>");
		assertThat(body.indexOf("/course/intro")).isLessThan(body.indexOf("/course/dpo"));
		assertThat(body.indexOf("/course/dpo")).isLessThan(body.indexOf("/course/definitions"));
		assertThat(body.indexOf("/course/definitions")).isLessThan(body.indexOf("/course/notation"));
	}

	@Test
	void appendixPageCarriesItsLetterAndFollowsTheLastChapter() {
		given(this.site.current()).willReturn(Snapshots.withoutOutline(Snapshots.chapter(1, "intro", "Introduction"),
				Snapshots.appendix(1, "A", "definitions", "Definitions"),
				Snapshots.appendix(2, "B", "notation", "Notation")));
		assertThat(this.mvc.get().uri("/course/definitions")).hasStatusOk()
			.bodyText()
			.contains("<span>Appendix A</span>")
			.doesNotContain("Chapter 1</span>")
			.contains("<h1>Definitions</h1>")
			.contains("href=\"/course/intro\" rel=\"prev\"")
			.contains("<span>Appendix B: Notation</span>")
			.contains("howpublished = {{RLHF course}, appendix A}");
		assertThat(this.mvc.get().uri("/course/intro")).bodyText()
			.contains("href=\"/course/definitions\" rel=\"next\"")
			.contains("<span>Appendix A: Definitions</span>");
	}

	@Test
	void unknownSlugShowsNotFoundPage() {
		assertThat(this.mvc.get().uri("/course/no-such-chapter")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
