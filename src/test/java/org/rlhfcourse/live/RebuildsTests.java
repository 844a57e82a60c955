package org.rlhfcourse.live;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RebuildsTests {

	private final AtomicInteger runs = new AtomicInteger();

	private final CountDownLatch release = new CountDownLatch(1);

	private final Rebuilds rebuilds = new Rebuilds(() -> {
		if (this.runs.incrementAndGet() == 1) {
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	});

	@AfterEach
	void close() {
		this.release.countDown();
		this.rebuilds.close();
	}

	@Test
	void requestsDuringARebuildAreCoalescedIntoOneMore() {
		this.rebuilds.request();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.runs.get() == 1);
		for (int i = 0; i < 50; i++) {
			this.rebuilds.request();
		}
		assertThat(this.runs).as("requests return without waiting for the rebuild").hasValue(1);
		this.release.countDown();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.runs.get() == 2);
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> this.runs.get() == 2);
	}

	@Test
	void requestAfterARebuildEndedRebuildsAgain() {
		this.release.countDown();
		this.rebuilds.request();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.runs.get() == 1);
		this.rebuilds.request();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.runs.get() == 2);
	}

	@Test
	void failedRebuildDoesNotStopLaterOnes() {
		AtomicInteger attempts = new AtomicInteger();
		try (Rebuilds failing = new Rebuilds(() -> {
			attempts.incrementAndGet();
			throw new IllegalStateException("broken");
		})) {
			failing.request();
			await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 1);
			failing.request();
			await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 2);
		}
	}

}
