package org.rlhfcourse.render;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rlhfcourse.content.ContentProblem;

/**
 * Runs the work on one content file (rendering a chapter, a page or a deck, parsing a
 * bibliography) so that no file can stop the build: an exception or a stack overflow
 * becomes the problem {@code file:1: internal: …}, and work that runs past the time limit
 * is abandoned with the problem "render took longer than Ns". The rest of the site builds
 * either way.
 * <p>
 * Java cannot stop a thread that ignores interrupts (a regular expression, the Markdown
 * parser), so abandoned work goes on in the background until it ends by itself. While it
 * runs, the same file with the same text is not started again (a pathological file must
 * not add a thread per reload); once it has ended, the next build tries the file again,
 * so a file that was only slow once (a cold start on a busy machine) recovers.
 * Thread-safe; {@link #close} stops the threads.
 */
public final class RenderGuard implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RenderGuard.class);

	private final Duration timeout;

	private final ExecutorService threads = Executors
		.newCachedThreadPool(Thread.ofPlatform().name("render-", 0).daemon().factory());

	/** The attempts given up while still running, by path. */
	private final Map<String, Abandoned> abandoned = new ConcurrentHashMap<>();

	/**
	 * @param timeout how long one file may take; positive
	 */
	public RenderGuard(Duration timeout) {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive, was " + timeout);
		}
		this.timeout = timeout;
	}

	/**
	 * Runs {@code work} for {@code file}, or returns what {@code fallback} makes of the
	 * one problem that stopped it.
	 * @param file the content path the work is about, for the problem
	 * @param text what the work reads (front matter and body); a file that timed out with
	 * the same text is not tried again
	 * @param work the work; may throw anything
	 * @param fallback what to use instead of the result, given the problem to report
	 */
	public <T> T run(String file, String text, Callable<T> work, Function<ContentProblem, T> fallback) {
		Abandoned previous = this.abandoned.get(file);
		if (previous != null && previous.text().equals(text) && previous.finished().getCount() > 0) {
			return fallback.apply(tooSlow(file));
		}
		CountDownLatch finished = new CountDownLatch(1);
		Future<T> future = this.threads.submit(() -> {
			try {
				return work.call();
			}
			finally {
				finished.countDown();
			}
		});
		try {
			T result = future.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			this.abandoned.remove(file);
			return result;
		}
		catch (TimeoutException ex) {
			this.abandoned.put(file, new Abandoned(text, finished));
			logger.warn("Gave up rendering {} after {}", file, this.timeout);
			return fallback.apply(tooSlow(file));
		}
		catch (ExecutionException ex) {
			this.abandoned.remove(file);
			return fallback.apply(crashed(file, ex.getCause()));
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			return fallback.apply(ContentProblem.error(file, 1, "internal: build interrupted"));
		}
	}

	/** The time limit, in the words of the problem it causes. */
	private ContentProblem tooSlow(String file) {
		long millis = this.timeout.toMillis();
		String limit = (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
		return ContentProblem.error(file, 1, "render took longer than " + limit
				+ "; simplify the file (very long lines, unclosed constructs) or split it");
	}

	private static ContentProblem crashed(String file, Throwable cause) {
		if (cause instanceof StackOverflowError) {
			logger.warn("Stack overflow rendering {}", file);
			return ContentProblem.error(file, 1, "internal: nesting too deep to render (block quotes, lists or "
					+ "brackets inside each other); flatten it");
		}
		logger.warn("Rendering {} failed", file, cause);
		String message = cause.getMessage();
		return ContentProblem.error(file, 1, "internal: " + ((message == null || message.isBlank())
				? cause.getClass().getSimpleName() : message.strip().lines().findFirst().orElse("")));
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

	/** Work given up on; {@code finished} opens when its thread is done with it. */
	private record Abandoned(String text, CountDownLatch finished) {

	}

}
