package org.rlhfcourse.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.rlhfcourse.CourseSiteApplication;
import org.rlhfcourse.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site exported for {@code https://example.org/rlhf} and served by a plain file server
 * under {@code /rlhf/} only, as a project site on a shared host is: in Chromium its
 * styles apply, KaTeX's fonts load, links lead to its pages, and nothing the pages ask
 * for falls outside the path or is missing.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubPathExportBrowserTests {

	private static final Path CONTENT = Path.of("src/test/resources/fixtures/sub-path").toAbsolutePath();

	private HttpServer files;

	/** Every request the file server could not answer with a file. */
	private final List<String> failed = new CopyOnWriteArrayList<>();

	private Path site;

	@BeforeAll
	void exportAndServe(@TempDir Path out) throws IOException {
		this.site = out.resolve("site");
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			int exit = SiteCommands
				.run(CourseSiteApplication.class,
						new String[] { "export", "--out=" + this.site, "--site.content-dir=" + CONTENT,
								"--site.base-url=https://example.org/rlhf" },
						print)
				.orElseThrow();
			assertThat(exit).as(output.toString(StandardCharsets.UTF_8)).isZero();
		}
		this.files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.files.createContext("/", (exchange) -> {
			this.failed.add(exchange.getRequestURI().getPath());
			respond(exchange, 404, "outside /rlhf/".getBytes(StandardCharsets.UTF_8));
		});
		this.files.createContext("/rlhf/", (exchange) -> {
			String path = exchange.getRequestURI().getPath().substring("/rlhf/".length());
			Path file = this.site.resolve(path).normalize();
			if (file.startsWith(this.site) && Files.isDirectory(file)) {
				file = file.resolve("index.html");
			}
			if (file.startsWith(this.site) && Files.isRegularFile(file)) {
				exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
				respond(exchange, 200, Files.readAllBytes(file));
			}
			else {
				this.failed.add(exchange.getRequestURI().getPath());
				respond(exchange, 404, Files.readAllBytes(this.site.resolve("404.html")));
			}
		});
		this.files.start();
	}

	@BeforeEach
	void noRequestsYet() {
		this.failed.clear();
	}

	@AfterAll
	void stop() {
		if (this.files != null) {
			this.files.stop(0);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void pagesStylesFontsAndLinksWorkUnderThePath() throws Exception {
		try (Browser browser = Browser.start()) {
			ChromeDriver driver = browser.driver();
			driver.get(root() + "/rlhf/");
			assertThat(driver.getTitle()).contains("Sub-path course");
			assertThat(stylesheetRules(driver)).as("rules of the site's stylesheet").isGreaterThan(50);
			driver.findElement(By.cssSelector(".site-nav a[href='/rlhf/course'], nav a[href='/rlhf/course']")).click();
			new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
				.until(ExpectedConditions.urlToBe(root() + "/rlhf/course"));
			driver.findElement(By.cssSelector("a[href='/rlhf/course/one']")).click();
			new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
				.until(ExpectedConditions.urlToBe(root() + "/rlhf/course/one"));
			assertThat(driver.findElements(By.cssSelector(".katex"))).isNotEmpty();
			Object katexFonts = driver.executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					document.fonts.ready.then(function () {
					  done(Array.from(document.fonts)
					    .filter(function (f) { return f.family.indexOf('KaTeX') >= 0 && f.status === 'loaded'; })
					    .map(function (f) { return f.family; }));
					});""");
			assertThat((List<Object>) katexFonts).as("KaTeX fonts loaded").contains("KaTeX_Main", "KaTeX_Math");
			assertThat(((Number) driver.executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					var image = document.querySelector('figure img');
					image.loading = 'eager';
					image.decode().then(function () { done(image.naturalWidth); }, function () { done(-1); });"""))
				.intValue()).as("the figure's image loaded").isEqualTo(200);
			browser.screenshot("sub_path_chapter");
			List<String> books = driver.findElements(By.cssSelector("a[href$='.epub'], a[href$='.pdf']"))
				.stream()
				.map((link) -> link.getDomAttribute("href"))
				.toList();
			assertThat(books).contains("/rlhf/course/rlhf-course.epub", "/rlhf/course/rlhf-course.pdf");
			for (String book : books) {
				assertThat(status(book)).as(book).isEqualTo(200);
			}
			driver.findElement(By.cssSelector("a[href='/rlhf/course/two']")).click();
			new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
				.until(ExpectedConditions.urlToBe(root() + "/rlhf/course/two"));
			assertThat(stylesheetRules(driver)).isGreaterThan(50);
			assertThat(driver.findElement(By.cssSelector("form[role=search]")).getDomAttribute("action"))
				.isEqualTo("/rlhf/search");
		}
		assertThat(this.failed).as("requests the exported pages made that found no file").isEmpty();
	}

	@Test
	void theNotFoundPageIsStyledAtAnyDepth() throws Exception {
		try (Browser browser = Browser.start()) {
			ChromeDriver driver = browser.driver();
			driver.get(root() + "/rlhf/course/no/such/page");
			assertThat(stylesheetRules(driver)).isGreaterThan(50);
			driver.findElement(By.cssSelector("main a[href='/rlhf/course']")).click();
			new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
				.until(ExpectedConditions.urlToBe(root() + "/rlhf/course"));
		}
		assertThat(this.failed).containsExactly("/rlhf/course/no/such/page");
	}

	private String root() {
		return "http://127.0.0.1:" + this.files.getAddress().getPort();
	}

	private int status(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(root() + path)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/**
	 * The number of rules in the page's stylesheets from this site (0 if none loaded).
	 */
	private static int stylesheetRules(ChromeDriver driver) {
		return ((Number) driver.executeScript("""
				return Array.from(document.styleSheets)
				  .filter(function (s) { return s.href && s.href.indexOf('/rlhf/css/site') >= 0; })
				  .reduce(function (n, s) { return n + s.cssRules.length; }, 0);""")).intValue();
	}

	private static String contentType(String name) {
		String extension = name.substring(name.lastIndexOf('.') + 1);
		return switch (extension) {
			case "html" -> "text/html; charset=utf-8";
			case "css" -> "text/css";
			case "js" -> "text/javascript";
			case "svg" -> "image/svg+xml";
			case "woff2" -> "font/woff2";
			default -> "application/octet-stream";
		};
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream response = exchange.getResponseBody()) {
			response.write(body);
		}
	}

}
