package org.rlhfcourse.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rlhfcourse.content.ContentProblem;

/**
 * Runs the work on one content file (rendering a chapter, a page or a deck, parsing a
 * bibliography) so that no file can stop the build: an exception or a stack overflow
 * becomes the problem {@code file:1: internal: …}, and work past its limit is abandoned
 * with one problem. The rest of the site builds either way.
 * <p>
 * The limit counts the work the file's thread did (its CPU time), not the clock: on a
 * machine busy with other work a valid file renders slowly but never fails. Only a file
 * whose thread computes for longer than {@code cpuLimit} is given up as too complex. Work
 * that stops making progress (waiting, not computing) is given up after {@code waitLimit}
 * of wall-clock time, so a build can never hang. Where the JVM cannot measure thread CPU
 * time, the clock stands in for it.
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

	private static final long POLL_NANOS = Duration.ofMillis(50).toNanos();

	private static final String TOO_SLOW = "render took longer than ";

	private static final String NO_PROGRESS = "render made no progress for ";

	/** The start of the message of a file whose nesting overflowed the stack. */
	static final String NESTING_TOO_DEEP = "internal: nesting too deep to render";

	private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

	private final Duration cpuLimit;

	private final Duration waitLimit;

	private final ExecutorService threads = Executors
		.newCachedThreadPool(Thread.ofPlatform().name("render-", 0).daemon().factory());

	/** The attempts given up while still running, by path. */
	private final Map<String, Abandoned> abandoned = new ConcurrentHashMap<>();

	private final AtomicInteger workEnded = new AtomicInteger();

	/**
	 * @param cpuLimit how much CPU time one file's work may take; positive
	 * @param waitLimit how long one file's work may take by the clock, a safety net for
	 * work that waits instead of computing; at least {@code cpuLimit}
	 */
	public RenderGuard(Duration cpuLimit, Duration waitLimit) {
		if (cpuLimit.isNegative() || cpuLimit.isZero()) {
			throw new IllegalArgumentException("timeout must be positive, was " + cpuLimit);
		}
		if (waitLimit.compareTo(cpuLimit) < 0) {
			throw new IllegalArgumentException(
					"wait limit " + waitLimit + " is shorter than the CPU limit " + cpuLimit);
		}
		this.cpuLimit = cpuLimit;
		this.waitLimit = waitLimit;
		if (this.cpu.isThreadCpuTimeSupported() && !this.cpu.isThreadCpuTimeEnabled()) {
			this.cpu.setThreadCpuTimeEnabled(true);
		}
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
		AtomicLong worker = new AtomicLong(-1);
		Future<T> future = this.threads.submit(() -> {
			worker.set(Thread.currentThread().threadId());
			try {
				return work.call();
			}
			finally {
				this.workEnded.incrementAndGet();
				finished.countDown();
			}
		});
		try {
			T result = awaitWithinLimits(future, worker);
			this.abandoned.remove(file);
			return result;
		}
		catch (LimitExceeded ex) {
			this.abandoned.put(file, new Abandoned(text, finished));
			logger.warn("Gave up rendering {}: {}", file, ex.getMessage());
			return fallback.apply(ex.waited ? waitedTooLong(file) : tooSlow(file));
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

	/**
	 * Waits for the work until it ends, its thread has used {@code cpuLimit} of CPU time,
	 * or {@code waitLimit} has passed by the clock.
	 */
	private <T> T awaitWithinLimits(Future<T> future, AtomicLong worker)
			throws ExecutionException, InterruptedException, LimitExceeded {
		long start = System.nanoTime();
		while (true) {
			try {
				return future.get(POLL_NANOS, TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				long elapsed = System.nanoTime() - start;
				if (elapsed >= this.waitLimit.toNanos()) {
					throw new LimitExceeded(true, "no result after " + this.waitLimit + " by the clock");
				}
				if (workTime(worker.get(), elapsed) >= this.cpuLimit.toNanos()) {
					throw new LimitExceeded(false, "used " + this.cpuLimit + " of CPU time");
				}
			}
		}
	}

	/**
	 * CPU time of the worker thread, or the elapsed time where that cannot be measured.
	 */
	private long workTime(long thread, long elapsed) {
		if (thread < 0 || !this.cpu.isThreadCpuTimeSupported()) {
			return (thread < 0) ? 0 : elapsed;
		}
		long time = this.cpu.getThreadCpuTime(thread);
		return (time < 0) ? elapsed : time;
	}

	/** The CPU limit, in the words of the problem it causes. */
	private ContentProblem tooSlow(String file) {
		return ContentProblem.error(file, 1, TOO_SLOW + words(this.cpuLimit)
				+ " of CPU time (site.render.file-timeout); simplify the file (very long lines, unclosed constructs) "
				+ "or split it");
	}

	/** The clock's safety net, in the words of the problem it causes. */
	private ContentProblem waitedTooLong(String file) {
		return ContentProblem.error(file, 1,
				NO_PROGRESS + words(this.waitLimit)
						+ " (it was waiting, not computing; the machine may be overloaded); try again, or raise "
						+ "site.render.file-timeout");
	}

	/**
	 * Whether {@code problem} is a file given up for passing a limit (CPU time or the
	 * clock) rather than for what it contains: the same file may build on a quieter
	 * machine, so its last good output is worth keeping.
	 */
	public static boolean isTimeout(ContentProblem problem) {
		return problem.line() <= 1
				&& (problem.message().startsWith(TOO_SLOW) || problem.message().startsWith(NO_PROGRESS));
	}

	private static String words(Duration limit) {
		long millis = limit.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	private static ContentProblem crashed(String file, Throwable cause) {
		if (cause instanceof StackOverflowError) {
			logger.warn("Stack overflow rendering {}", file);
			return ContentProblem.error(file, 1,
					NESTING_TOO_DEEP + " (block quotes, lists or brackets inside each other); flatten it");
		}
		logger.warn("Rendering {} failed", file, cause);
		String message = cause.getMessage();
		return ContentProblem.error(file, 1, "internal: " + ((message == null || message.isBlank())
				? cause.getClass().getSimpleName() : message.strip().lines().findFirst().orElse("")));
	}

	/** How many pieces of work have ended, in any way, since this guard was made. */
	public int workEnded() {
		return this.workEnded.get();
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

	/** Work past a limit: by the clock ({@code waited}) or by its CPU time. */
	private static final class LimitExceeded extends Exception {

		private final boolean waited;

		LimitExceeded(boolean waited, String message) {
			super(message, null, false, false);
			this.waited = waited;
		}

	}

	/** Work given up on; {@code finished} opens when its thread is done with it. */
	private record Abandoned(String text, CountDownLatch finished) {

	}

}
