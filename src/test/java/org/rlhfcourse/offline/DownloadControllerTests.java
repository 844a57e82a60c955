package org.rlhfcourse.offline;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.rlhfcourse.site.SiteHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The download addresses: content types, validators, and a polite 503 while a book is
 * being made.
 */
@WebMvcTest(DownloadController.class)
class DownloadControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CourseDownloads downloads;

	/** For the site-wide model advice every web slice loads. */
	@MockitoBean
	private SiteHolder site;

	@BeforeEach
	void liveSite() {
		given(this.site.current()).willReturn(BookFixtures.course());
	}

	@Test
	void epubIsServedAsAnEpubAttachment() {
		given(this.downloads.epub()).willReturn(Optional.of(CourseDownloads.Download.of(new byte[] { 1, 2, 3 })));
		assertThat(this.mvc.get().uri("/course/rlhf-course.epub")).hasStatusOk()
			.hasContentType("application/epub+zip")
			.hasHeader("Content-Disposition", "attachment; filename=\"rlhf-course.epub\"")
			.containsHeader("ETag")
			.body()
			.isEqualTo(new byte[] { 1, 2, 3 });
	}

	@Test
	void pdfIsServedInline() {
		CourseDownloads.Download pdf = CourseDownloads.Download.of(new byte[] { 37, 80, 68, 70 });
		given(this.downloads.pdf()).willReturn(Optional.of(pdf));
		assertThat(this.mvc.get().uri("/course/rlhf-course.pdf")).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader("Content-Disposition", "inline; filename=\"rlhf-course.pdf\"");
	}

	@Test
	void bookBeingMadeAsksTheReaderToComeBack() {
		given(this.downloads.pdf()).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/course/rlhf-course.pdf")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasHeader("Retry-After", "30")
			.hasHeader("Cache-Control", "no-store");
	}

}
