package org.rlhfcourse.search;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.SiteHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in the running application over the bundled content: real hits with deep links,
 * and a corpus of odd inputs that must never produce a server error on either endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchIntegrationTests {

	@LocalServerPort
	private int port;

	private final SiteHttpClient http = SiteHttpClient.localhost(() -> this.port);

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<String> oddQueries() {
		return Stream.of("", " ", "\"", "\"\"", "\"unbalanced quote", "quote\" in the middle", "AND OR", "AND",
				"OR NOT", "NOT reward", "*", "**", "?", "reward*", "-", "--", "- -", "+", "-reward", "+reward", "!",
				"&&", "||", "(", ")", "(reward", "[", "]", "[a TO z]", "{a TO z}", "{", "}", "~", "reward~", "reward~2",
				"^", "reward^10", ":", "title:reward", "body_en:reward", "a:b:c", "\\", "\\\\", "/", "/regex/",
				"/unclosed", "reward AND", "AND reward OR", "\u0000", "\u0000reward\u0000", "\u0007\u0008",
				"\u001b[31mred", "\r\n", "\t", "\u007f", "\u200b", "\u202eevil", "\ufeff", "\ufffd", "\uffff", "🙂",
				"👩‍👩‍👧", "ab🙂cd", "é", "e\u0301", "강화학습", "强化学习", "報酬モデル", "Ai2への別れ", "ｒｅｗａｒｄ",
				"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE chapters; --", "%",
				"%00", "%zz", "%%", "&", "&amp;", "=", "a=b&c=d", "#", "#fragment", "..", "../../etc/passwd", "${7*7}",
				"#{7*7}", "*{7*7}", "__${7*7}__", "[[${7*7}]]", "@{/x}", "~{fragments/layout}", "a".repeat(200),
				"reward ".repeat(100), "の".repeat(300), "\"".repeat(101), "(".repeat(500), "x".repeat(1024),
				"é".repeat(512), "a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5");
	}

	@ParameterizedTest
	@MethodSource("oddQueries")
	void oddQueriesNeverGetAServerError(String query) throws Exception {
		for (String path : new String[] { "/search", "/search.json" }) {
			HttpResponse<String> response = this.http
				.get(path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(path + " " + query).isEqualTo(200);
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
			if (path.equals("/search")) {
				assertThat(response.body()).contains("class=\"search-status\"").doesNotContain("<script>alert");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1025, 2000, 6000 })
	void queriesOverOneKilobyteGetTheSitesBadRequestPage(int length) throws Exception {
		HttpResponse<String> page = this.http.get("/search?q=" + "a".repeat(length));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("That search is too long").contains("class=\"site-header\"");
		assertThat(this.http.get("/search.json?q=" + "a".repeat(length)).statusCode()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=%zz", "/search?q=%", "/search?q=%u0041", "/search?q=a&q=b", "/search?q[]=x",
			"/search?q=%C3%28", "/search.json?q=%ED%A0%80", "/search?q=%00" })
	void malformedQueryStringsNeverGetAServerError(String target) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
			assertThat(status).as(target).startsWith("HTTP/1.1 ");
			assertThat(Integer.parseInt(status.substring(9, 12))).as(target).isBetween(200, 499);
		}
	}

	@Test
	void liveResultsLinkToSectionsOfTheBundledCourse() throws Exception {
		HttpResponse<String> response = this.http.get("/search.json?q=bradley+terry");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode results = this.json.readTree(response.body()).path("results");
		assertThat(results.size()).isBetween(1, SearchController.LIVE_LIMIT);
		JsonNode first = results.get(0);
		assertThat(first.path("url").asString()).matches("/(course|slides)/[a-z-]+(#[a-z0-9-]+)?");
		assertThat(first.path("snippet").asString()).containsIgnoringCase("<mark>bradley</mark>");
		assertThat(first.path("kind").asString()).isIn("chapter", "deck");
		assertThat(first.path("title").asString()).isNotBlank();
	}

	@Test
	void slidesAreFoundWithALinkToTheSlide() throws Exception {
		JsonNode results = this.json.readTree(this.http.get("/search.json?q=%22worked+example%22").body())
			.path("results");
		List<String> slides = new ArrayList<>();
		results.forEach((hit) -> {
			if (hit.path("kind").asString().equals("deck")) {
				slides.add(hit.path("url").asString());
			}
		});
		assertThat(slides).isNotEmpty().allSatisfy((url) -> assertThat(url).matches("/slides/[a-z0-9/-]+#[0-9]+"));
		String slug = slides.get(0).substring("/slides/".length(), slides.get(0).indexOf('#'));
		int number = Integer.parseInt(slides.get(0).substring(slides.get(0).indexOf('#') + 1));
		assertThat(this.http.get("/slides/" + slug).body()).contains("id=\"" + number + "\"");
	}

	@Test
	void japaneseWordFindsTheJapaneseEssay() throws Exception {
		String body = this.http.get("/search?q=" + URLEncoder.encode("研究所", StandardCharsets.UTF_8)).body();
		assertThat(body).contains("href=\"/ja/essay").contains("<mark>研究所</mark>");
	}

}
