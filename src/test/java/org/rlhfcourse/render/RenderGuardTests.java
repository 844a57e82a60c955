package org.rlhfcourse.render;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.rlhfcourse.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What stops one file's work turns into one problem for that file: exceptions, stack
 * overflows, computing past the CPU limit and waiting past the clock's limit.
 */
class RenderGuardTests {

	private final RenderGuard guard = new RenderGuard(Duration.ofMillis(300), Duration.ofSeconds(2));

	private final CountDownLatch never = new CountDownLatch(1);

	@AfterEach
	void close() {
		this.never.countDown();
		this.guard.close();
	}

	@Test
	void resultOfWorkThatEndsIsReturned() {
		assertThat(this.guard.run("chapters/01-a.md", "text", () -> "html", ContentProblem::message)).isEqualTo("html");
	}

	@Test
	void exceptionBecomesAnInternalProblemOnTheFilesFirstLine() {
		String problem = this.guard.run("decks/a.md", "text", () -> {
			throw new IllegalArgumentException("Illegal character in scheme name at index 0: .slide{}");
		}, ContentProblem::toString);
		assertThat(problem)
			.isEqualTo("decks/a.md:1:1: error: internal: Illegal character in scheme name at index 0: .slide{}");
	}

	@Test
	void exceptionWithoutMessageIsNamedByItsType() {
		String problem = this.guard.run("pages/a.md", "text", () -> {
			throw new NullPointerException();
		}, ContentProblem::message);
		assertThat(problem).isEqualTo("internal: NullPointerException");
	}

	@Test
	void stackOverflowBecomesOneProblemAboutNesting() {
		String problem = this.guard.run("chapters/01-a.md", "text", () -> recurse(0), ContentProblem::toString);
		assertThat(problem).startsWith("chapters/01-a.md:1:1: error: internal: nesting too deep to render");
	}

	@Test
	void workComputingPastTheCpuLimitIsGivenUpWithAProblem() {
		String problem = this.guard.run("chapters/01-a.md", "text", this::spin, ContentProblem::toString);
		assertThat(problem).startsWith("chapters/01-a.md:1:1: error: render took longer than 300ms of CPU time "
				+ "(site.render.file-timeout)");
	}

	@Test
	void workThatOnlyWaitsIsGivenUpByTheClockWithAProblemSayingSo() {
		String problem = this.guard.run("chapters/01-a.md", "text", () -> {
			this.never.await();
			return "never";
		}, ContentProblem::toString);
		assertThat(problem).startsWith("chapters/01-a.md:1:1: error: render made no progress for 2s (it was waiting");
	}

	@Test
	void workThatTakesLongerByTheClockThanTheCpuLimitStillFinishes() {
		String result = this.guard.run("chapters/01-a.md", "text", () -> {
			Thread.sleep(600);
			return "html";
		}, ContentProblem::message);
		assertThat(result).as("half a second of sleeping is no work: the 300ms CPU limit does not apply")
			.isEqualTo("html");
	}

	@Test
	void fileIsNotStartedAgainWhileItsAbandonedAttemptStillRuns() {
		AtomicInteger attempts = new AtomicInteger();
		for (int i = 0; i < 3; i++) {
			String problem = this.guard.run("chapters/01-a.md", "slow text", () -> {
				attempts.incrementAndGet();
				return spin();
			}, ContentProblem::message);
			assertThat(problem).startsWith("render took longer than");
		}
		assertThat(attempts).hasValue(1);
		String edited = this.guard.run("chapters/01-a.md", "edited text", () -> {
			attempts.incrementAndGet();
			return "html";
		}, ContentProblem::message);
		assertThat(edited).isEqualTo("html");
		assertThat(attempts).hasValue(2);
	}

	@Test
	void fileThatWasOnlySlowOnceIsTriedAgainOnceItsAttemptEnded() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch ended = new CountDownLatch(1);
		String first = this.guard.run("chapters/01-a.md", "text", () -> {
			while (release.getCount() > 0) {
				Thread.onSpinWait();
			}
			ended.countDown();
			return "late";
		}, ContentProblem::message);
		assertThat(first).startsWith("render took longer than");
		release.countDown();
		ended.await();
		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> this.guard.run("chapters/01-a.md", "text", () -> "html", ContentProblem::message),
					"html"::equals);
	}

	@Test
	void limitInWholeSecondsIsWrittenInSeconds() {
		try (RenderGuard seconds = new RenderGuard(Duration.ofSeconds(1), Duration.ofSeconds(30))) {
			String problem = seconds.run("pages/a.md", "text", this::spin, ContentProblem::message);
			assertThat(problem).startsWith("render took longer than 1s");
		}
	}

	@Test
	void limitMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RenderGuard(Duration.ZERO, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RenderGuard(Duration.ofSeconds(2), Duration.ofSeconds(1)));
	}

	/** Computes until the test ends, as a pathological file would. */
	private String spin() {
		while (this.never.getCount() > 0) {
			Thread.onSpinWait();
		}
		return "never";
	}

	private static String recurse(int depth) {
		return recurse(depth + 1) + depth;
	}

}
