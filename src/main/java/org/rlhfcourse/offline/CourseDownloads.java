package org.rlhfcourse.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * The whole course as an EPUB and a PDF, made once per snapshot on one background thread
 * and kept in memory until the snapshot is replaced. Nothing is made until someone asks
 * (or at start-up with {@code site.offline.prebuild}), so start-up and tests never wait
 * for a PDF; a request waits at most {@code site.offline.request-wait}. Thread-safe.
 */
@Service
public class CourseDownloads implements DisposableBean {

	/** Where the e-book is served and exported. */
	public static final String EPUB_PATH = "/course/rlhf-course.epub";

	/** Where the PDF is served and exported. */
	public static final String PDF_PATH = "/course/rlhf-course.pdf";

	private static final Logger logger = LoggerFactory.getLogger(CourseDownloads.class);

	private final SiteHolder site;

	private final OfflineProperties properties;

	private final ExecutorService builder = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("course-books").factory());

	private final AtomicReference<Books> current = new AtomicReference<>();

	CourseDownloads(SiteHolder site, OfflineProperties properties) {
		this.site = site;
		this.properties = properties;
	}

	/**
	 * A made book, with a strong validator for conditional requests.
	 *
	 * @param bytes the file
	 * @param etag a quoted entity tag of its bytes
	 */
	public record Download(byte[] bytes, String etag) {

		static Download of(byte[] bytes) {
			return new Download(bytes, "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"");
		}

	}

	private record Books(SiteSnapshot snapshot, CompletableFuture<Download> epub, CompletableFuture<Download> pdf) {

	}

	@EventListener(ApplicationReadyEvent.class)
	void prebuild() {
		if (this.properties.prebuild()) {
			books();
		}
	}

	/**
	 * The EPUB of the live snapshot, empty if it is not ready within the configured wait.
	 */
	public Optional<Download> epub() {
		return await(books().epub(), this.properties.requestWait());
	}

	/**
	 * The PDF of the live snapshot, empty if it is not ready within the configured wait.
	 */
	public Optional<Download> pdf() {
		return await(books().pdf(), this.properties.requestWait());
	}

	/**
	 * Writes both books into an export folder, at the addresses the site serves them,
	 * waiting as long as they take.
	 * @return the site paths written
	 */
	public List<String> writeTo(Path folder) throws IOException {
		Books books = books();
		write(folder, EPUB_PATH, books.epub().join());
		write(folder, PDF_PATH, books.pdf().join());
		return List.of(EPUB_PATH, PDF_PATH);
	}

	private static void write(Path folder, String path, Download download) throws IOException {
		Path file = folder.resolve(path.substring(1));
		Files.createDirectories(file.getParent());
		Files.write(file, download.bytes());
	}

	/** The books of the live snapshot, started on first use. */
	private Books books() {
		SiteSnapshot snapshot = this.site.current();
		Books books = this.current.get();
		if (books != null && books.snapshot() == snapshot) {
			return books;
		}
		Books fresh = new Books(snapshot, new CompletableFuture<>(), new CompletableFuture<>());
		if (!this.current.compareAndSet(books, fresh)) {
			return books();
		}
		BookContents contents = BookContents.of(snapshot);
		make("EPUB", fresh.epub(), contents, (book) -> new EpubBook(book).write());
		make("PDF", fresh.pdf(), contents, (book) -> new PdfBook(book).write());
		return fresh;
	}

	private void make(String kind, CompletableFuture<Download> result, BookContents contents,
			Function<BookContents, byte[]> writer) {
		this.builder.execute(() -> {
			long start = System.nanoTime();
			try {
				byte[] bytes = writer.apply(contents);
				logger.info("{} of the course made in {} ms: {} KB", kind,
						TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), bytes.length / 1024);
				result.complete(Download.of(bytes));
			}
			catch (RuntimeException | LinkageError ex) {
				logger.error("Could not make the {} of the course", kind, ex);
				result.completeExceptionally(ex);
			}
		});
	}

	private static Optional<Download> await(CompletableFuture<Download> book, Duration wait) {
		try {
			return Optional.of(book.get(wait.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The course book could not be made", ex.getCause());
		}
	}

	@Override
	public void destroy() {
		this.builder.shutdownNow();
	}

}
