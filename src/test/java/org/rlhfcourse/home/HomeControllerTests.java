package org.rlhfcourse.home;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(HomeController.class)
class HomeControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SiteHolder site;

	@Test
	void homeLeadsIntoTheCourseAndShowsProgressAndLatestChapter() {
		given(this.site.current()).willReturn(Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"),
				Snapshots.chapter(2, "dpo", "Direct Preference Optimization")));
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName(HomeController.VIEW_HOME)
			.bodyText()
			.contains("<h1>RLHF course</h1>")
			.contains("href=\"/course\">Open the course</a>")
			.contains("href=\"/course/intro\">Start with chapter 1</a>")
			.contains("<span>2</span> of <span>2</span> lectures")
			.contains("Latest chapter")
			.contains("href=\"/course/dpo\">Direct Preference Optimization</a>");
	}

	@Test
	void emptySiteStillRenders() {
		given(this.site.current()).willReturn(Snapshots.withChapters());
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().doesNotContain("Open the course");
	}

}
