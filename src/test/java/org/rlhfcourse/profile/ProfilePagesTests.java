package org.rlhfcourse.profile;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The author's pages over the bundled content: the facts a reader comes for, valid
 * structured data, language alternates that point at each other, and links that lead
 * somewhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProfilePagesTests {

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

	@Autowired
	private MockMvcTester mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void profileStatesTheKeyFacts() {
		assertThat(this.mvc.get().uri("/profile")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\"")
			.contains("Allen Institute for AI (Ai2)")
			.contains("UC Berkeley")
			.contains("2018–2022")
			.contains("The RLHF book")
			.contains("Interconnects");
	}

	@Test
	void profileJsonLdIsAPersonWithRequiredFields() {
		JsonNode person = jsonLd(body("/profile"));
		assertThat(person.get("@type").asString()).isEqualTo("Person");
		assertThat(person.get("name").asString()).isEqualTo("Nathan Lambert");
		assertThat(person.get("jobTitle").asString()).isNotBlank();
		assertThat(person.get("affiliation").get("name").asString()).contains("Ai2");
		assertThat(person.get("alumniOf").get(0).get("name").asString()).contains("Berkeley");
		assertThat(person.get("sameAs").isArray()).isTrue();
		assertThat(person.get("knowsAbout").size()).isGreaterThan(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/essay", "/ja/essay" })
	void essayJsonLdIsAnArticleInItsLanguage(String path) {
		JsonNode article = jsonLd(body(path));
		assertThat(article.get("@type").asString()).isEqualTo("BlogPosting");
		assertThat(article.get("inLanguage").asString()).isEqualTo(path.startsWith("/ja/") ? "ja" : "en");
		assertThat(article.get("author").get("name").asString()).isEqualTo("Nathan Lambert");
		assertThat(article.get("about").get("headline").asString()).isEqualTo("Farewell Ai2");
	}

	@Test
	void essayLanguagesPointAtEachOther() {
		String english = body("/essay");
		String japanese = body("/ja/essay");
		assertThat(english).contains("<html lang=\"en\"")
			.contains("hreflang=\"ja\" href=\"http://localhost/ja/essay\"")
			.contains("hreflang=\"en\" href=\"http://localhost/essay\"")
			.contains("href=\"/ja/essay\" hreflang=\"ja\" lang=\"ja\"");
		assertThat(japanese).contains("<html lang=\"ja\"")
			.contains("hreflang=\"en\" href=\"http://localhost/essay\"")
			.contains("hreflang=\"ja\" href=\"http://localhost/ja/essay\"")
			.contains("本文へ移動");
	}

	@Test
	void japaneseEssayMarksTheEnglishChromeAndLabelsTheThemeToggleInJapanese() {
		assertThat(body("/ja/essay")).contains("<a class=\"site-title\" href=\"/\" lang=\"en\">")
			.contains("<ul lang=\"en\">")
			.contains("<a href=\"/profile\" lang=\"en\">Nathan Lambert</a>")
			.contains("data-label-dark=\"ダークテーマに切り替える\"")
			.contains("data-label-light=\"ライトテーマに切り替える\"");
		assertThat(body("/essay")).contains("<a class=\"site-title\" href=\"/\">")
			.doesNotContain("<ul lang=")
			.contains("data-label-dark=\"Switch to dark theme\" data-label-light=\"Switch to light theme\"");
	}

	@Test
	void pageWithoutTranslationFallsBackToEnglishMarkedAsSuch() {
		assertThat(this.mvc.get().uri("/ja/profile")).hasStatusOk()
			.bodyText()
			.contains("このページにはまだ日本語版がありません")
			.contains("<h1>Nathan Lambert</h1>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/profile", "/essay", "/ja/essay", "/" })
	void everyLinkResolvesOrIsWellFormed(String path) {
		Set<String> links = new LinkedHashSet<>();
		Matcher href = HREF.matcher(body(path));
		while (href.find()) {
			links.add(href.group(1).replace("&amp;", "&"));
		}
		assertThat(links).isNotEmpty();
		for (String link : links) {
			if (link.startsWith("http://") || link.startsWith("https://")) {
				URI uri = URI.create(link);
				assertThat(uri.getHost()).as(link).isNotBlank();
			}
			else if (link.startsWith("/")) {
				assertThat(this.mvc.get().uri(link.replaceFirst("#.*$", ""))).as(path + " → " + link)
					.hasStatus2xxSuccessful();
			}
			else if (link.startsWith("#")) {
				assertThat(body(path)).as(path + " → " + link).contains("id=\"" + link.substring(1) + "\"");
			}
		}
	}

	private String body(String path) {
		try {
			return this.mvc.get()
				.uri(path)
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode jsonLd(String html) {
		Matcher matcher = JSON_LD.matcher(html);
		assertThat(matcher.find()).as("page has JSON-LD").isTrue();
		return this.json.readTree(matcher.group(1));
	}

}
