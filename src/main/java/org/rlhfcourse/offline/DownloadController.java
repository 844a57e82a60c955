package org.rlhfcourse.offline;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The course as one EPUB and one PDF, from {@link CourseDownloads}. A book still being
 * made answers 503 with {@code Retry-After}; a made one is served whole with its entity
 * tag (the site's page cache, which answers conditional requests, keeps pages only).
 */
@Controller
class DownloadController {

	/** Seconds a reader is asked to wait for a book being made. */
	static final int RETRY_AFTER_SECONDS = 30;

	private final CourseDownloads downloads;

	DownloadController(CourseDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping(CourseDownloads.EPUB_PATH)
	ResponseEntity<byte[]> downloadEpub() {
		return serve(this.downloads.epub(), MediaType.valueOf(EpubBook.MEDIA_TYPE),
				ContentDisposition.attachment().filename("rlhf-course.epub").build());
	}

	@GetMapping(CourseDownloads.PDF_PATH)
	ResponseEntity<byte[]> downloadPdf() {
		return serve(this.downloads.pdf(), MediaType.APPLICATION_PDF,
				ContentDisposition.inline().filename("rlhf-course.pdf").build());
	}

	private static ResponseEntity<byte[]> serve(Optional<CourseDownloads.Download> book, MediaType type,
			ContentDisposition disposition) {
		if (book.isEmpty()) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.TEXT_PLAIN)
				.body("The book is being made from the latest course; try again in half a minute.\n"
					.getBytes(StandardCharsets.UTF_8));
		}
		return ResponseEntity.ok()
			.contentType(type)
			.eTag(book.get().etag())
			.cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).mustRevalidate())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(book.get().bytes());
	}

}
