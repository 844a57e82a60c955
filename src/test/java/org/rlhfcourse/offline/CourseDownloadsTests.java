package org.rlhfcourse.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Books are made once per snapshot, in the background, and again when the snapshot is
 * replaced.
 */
class CourseDownloadsTests {

	@TempDir
	Path folder;

	private final SiteHolder site = mock(SiteHolder.class);

	@Test
	void booksAreMadeOncePerSnapshotAndAgainAfterAReload() throws IOException {
		SiteSnapshot first = BookFixtures.course();
		given(this.site.current()).willReturn(first);
		CourseDownloads downloads = new CourseDownloads(this.site, new OfflineProperties(false, Duration.ofMinutes(5)));
		try {
			CourseDownloads.Download epub = downloads.epub().orElseThrow();
			assertThat(downloads.epub().orElseThrow()).isSameAs(epub);
			assertThat(downloads.pdf().orElseThrow().bytes()).startsWith("%PDF".getBytes());
			given(this.site.current()).willReturn(Snapshots.withChapters(Snapshots.chapter(1, "intro", "Intro")));
			assertThat(downloads.epub().orElseThrow()).isNotSameAs(epub);
		}
		finally {
			downloads.destroy();
		}
	}

	@Test
	void aRequestDoesNotWaitLongerThanConfigured() {
		given(this.site.current()).willReturn(BookFixtures.course());
		CourseDownloads downloads = new CourseDownloads(this.site, new OfflineProperties(false, Duration.ZERO));
		try {
			assertThat(downloads.pdf()).isEmpty();
		}
		finally {
			downloads.destroy();
		}
	}

	@Test
	void exportWritesBothBooksAtTheirServedPaths() throws IOException {
		given(this.site.current()).willReturn(BookFixtures.course());
		CourseDownloads downloads = new CourseDownloads(this.site, new OfflineProperties(false, Duration.ofMinutes(5)));
		try {
			assertThat(downloads.writeTo(this.folder)).containsExactly("/course/rlhf-course.epub",
					"/course/rlhf-course.pdf");
			assertThat(this.folder.resolve("course/rlhf-course.epub")).isNotEmptyFile();
			assertThat(Files.readAllBytes(this.folder.resolve("course/rlhf-course.pdf"))).startsWith("%PDF".getBytes());
		}
		finally {
			downloads.destroy();
		}
	}

}
