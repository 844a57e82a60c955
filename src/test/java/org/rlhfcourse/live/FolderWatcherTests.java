package org.rlhfcourse.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FolderWatcherTests {

	@TempDir
	Path content;

	@TempDir
	Path templates;

	private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

	@Test
	void burstOfChangesIsOneBatchNamingTheRootThatChanged() throws Exception {
		Files.createDirectories(this.content.resolve("chapters"));
		try (FolderWatcher watcher = watch()) {
			for (int i = 0; i < 5; i++) {
				Files.writeString(this.content.resolve("chapters/0" + i + "-x.md"), "text " + i);
			}
			assertThat(this.batches.poll(5, TimeUnit.SECONDS)).containsExactly(this.content.toRealPath());
			assertNoBatchFor(Duration.ofMillis(500));
		}
	}

	@Test
	void changesInFoldersCreatedAfterStartAreSeen() throws Exception {
		try (FolderWatcher watcher = watch()) {
			Path decks = Files.createDirectories(this.content.resolve("decks/new"));
			this.batches.poll(5, TimeUnit.SECONDS);
			// Drained once the folder's own events stop: no batch for 200 ms.
			await().atMost(Duration.ofSeconds(5)).until(() -> this.batches.poll(200, TimeUnit.MILLISECONDS) == null);
			Files.writeString(decks.resolve("deck.md"), "# Slide");
			assertThat(this.batches.poll(5, TimeUnit.SECONDS)).containsExactly(this.content.toRealPath());
		}
	}

	@Test
	void eachRootIsReportedSeparately() throws Exception {
		try (FolderWatcher watcher = watch()) {
			Files.writeString(this.templates.resolve("home.html"), "<p>home</p>");
			assertThat(this.batches.poll(5, TimeUnit.SECONDS)).containsExactly(this.templates.toRealPath());
		}
	}

	@Test
	void hiddenFilesAndEditorBackupsAreIgnored() throws Exception {
		try (FolderWatcher watcher = watch()) {
			Files.writeString(this.content.resolve(".chapter.md.swp"), "swap");
			Files.writeString(this.content.resolve("chapter.md~"), "backup");
			assertNoBatchFor(Duration.ofMillis(600));
		}
	}

	@Test
	void nothingIsDeliveredAfterClose() throws Exception {
		FolderWatcher watcher = watch();
		watcher.close();
		Files.writeString(this.content.resolve("late.md"), "late");
		assertNoBatchFor(Duration.ofMillis(500));
	}

	@Test
	void missingFoldersAreSkipped() throws Exception {
		try (FolderWatcher watcher = new FolderWatcher(List.of(this.content.resolve("absent"), this.content),
				Duration.ofMillis(50), this.batches::add)) {
			assertThat(watcher.roots()).containsExactly(this.content.toAbsolutePath().normalize());
		}
	}

	private void assertNoBatchFor(Duration quiet) {
		await().alias("no batch").during(quiet).atMost(quiet.multipliedBy(2)).until(this.batches::isEmpty);
	}

	private FolderWatcher watch() throws IOException {
		return new FolderWatcher(List.of(this.content.toRealPath(), this.templates.toRealPath()),
				Duration.ofMillis(100), this.batches::add);
	}

}
