package org.rlhfcourse.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.site.SiteBuilder;
import org.rlhfcourse.site.SiteBuilt;
import org.rlhfcourse.site.SiteHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Saves arriving faster than the site rebuilds cause one rebuild or two, never one per
 * save, and rebuilds run in the background. Rebuilds are counted by their
 * {@link SiteBuilt} events.
 */
class LiveReloadTests {

	@TempDir
	Path content;

	private final List<SiteBuilt> builds = new CopyOnWriteArrayList<>();

	private LiveReload live;

	@AfterEach
	void stop() {
		if (this.live != null) {
			this.live.stop();
		}
	}

	@Test
	void burstOfSavesSeenByTheWatcherCausesOneOrTwoRebuilds() throws Exception {
		SiteHolder site = site();
		this.live = liveReload(site, Duration.ofMillis(500));
		this.live.start();
		for (int i = 1; i <= 20; i++) {
			save("Save " + i + ".");
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> site.current().chapter("one").orElseThrow().html().contains("Save 20."));
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> this.builds.size() <= 3);
		assertThat(this.builds.size() - 1).as("rebuilds after start-up").isBetween(1, 2);
	}

	@Test
	void rebuildsRunOnOneBackgroundThread() throws Exception {
		List<String> threads = new CopyOnWriteArrayList<>();
		SiteHolder site = new SiteHolder(new DirectoryContentSource(this.content), new ContentLoader(), builder(),
				(event) -> threads.add(Thread.currentThread().getName()));
		this.live = liveReload(site, Duration.ofMillis(50));
		this.live.start();
		this.live.changed(Set.of(this.content));
		await().atMost(Duration.ofSeconds(10)).until(() -> threads.size() == 2);
		assertThat(threads.get(1)).isEqualTo("site-rebuild");
	}

	private SiteHolder site() throws IOException {
		Files.writeString(this.content.resolve("site.yml"), "title: Live\n");
		Files.createDirectories(this.content.resolve("chapters"));
		save("First version.");
		return new SiteHolder(new DirectoryContentSource(this.content), new ContentLoader(), builder(),
				(event) -> this.builds.add((SiteBuilt) event));
	}

	private LiveReload liveReload(SiteHolder site, Duration debounce) {
		return new LiveReload(site, Optional.of(this.content), new LiveReloadProperties(true, List.of(), debounce),
				new ReloadEvents());
	}

	private static SiteBuilder builder() {
		return new SiteBuilder(new MarkdownRenderer((tex, display) -> tex, CodeHighlighter.NONE), Clock.systemUTC(), "",
				SiteBuilder.DEFAULT_FILE_TIMEOUT);
	}

	private void save(String text) throws IOException {
		Files.writeString(this.content.resolve("chapters/01-one.md"), "---\ntitle: One\n---\n\n" + text + "\n");
	}

}
