package org.rlhfcourse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application over the bundled content, spoken to over HTTP as a browser would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SiteHolder site;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyChapterIsServedWithTypesetMathAndNoTemplateLeftovers() throws Exception {
		assertThat(this.site.current().chapters()).isNotEmpty();
		for (Chapter chapter : this.site.current().chapters()) {
			HttpResponse<String> response = get(chapter.url(), "text/html");
			assertThat(response.statusCode()).as(chapter.url()).isEqualTo(200);
			assertThat(response.body()).as(chapter.url())
				.contains("<h1>" + chapter.title().replace("&", "&amp;"))
				.doesNotContain(" th:")
				.doesNotContain("math-error");
			if (chapter.hasMath()) {
				assertThat(response.body()).contains("class=\"katex\"").contains("<math");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/course", "/profile", "/essay", "/ja/essay" })
	void landingPagesAreServed(String path) throws Exception {
		HttpResponse<String> response = get(path, "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(" th:");
	}

	@Test
	void productionPagesCarryNoLiveReloadAndHaveNoEventStream() throws Exception {
		for (String url : this.site.current().urls()) {
			assertThat(get(url, "text/html").body()).as(url)
				.doesNotContain("live-reload")
				.doesNotContain("content-errors");
		}
		assertThat(get("/_dev/events", "text/event-stream").statusCode()).isEqualTo(404);
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health", "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"UP\"");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/course/%2e%2e/%2e%2e/etc/passwd", "/course/..%2f..%2fpom.xml", "/css/..%5c..%5cpom.xml" })
	void pathTraversalGetsABadRequestPageAndNoFile(String path) throws Exception {
		HttpResponse<String> response = get(path, "*/*");
		assertThat(response.statusCode()).isBetween(400, 404);
		assertThat(response.body()).doesNotContain("<artifactId>").doesNotContain("root:").doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/course/no-such-chapter", "/no-such-page", "/ja/no-such-page", "/css/missing.css" })
	void unknownPathsGetTheSitesNotFoundPage(String path) throws Exception {
		HttpResponse<String> response = get(path, "*/*");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains(path.startsWith("/ja/") ? "ページが見つかりません" : "Page not found")
			.contains("href=\"/course\"")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception")
			.doesNotContain("root:");
	}

	@Test
	void pagesCarryEtagsAndAnswerNotModified() throws Exception {
		HttpResponse<String> first = get("/course", "text/html");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> second = this.http.send(
				HttpRequest.newBuilder(uri("/course")).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(second.statusCode()).isEqualTo(304);
	}

	@Test
	void pagesAreCompressedForClientsThatAcceptGzip() throws Exception {
		HttpResponse<byte[]> response = this.http
			.send(HttpRequest.newBuilder(uri("/course/" + this.site.current().chapters().get(0).slug()))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(
				new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("</html>");
		assertThat(response.body().length).isLessThan(html.length() / 3);
	}

	@Test
	void stylesheetIsFingerprintedAndCachedForAYear() throws Exception {
		String html = get("/", "text/html").body();
		String css = html.replaceAll("(?s).*href=\"(/css/site-[0-9a-f]+\\.css)\".*", "$1");
		assertThat(css).startsWith("/css/site-");
		HttpResponse<String> response = get(css, "text/css");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000"));
	}

	@Test
	void katexStylesheetAndFontsAreServedByTheApp() throws Exception {
		String html = get(this.site.current().chapters().get(0).url(), "text/html").body();
		String css = html.replaceAll("(?s).*href=\"(/webjars/katex/[^\"]+katex\\.min\\.css)\".*", "$1");
		assertThat(get(css, "text/css").statusCode()).isEqualTo(200);
		assertThat(get(css.replace("katex.min.css", "fonts/KaTeX_Main-Regular.woff2"), "*/*").statusCode())
			.isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
