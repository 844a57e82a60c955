package org.rlhfcourse.command;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SiteExporterTests {

	private static final String HOME = """
			<!DOCTYPE html><html><head><link rel="stylesheet" href="/css/site.css"></head>
			<body><a href="/course">Course</a> <a href="https://example.org/rlhf/course">canonical</a>
			<img src="/img/a.png" alt=""><form action="/search"><input data-search-live="/search.json"></form>
			<a href="#top">top</a></body></html>""";

	private static final String CSS = "@font-face{font-family:F;src:url(/fonts/f.woff2) format(\"woff2\")}"
			+ ".x{background:url(dots.png)}";

	private static final Map<String, String> SITE = Map.of("/", HOME, "/course", "<a href=\"/\">Home</a>",
			"/css/site.css", CSS, "/fonts/f.woff2", "font", "/css/dots.png", "dots", "/img/a.png", "image",
			"/robots.txt", "Sitemap: https://example.org/rlhf/sitemap.xml", "/sitemap.xml", "<urlset/>", "/feed.xml",
			"<feed/>", "/llms.txt", "# Site");

	private HttpServer server;

	private final List<String> asked = new ArrayList<>();

	@TempDir
	Path out;

	@BeforeEach
	void serve() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			this.asked.add(path);
			String body = SITE.getOrDefault(path, (path.equals("/llms-full.txt")) ? "# Site, in full" : null);
			byte[] bytes = ((body != null) ? body : "<a href=\"/\">Not found</a>").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders((body != null) ? 200 : 404, bytes.length);
			try (OutputStream response = exchange.getResponseBody()) {
				response.write(bytes);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/assets/decks/a%20b.png                  | assets/decks/a b.png
			/assets/decks/caf%C3%A9.png              | assets/decks/café.png
			/assets/decks/a+b.png                    | assets/decks/a+b.png
			/slides/dpo/custom.0123456789abcdef.css  | slides/dpo/custom.0123456789abcdef.css
			""")
	void referencedFilesAreWrittenUnderTheNamesAStaticHostDecodesTheirAddressesTo(String path, String file) {
		assertThat(SiteExporter.fileOf(path)).isEqualTo(file);
	}

	@Test
	void atTheRootOfAHostEveryFileIsWhatTheServerSent() throws Exception {
		List<String> written = new SiteExporter(address()).export(List.of("/", "/course"), this.out);
		assertThat(written).containsExactlyInAnyOrder("/", "/course", "/404.html", "/css/site.css", "/img/a.png",
				"/fonts/f.woff2", "/css/dots.png", "/robots.txt", "/sitemap.xml", "/feed.xml", "/llms.txt",
				"/llms-full.txt");
		assertThat(this.asked).doesNotContain("/search", "/search.json");
		assertThat(Files.readString(this.out.resolve("index.html"))).isEqualTo(HOME);
		assertThat(Files.readString(this.out.resolve("css/site.css"))).isEqualTo(CSS);
	}

	@Test
	void underAPathEverySitePathPagesAndStylesheetsNameStartsWithIt() throws Exception {
		new SiteExporter(address(), "/rlhf", ExportProgress.QUIET).export(List.of("/", "/course"), this.out);
		assertThat(Files.readString(this.out.resolve("index.html"))).isEqualTo(
				"""
						<!DOCTYPE html><html><head><link rel="stylesheet" href="/rlhf/css/site.css"></head>
						<body><a href="/rlhf/course">Course</a> <a href="https://example.org/rlhf/course">canonical</a>
						<img src="/rlhf/img/a.png" alt=""><form action="/rlhf/search"><input data-search-live="/rlhf/search.json"></form>
						<a href="#top">top</a></body></html>""");
		assertThat(Files.readString(this.out.resolve("course/index.html"))).isEqualTo("<a href=\"/rlhf/\">Home</a>");
		assertThat(Files.readString(this.out.resolve("404.html"))).isEqualTo("<a href=\"/rlhf/\">Not found</a>");
		assertThat(Files.readString(this.out.resolve("css/site.css")))
			.isEqualTo("@font-face{font-family:F;src:url(/rlhf/fonts/f.woff2) format(\"woff2\")}"
					+ ".x{background:url(dots.png)}");
		assertThat(Files.readString(this.out.resolve("fonts/f.woff2"))).isEqualTo("font");
		assertThat(Files.readString(this.out.resolve("robots.txt")))
			.isEqualTo("Sitemap: https://example.org/rlhf/sitemap.xml");
	}

	@Test
	void progressCountsEveryPageAndFile() throws Exception {
		List<String> events = new ArrayList<>();
		new SiteExporter(address(), "", new ExportProgress() {

			@Override
			public void pageWritten(int written, int pages) {
				events.add("page " + written + "/" + pages);
			}

			@Override
			public void fileWritten(int written) {
				events.add("file " + written);
			}

		}).export(List.of("/", "/course"), this.out);
		assertThat(events).startsWith("page 1/2", "page 2/2", "file 2").endsWith("file 10").hasSize(11);
	}

	@Test
	void aBasePathMustStartAndNotEndWithASlash() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SiteExporter(address(), "rlhf/", ExportProgress.QUIET));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			https://example.org        | ''
			https://example.org/       | ''
			https://example.org/rlhf   | /rlhf
			https://example.org/a/b/   | /a/b
			""")
	void theBasePathIsThePathOfTheBaseUrl(String baseUrl, String basePath) {
		assertThat(ExportCommand.basePath(baseUrl)).isEqualTo(basePath);
	}

	private URI address() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

}
