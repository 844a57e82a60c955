package org.rlhfcourse.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP the production server speaks, over a real socket: security headers on every
 * kind of response (page, static file, not found, error, requests Tomcat refuses by
 * itself), caching, compression and HTTP/2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHeadersIntegrationTests {

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "font-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
			+ "form-action 'self'";

	@LocalServerPort
	private int port;

	@Autowired
	private FilterRegistrationBean<PageCache> pageCache;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void pageCarriesSecurityHeadersAndShortRevalidatedCaching() throws Exception {
		HttpResponse<String> page = get("/course");
		assertThat(page.statusCode()).isEqualTo(200);
		assertSecurityHeaders(page.headers());
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("max-age=300, must-revalidate, public");
		assertThat(page.headers().firstValue("ETag")).hasValueSatisfying((etag) -> assertThat(etag).startsWith("W/"));
	}

	@Test
	void cachedPageCarriesEachSecurityHeaderOnce() throws Exception {
		get("/profile");
		HttpResponse<String> cached = get("/profile");
		assertSecurityHeaders(cached.headers());
		for (String name : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
				"Permissions-Policy", "Cache-Control" }) {
			assertThat(cached.headers().allValues(name)).as(name).hasSize(1);
		}
	}

	@Test
	void spellingsOfOnePageAddressTakeOneCacheEntry() throws Exception {
		String etag = get("/essay").headers().firstValue("ETag").orElseThrow();
		int entries = this.pageCache.getFilter().size();
		for (int v = 0; v < 300; v++) {
			String spelling = (v % 3 == 0) ? "/essay;v=" + v : (v % 3 == 1) ? "/%65ssay;v=" + v : "/es%73ay;x=" + v;
			HttpResponse<String> response = get(spelling);
			assertThat(response.statusCode()).as(spelling).isEqualTo(200);
			assertThat(response.headers().firstValue("ETag")).as(spelling).hasValue(etag);
		}
		assertThat(this.pageCache.getFilter().size()).isEqualTo(entries);
	}

	@Test
	void fingerprintedStaticFilesAreImmutableForAYearAndCarrySecurityHeaders() throws Exception {
		String html = get("/").body();
		String icon = html.replaceAll("(?s).*href=\"(/img/favicon-[0-9a-f]+\\.svg)\".*", "$1");
		assertThat(icon).as("every file cached for a year has its content in its name").startsWith("/img/favicon-");
		for (String asset : new String[] { css(html), js(html), icon }) {
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertSecurityHeaders(response.headers());
			assertThat(response.headers().firstValue("Cache-Control")).as(asset)
				.hasValue("max-age=31536000, public, immutable");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/css/site.css", "/js/site.js" })
	void staticFilesByTheirPlainNameAreRevalidatedNotImmutable(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, must-revalidate, public");
		String etag = response.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> revalidated = this.http.send(
				HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
	}

	@Test
	void fingerprintedStylesheetAnswersIfNoneMatchAsItAnswersIfModifiedSince() throws Exception {
		String stylesheet = css(get("/").body());
		HttpResponse<String> response = get(stylesheet);
		String etag = response.headers().firstValue("ETag").orElseThrow();
		String lastModified = response.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(etag).as("the fingerprint is the content's hash").contains(stylesheet.replaceAll(".*-|\\.css", ""));
		for (String[] condition : new String[][] { { "If-None-Match", etag }, { "If-Modified-Since", lastModified } }) {
			HttpResponse<String> conditional = this.http.send(
					HttpRequest.newBuilder(uri(stylesheet)).header(condition[0], condition[1]).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(conditional.statusCode()).as(condition[0]).isEqualTo(304);
		}
		assertThat(get("/css/site.css").headers().firstValue("ETag")).as("one file, one ETag").hasValue(etag);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=", "/ja/search?q=", "/search.json?q=" })
	void aSearchOverOneKilobyteIsRefusedAndNeverStored(String search) throws Exception {
		HttpResponse<String> response = get(search + "a".repeat(1100));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
		assertSecurityHeaders(response.headers());
	}

	@Test
	void notFoundPageCarriesSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found");
		assertSecurityHeaders(response.headers());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/course/no-such-chapter", "/slides/no-such-deck", "/css/no-such.css",
			"/error" })
	void notFoundPagesAreNeverStored(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
	}

	@Test
	void errorPageCarriesSecurityHeaders() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(uri("/course")).method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("This request cannot be answered");
		assertSecurityHeaders(response.headers());
		assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
	}

	@Test
	void strictTransportSecurityIsOffByDefault() throws Exception {
		assertThat(get("/course").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/course/%00", "/%ff%fe", "/course/%zz", "/a%5cb", "/course/%2e%2e/%2e%2e/x" })
	void requestsTomcatRefusesGetTheSitesBadRequestPage(String path) throws IOException {
		String response = raw("GET " + path + " HTTP/1.1");
		assertThat(response).startsWith("HTTP/1.1 400");
		String head = response.substring(0, response.indexOf("\r\n\r\n"));
		assertThat(head).containsIgnoringCase("Content-Type: text/html;charset=UTF-8")
			.contains("Content-Security-Policy: " + CSP)
			.contains("X-Content-Type-Options: nosniff")
			.contains("Referrer-Policy: strict-origin-when-cross-origin")
			.contains("Cache-Control: no-store");
		assertThat(response).contains("This request cannot be answered")
			.contains("<span>400</span> <span>Bad Request</span>")
			.contains("href=\"/css/site-")
			.doesNotContain("HTTP Status 400")
			.doesNotContain("Apache Tomcat");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET / HTTP/2.5", "GET / HTTP/1.2", "GET / HTTP/0.9" })
	void anUnsupportedVersionGetsTheSitesErrorPageWith505(String requestLine) throws IOException {
		RawHttp.Response response = new RawHttp(this.port).get(requestLine);
		assertThat(response.status()).isEqualTo(505);
		assertTomcatAnswerIsTheSitesPage(response, "505", "HTTP Version not supported");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\n\r\n" })
	void aMalformedRequestGetsTheSitesBadRequestPage(String request) throws IOException {
		RawHttp.Response response = new RawHttp(this.port).send(request);
		assertThat(response.status()).isEqualTo(400);
		assertTomcatAnswerIsTheSitesPage(response, "400", "Bad Request");
	}

	@Test
	void anHttp09RequestIsRefusedInHttp11FormWithTheSecurityHeaders() throws IOException {
		RawHttp.Response response = new RawHttp(this.port).send("GET /\r\n");
		assertThat(response.raw()).as("no page without headers").startsWith("HTTP/1.1 505 ");
		assertTomcatAnswerIsTheSitesPage(response, "505", "HTTP Version not supported");
		assertThat(response.header("Content-Length"))
			.hasValue(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
	}

	@Test
	void optionsStarCarriesTheSecurityHeaders() throws IOException {
		RawHttp.Response response = new RawHttp(this.port).get("OPTIONS * HTTP/1.1");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Allow")).isPresent();
		assertThat(response.head()).contains("Content-Security-Policy: " + CSP)
			.contains("X-Content-Type-Options: nosniff")
			.contains("X-Frame-Options: DENY");
	}

	private static void assertTomcatAnswerIsTheSitesPage(RawHttp.Response response, String status, String reason) {
		assertThat(response.head()).containsIgnoringCase("Content-Type: text/html;charset=UTF-8")
			.contains("Content-Security-Policy: " + CSP)
			.contains("X-Content-Type-Options: nosniff")
			.contains("Referrer-Policy: strict-origin-when-cross-origin")
			.contains("Cache-Control: no-store");
		assertThat(response.body()).contains("<span>" + status + "</span> <span>" + reason + "</span>")
			.contains("href=\"/css/site-")
			.contains("<html lang=\"en\"")
			.doesNotContain("HTTP Status")
			.doesNotContain("Apache Tomcat");
	}

	@Test
	void stylesAndScriptsAreCompressed() throws Exception {
		String html = get("/").body();
		for (String asset : new String[] { css(html), "/js/site.js" }) {
			HttpResponse<byte[]> response = this.http.send(
					HttpRequest.newBuilder(uri(asset)).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
			byte[] plain = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
			assertThat(response.body().length).as(asset).isLessThan(plain.length);
		}
	}

	@Test
	void speaksHttp2WithoutTls() throws Exception {
		HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
		// The first request upgrades the connection (h2c); the next ones are plain HTTP/2
		// on it.
		h2.send(HttpRequest.newBuilder(uri("/course")).build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> response = h2.send(HttpRequest.newBuilder(uri("/course")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
		assertThat(response.statusCode()).isEqualTo(200);
		assertSecurityHeaders(response.headers());
	}

	@Test
	void actuatorShowsProbesAndInfoAndNothingElse() throws Exception {
		assertThat(get("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertSecurityHeaders(get("/actuator/health").headers());
		// Build info always (spring-boot-maven-plugin build-info); git info only where
		// the source has a .git.
		assertThat(get("/actuator/info").body()).contains("\"build\":{").contains("\"artifact\":\"rlhf-course-site\"");
		for (String hidden : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/configprops", "/actuator/loggers" }) {
			assertThat(get(hidden).statusCode()).as(hidden).isEqualTo(404);
		}
	}

	private static void assertSecurityHeaders(HttpHeaders headers) {
		assertThat(headers.firstValue("Content-Security-Policy")).hasValue(CSP);
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
	}

	private static String css(String html) {
		return html.replaceAll("(?s).*href=\"(/css/site-[0-9a-f]+\\.css)\".*", "$1");
	}

	private static String js(String html) {
		return html.replaceAll("(?s).*src=\"(/js/site-[0-9a-f]+\\.js)\".*", "$1");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** Sends a request line as raw bytes, so no client normalises or refuses it first. */
	private String raw(String requestLine) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
