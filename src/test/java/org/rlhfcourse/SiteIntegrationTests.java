package org.rlhfcourse;

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

	private final SiteHttpClient http = SiteHttpClient.localhost(() -> this.port);

	@Test
	void everyChapterIsServedWithTypesetMathAndNoTemplateLeftovers() throws Exception {
		assertThat(this.site.current().chapters()).isNotEmpty();
		for (Chapter chapter : this.site.current().chapters()) {
			HttpResponse<String> response = this.http.get(chapter.url(), "Accept", "text/html");
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
		HttpResponse<String> response = this.http.get(path, "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(" th:");
	}

	@Test
	void productionPagesCarryNoLiveReloadAndHaveNoEventStream() throws Exception {
		for (String url : this.site.current().urls()) {
			assertThat(this.http.get(url, "Accept", "text/html").body()).as(url)
				.doesNotContain("live-reload")
				.doesNotContain("content-errors");
		}
		assertThat(this.http.get("/_dev/events", "Accept", "text/event-stream").statusCode()).isEqualTo(404);
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = this.http.get("/actuator/health", "Accept", "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"UP\"");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/course/%2e%2e/%2e%2e/etc/passwd", "/course/..%2f..%2fpom.xml", "/css/..%5c..%5cpom.xml" })
	void pathTraversalGetsABadRequestPageAndNoFile(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path, "Accept", "*/*");
		assertThat(response.statusCode()).isBetween(400, 404);
		assertThat(response.body()).doesNotContain("<artifactId>").doesNotContain("root:").doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/course/no-such-chapter", "/no-such-page", "/ja/no-such-page", "/css/missing.css" })
	void unknownPathsGetTheSitesNotFoundPage(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path, "Accept", "*/*");
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
		HttpResponse<String> first = this.http.get("/course", "Accept", "text/html");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> second = this.http.get("/course", "If-None-Match", etag);
		assertThat(second.statusCode()).isEqualTo(304);
	}

	@Test
	void pagesAreCompressedForClientsThatAcceptGzip() throws Exception {
		HttpResponse<byte[]> response = this.http.getBytes("/course/" + this.site.current().chapters().get(0).slug(),
				"Accept-Encoding", "gzip");
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(
				new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("</html>");
		assertThat(response.body().length).isLessThan(html.length() / 3);
	}

	@Test
	void stylesheetIsFingerprintedAndCachedForAYear() throws Exception {
		String html = this.http.get("/", "Accept", "text/html").body();
		String css = html.replaceAll("(?s).*href=\"(/css/site-[0-9a-f]+\\.css)\".*", "$1");
		assertThat(css).startsWith("/css/site-");
		HttpResponse<String> response = this.http.get(css, "Accept", "text/css");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000"));
	}

	@Test
	void katexStylesheetAndFontsAreServedByTheApp() throws Exception {
		String html = this.http.get(this.site.current().chapters().get(0).url(), "Accept", "text/html").body();
		String css = html.replaceAll("(?s).*href=\"(/webjars/katex/[^\"]+katex\\.min\\.css)\".*", "$1");
		assertThat(this.http.get(css, "Accept", "text/css").statusCode()).isEqualTo(200);
		assertThat(this.http.get(css.replace("katex.min.css", "fonts/KaTeX_Main-Regular.woff2"), "Accept", "*/*")
			.statusCode()).isEqualTo(200);
	}

}
