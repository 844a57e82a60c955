package org.rlhfcourse.live;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.rlhfcourse.SiteHttpClient;
import org.rlhfcourse.site.SiteHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An author's session: the site runs on a content folder with live reload on, files are
 * edited, and the pages and the event stream answer as a browser tab would see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveReloadIntegrationTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CONTENT = createContent();

	private static final Path TEMPLATES = createFolder("live-reload-templates");

	@LocalServerPort
	private int port;

	@Autowired
	private SiteHolder site;

	@Autowired
	private ReloadEvents events;

	private final SiteHttpClient http = SiteHttpClient.localhost(() -> this.port);

	@DynamicPropertySource
	static void liveReloadOnContent(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", CONTENT::toString);
		registry.add("site.live-reload.enabled", () -> "true");
		registry.add("site.live-reload.debounce", () -> "50ms");
		registry.add("site.live-reload.watch", TEMPLATES::toString);
	}

	@BeforeEach
	void restoreGoodContent() throws Exception {
		if (!Files.readString(CONTENT.resolve("chapters/02-second.md")).contains("The second chapter.")) {
			writeSecond("The second chapter.");
			awaitPage("/course/second",
					(body) -> body.contains("The second chapter.") && !body.contains("content-errors"));
			// Let the watcher go quiet, so no rebuild of this write lands in the test.
			await().atMost(Duration.ofSeconds(5))
				.until(() -> this.site.current().builtAt().isBefore(Instant.now().minusMillis(300)));
		}
	}

	@Test
	void pagesLoadTheReloadScriptFromAStaticFile() throws Exception {
		String page = this.http.get("/course/first").body();
		String script = page.replaceAll("(?s).*<script src=\"(/js/live-reload[^\"]*\\.js)\" defer></script>.*", "$1");
		assertThat(script).startsWith("/js/live-reload");
		assertThat(this.http.get(script).body()).contains("new EventSource('/_dev/events')").contains("'reload'");
	}

	@Test
	void editedChapterIsServedAndOpenTabsAreToldToReload() throws Exception {
		BlockingQueue<String> events = openEventStream();
		assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo(":live reload");
		writeSecond("An edited second chapter.");
		awaitPage("/course/second", (body) -> body.contains("An edited second chapter."));
		assertThat(nextEvent(events)).isEqualTo("event:reload");
	}

	@Test
	void badEditKeepsTheLastGoodPageAndShowsTheErrorUntilFixed() throws Exception {
		writeSecond("Good text, then a link to [nowhere](/course/nowhere).");
		String page = awaitPage("/course/second", (body) -> body.contains("content-errors"));
		assertThat(page).contains("The second chapter.")
			.doesNotContain("Good text")
			.contains("you are seeing the last good version")
			.contains(
					"chapters/02-second.md:5:37: error: broken link: no chapter, deck or page is served at /course/nowhere");
		assertThat(this.http.get("/").body()).as("every page shows the banner").contains("chapters/02-second.md:5:37");
		assertThat(this.site.rejectedProblems()).hasSize(1);
		writeSecond("Fixed text.");
		page = awaitPage("/course/second", (body) -> body.contains("Fixed text."));
		assertThat(page).doesNotContain("content-errors");
		assertThat(this.site.rejectedProblems()).isEmpty();
	}

	@Test
	void changeInAWatchedTemplateFolderTellsTabsToReloadWithoutARebuild() throws Exception {
		BlockingQueue<String> events = openEventStream();
		assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo(":live reload");
		Instant builtAt = this.site.current().builtAt();
		Files.writeString(TEMPLATES.resolve("page.html"), "<p>changed</p>", StandardCharsets.UTF_8);
		assertThat(nextEvent(events)).isEqualTo("event:reload");
		assertThat(this.site.current().builtAt()).isEqualTo(builtAt);
	}

	@Test
	void changeInAnyContentFileRebuildsTheSite() throws Exception {
		Instant builtAt = this.site.current().builtAt();
		Files.writeString(CONTENT.resolve("chapters/figure.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>",
				StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.site.current().builtAt().isAfter(builtAt));
		assertThat(this.site.current().assets()).containsKey("chapters/figure.svg");
	}

	@Test
	@Tag("browser")
	void openBrowserTabReloadsItselfAfterAnEdit() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
				+ "; skipping the browser test (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		try {
			int listening = this.events.listeners();
			browser.get(this.http.uri("/course/second").toString());
			new WebDriverWait(browser, Duration.ofSeconds(5)).until((driver) -> this.events.listeners() > listening);
			JavascriptExecutor script = (JavascriptExecutor) browser;
			script.executeScript("window.beforeEdit = true;");
			writeSecond("Seen in the browser without pressing reload.");
			new WebDriverWait(browser, Duration.ofSeconds(5))
				.until((driver) -> driver.getPageSource().contains("Seen in the browser without pressing reload."));
			assertThat(script.executeScript("return window.beforeEdit === undefined")).as("the page was reloaded")
				.isEqualTo(Boolean.TRUE);
		}
		finally {
			browser.quit();
		}
	}

	private BlockingQueue<String> openEventStream() {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		CompletableFuture<HttpResponse<Stream<String>>> response = this.http.sendAsync(
				this.http.request("/_dev/events", "Accept", "text/event-stream"), HttpResponse.BodyHandlers.ofLines());
		Thread.ofVirtual().start(() -> response.join().body().forEach(lines::add));
		return lines;
	}

	/** The next {@code event:} line of the stream, skipping data and comment lines. */
	private static String nextEvent(BlockingQueue<String> lines) {
		return await().alias("next event")
			.atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(10))
			.until(lines::poll, (line) -> line != null && line.startsWith("event:"));
	}

	private String awaitPage(String path, Predicate<String> ready) {
		return await().alias("page " + path)
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.http.get(path).body(), ready);
	}

	private static void writeSecond(String text) throws IOException {
		write(CONTENT, "chapters/02-second.md", "---\ntitle: Second\n---\n\n" + text + "\n");
	}

	private static Path createFolder(String name) {
		try {
			Path folder = Files.createTempDirectory(name);
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path createContent() {
		try {
			Path root = createFolder("live-reload-content");
			write(root, "site.yml", "title: Live\nnavigation:\n  - label: Course\n    url: /course\n");
			write(root, "course.yml", "intro: Read in order.\n");
			write(root, "chapters/01-first.md", "---\ntitle: First\n---\n\nThe first chapter, with $x$.\n");
			write(root, "chapters/02-second.md", "---\ntitle: Second\n---\n\nThe second chapter.\n");
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path root, String path, String text) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
