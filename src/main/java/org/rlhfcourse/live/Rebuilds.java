package org.rlhfcourse.live;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rebuilds of the site one at a time on one background thread, coalescing requests:
 * at most one rebuild runs and one waits, so any number of saves during a rebuild cause
 * one more rebuild after it, which reads the files as they are by then. Readers are
 * served from the last snapshot meanwhile; the rebuild never uses more than the one
 * thread, so on a small machine the other cores keep answering requests at full speed.
 * The thread asks for low priority, which the operating system may or may not honour.
 * Thread-safe.
 */
final class Rebuilds implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Rebuilds.class);

	private final Runnable rebuild;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(
			Thread.ofPlatform().name("site-rebuild").daemon().priority(Thread.MIN_PRIORITY).factory());

	private final AtomicBoolean waiting = new AtomicBoolean();

	Rebuilds(Runnable rebuild) {
		this.rebuild = rebuild;
	}

	/**
	 * Asks for a rebuild; returns at once. Does nothing when a rebuild is already waiting
	 * to start, since that one will see this change too.
	 */
	void request() {
		if (this.waiting.compareAndSet(false, true)) {
			this.thread.execute(this::run);
		}
	}

	private void run() {
		this.waiting.set(false);
		try {
			this.rebuild.run();
		}
		catch (RuntimeException ex) {
			logger.error("Rebuilding the site failed", ex);
		}
	}

	/** Stops; a rebuild running is interrupted and none waiting starts. */
	@Override
	public void close() {
		this.thread.shutdownNow();
		try {
			this.thread.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
