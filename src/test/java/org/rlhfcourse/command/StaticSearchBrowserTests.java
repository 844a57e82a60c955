package org.rlhfcourse.command;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.browser.BrowserSession;
import org.rlhfcourse.search.SearchHit;
import org.rlhfcourse.search.SiteSearch;
import org.rlhfcourse.site.SiteHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in a static export served by a plain file server (the JDK's), in headless
 * Chromium: results while typing and on the exported search page come from the exported
 * index, and their top five match the server's for English, Japanese, misspelt and
 * accented queries. The export holds the pages without links to the course downloads (the
 * decks, essays and profile, with the whole search index), which spares the test the
 * making of the EPUB and PDF; hits on chapters are compared by address.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.base-url=https://course.example.org")
class StaticSearchBrowserTests {

	/**
	 * Queries a reader might type: English words and phrases, misspellings, accents typed
	 * or not, and Japanese.
	 */
	static final List<String> QUERIES = List.of("reward model", "bradley terry", "dpo", "kl divergence", "ppo clipping",
			"rejection sampling", "constitutional ai", "instruction tuning", "preference data", "over-optimization",
			"reward hacking", "chain of thought", "verifiable rewards", "synthetic data", "tool use", "evaluation",
			"regularization", "policy gradient", "advantage estimation", "value function", "llm as a judge",
			"reward modleing", "prefernce optimisation", "bradly", "rejction sampling", "regularisation", "evalution",
			"Tülu", "tulu 3", "TÜLU", "rêward modél", "préférence", "研究所", "報酬モデル", "ポストトレーニング", "強化学習", "オープン");

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	@LocalServerPort
	private int port;

	@Autowired
	private SiteHolder site;

	@Autowired
	private SiteSearch search;

	@TempDir
	static Path out;

	private Path folder;

	private HttpServer files;

	private String exported;

	@BeforeAll
	void exportAndServe() throws Exception {
		this.folder = out.resolve("site");
		URI server = URI.create("http://127.0.0.1:" + this.port);
		List<String> pages = new ArrayList<>();
		for (String page : this.site.current().urls()) {
			if (!page.startsWith("/course")) {
				pages.add(page);
			}
		}
		new SiteExporter(server).export(pages, this.folder);
		new StaticSearchExport(server).write(this.site.current(), this.folder);
		this.files = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), this.folder,
				SimpleFileServer.OutputLevel.NONE);
		this.files.start();
		this.exported = "http://127.0.0.1:" + this.files.getAddress().getPort();
	}

	@AfterAll
	void stop() {
		if (this.files != null) {
			this.files.stop(0);
		}
	}

	@Test
	void typingOnAnExportedPageSuggestsHitsFromTheExportedIndexAndEnterShowsTheSearchPage() {
		driver().get(this.exported + "/essay/");
		WebElement input = driver().findElement(By.id("site-search-q"));
		input.sendKeys("reward model");
		List<WebElement> options = new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions
			.numberOfElementsToBeMoreThan(By.cssSelector("#site-search-q-listbox [role=option]"), 0));
		assertThat(options.get(0).getText()).containsIgnoringCase("reward");
		assertThat(options.get(0).findElements(By.tagName("mark"))).isNotEmpty();
		assertThat(options.get(options.size() - 1).getText()).matches("All \\d+ results");
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/search/?q=reward"));
		WebElement status = driver().findElement(By.className("search-status"));
		new WebDriverWait(driver(), Duration.ofSeconds(20))
			.until((d) -> status.getText().matches("\\d+ results for “reward model”"));
		int total = Integer.parseInt(status.getText().replaceAll("\\D.*", ""));
		assertThat(total).as("every hit counted").isGreaterThan(50);
		List<WebElement> hits = new WebDriverWait(driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".search-results .search-hit"), 19));
		assertThat(hits).hasSize(20).allSatisfy((hit) -> {
			assertThat(hit.findElement(By.className("search-hit-snippet")).getText()).isNotBlank();
		});
		driver().findElement(By.className("search-more")).click();
		new WebDriverWait(driver(), Duration.ofSeconds(20))
			.until((d) -> d.findElements(By.cssSelector(".search-results .search-hit")).size() == Math.min(40, total));
	}

	@Test
	void theExportedSearchPageSaysSearchNeedsJavaScriptWhereItDoes() throws IOException {
		String page = Files.readString(this.folder.resolve("search/index.html"));
		assertThat(page)
			.contains("<noscript><p class=\"search-problem\">Searching this copy of the course needs " + "JavaScript");
		assertThat(Files.readString(this.folder.resolve("ja/search/index.html"))).contains("<html lang=\"ja\"")
			.contains("JavaScriptが必要です");
		driver().get(this.exported + "/ja/search/?q=" + URLEncoder.encode("研究所", StandardCharsets.UTF_8));
		new WebDriverWait(driver(), Duration.ofSeconds(20))
			.until((d) -> !d.findElements(By.cssSelector(".search-results .search-hit")).isEmpty());
		assertThat(driver().findElement(By.className("search-status")).getText()).contains("件");
		assertThat(driver().findElement(By.cssSelector(".search-results .search-hit a")).getAttribute("href"))
			.contains("/ja/essay");
	}

	@Test
	void theTopFiveOfTheExportMatchTheServersAndAQueryDownloadsAFractionOfTheIndex() throws Exception {
		assertThat(QUERIES).hasSizeGreaterThanOrEqualTo(30);
		double overlap = 0;
		List<Long> downloads = new ArrayList<>();
		List<String> report = new ArrayList<>();
		for (String query : QUERIES) {
			List<String> expected = this.search.search(query, 5).hits().stream().map(SearchHit::url).toList();
			driver().get(this.exported + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
			new WebDriverWait(driver(), Duration.ofSeconds(20)).until((d) -> {
				String status = d.findElement(By.className("search-status")).getText();
				return status.contains("No results") || status.contains("に一致する結果はありません")
						|| !d.findElements(By.cssSelector(".search-results .search-hit")).isEmpty();
			});
			List<String> actual = driver().findElements(By.cssSelector(".search-results .search-hit-title a"))
				.stream()
				.limit(5)
				.map((link) -> siteAddress(link.getAttribute("href")))
				.toList();
			double shared = expected.isEmpty() ? (actual.isEmpty() ? 1 : 0)
					: expected.stream().filter(actual::contains).count() / (double) expected.size();
			overlap += shared;
			downloads.add(downloaded());
			report.add(String.format("%.2f %s%n  server %s%n  static %s", shared, query, expected, actual));
		}
		overlap /= QUERIES.size();
		long total = size(this.folder.resolve("search-index"), "");
		long html = size(this.folder, ".html");
		downloads.sort(null);
		System.out.printf(
				"static search: top-5 overlap %.3f over %d queries; index %d KB in all, per query median %d KB, "
						+ "max %d KB; exported HTML %d KB%n%s%n",
				overlap, QUERIES.size(), total / 1024, downloads.get(downloads.size() / 2) / 1024,
				downloads.get(downloads.size() - 1) / 1024, html / 1024, String.join("\n", report));
		assertThat(overlap).as(String.join("\n", report)).isGreaterThanOrEqualTo(0.8);
		assertThat(downloads.get(downloads.size() - 1)).as("largest download of one query").isLessThan(total / 3);
	}

	/** A link's address on the site, decoded as the server's hits have it. */
	private String siteAddress(String href) {
		URI link = URI.create(href);
		return link.getPath() + ((link.getFragment() != null) ? "#" + link.getFragment() : "");
	}

	/**
	 * The bytes of the exported index the current page fetched, by the sizes of its
	 * files.
	 */
	private long downloaded() throws IOException {
		@SuppressWarnings("unchecked")
		List<String> fetched = (List<String>) driver().executeScript(
				"return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search-index/'))");
		Set<String> distinct = new LinkedHashSet<>(fetched);
		long bytes = 0;
		for (String url : distinct) {
			bytes += Files.size(this.folder.resolve(URI.create(url).getPath().substring(1)));
		}
		return bytes;
	}

	private static long size(Path folder, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile)
				.filter((path) -> path.toString().endsWith(suffix))
				.mapToLong((path) -> path.toFile().length())
				.sum();
		}
	}

	private static ChromeDriver driver() {
		return browser.driver();
	}

}
