package org.rlhfcourse.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.LocaleResolver;

import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

// The site's locale resolver (the address decides the language) is a component of web/, so it is included by type.
@WebMvcTest(controllers = SearchController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = LocaleResolver.class))
@Import(SiteSearch.class)
class SearchControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SiteHolder site;

	@Autowired
	private SiteSearch search;

	@BeforeEach
	void snapshot() throws InterruptedException {
		live(Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"),
				Snapshots.chapter(2, "dpo", "Direct Preference Optimization"),
				Snapshots.chapter(3, "rlvr", "RL with verifiable rewards")));
	}

	/**
	 * Serves {@code snapshot}, searched once its index is built (an earlier test's index
	 * answers until then).
	 */
	private void live(SiteSnapshot snapshot) throws InterruptedException {
		given(this.site.current()).willReturn(snapshot);
		this.search.index();
		this.search.awaitBuilds();
	}

	@Test
	void resultsPageListsHitsWithDeepLinksAndHighlights() {
		assertThat(this.mvc.get().uri("/search?q=preference")).hasStatusOk()
			.hasViewName(SearchController.VIEW_RESULTS)
			.bodyText()
			.contains("2 results for “preference”")
			.contains("href=\"/course/dpo\"")
			.contains("href=\"/course/dpo#intro\"")
			.contains("<mark>Preference</mark>")
			.contains("value=\"preference\"")
			.contains("<meta name=\"robots\" content=\"noindex\">")
			.doesNotContain("th:");
	}

	@Test
	void aCommonWordCountsEveryHitAndPagesThroughThemInsteadOfStoppingAtFifty() throws InterruptedException {
		Chapter[] chapters = new Chapter[30];
		for (int i = 0; i < chapters.length; i++) {
			chapters[i] = Snapshots.chapter(i + 1, "kestrel-" + (i + 1), "Kestrel part " + (i + 1));
		}
		live(Snapshots.withChapters(chapters));
		// Each chapter is found twice: its opening and its one section.
		assertThat(this.mvc.get().uri("/search?q=kestrel")).hasStatusOk()
			.bodyText()
			.contains("60 results for “kestrel”")
			.contains("(results 1–20, page 1 of 3)")
			.contains("<ol class=\"search-results\" start=\"1\">")
			.contains("href=\"/search?q=kestrel&amp;page=2\"")
			.doesNotContain("rel=\"prev\"");
		assertThat(this.mvc.get().uri("/search?q=kestrel&page=3")).hasStatusOk()
			.bodyText()
			.contains("60 results for “kestrel”")
			.contains("(results 41–60, page 3 of 3)")
			.contains("<ol class=\"search-results\" start=\"41\">")
			.contains("href=\"/search?q=kestrel&amp;page=2\"")
			.doesNotContain("rel=\"next\"");
		assertThat(this.mvc.get().uri("/search?q=kestrel&page=x")).hasStatusOk()
			.bodyText()
			.contains("(results 1–20, page 1 of 3)");
		assertThat(this.mvc.get().uri("/search.json?q=kestrel")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.total", (total) -> total.assertThat().isEqualTo(60))
			.hasPathSatisfying("$.results.length()",
					(length) -> length.assertThat().isEqualTo(SearchController.LIVE_LIMIT));
	}

	@Test
	void searchingFromJapanesePagesAnswersInJapaneseAndKeepsSearchingThere() {
		assertThat(this.mvc.get().uri("/ja/search?q=preference")).hasStatusOk()
			.hasViewName(SearchController.VIEW_RESULTS)
			.bodyText()
			.contains("<html lang=\"ja\">")
			.contains("<title>検索 · RLHF course</title>")
			.contains("<h1>検索</h1>")
			.contains("“preference”の検索結果:2件")
			.contains("placeholder=\"検索\"")
			.contains("action=\"/ja/search\"")
			.doesNotContain("action=\"/search\"")
			.contains("<mark>Preference</mark>")
			.doesNotContain("results for");
		assertThat(this.mvc.get().uri("/ja/search?q=zqxjv")).hasStatusOk().bodyText().contains("“zqxjv”に一致する結果はありません");
		assertThat(this.mvc.get().uri("/ja/search")).hasStatusOk().bodyText().contains("語句を入力してください");
		assertThat(this.mvc.get().uri("/search?q=zqxjv")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\">")
			.contains("No results for “zqxjv”")
			.contains("placeholder=\"Search\"")
			.contains("action=\"/search\"")
			.doesNotContain("/ja/search");
	}

	@Test
	void sectionsAppearAfterTheirChapterInBookOrderOnEqualScores() {
		assertThat(this.mvc.get().uri("/search?q=body")).hasStatusOk()
			.bodyText()
			.containsSubsequence("href=\"/course/intro#intro\"", "href=\"/course/dpo#intro\"",
					"href=\"/course/rlvr#intro\"");
	}

	@Test
	void emptyQueryAsksForAWord() {
		assertThat(this.mvc.get().uri("/search")).hasStatusOk().bodyText().contains("Type a word or two");
		assertThat(this.mvc.get().uri("/search?q={q}", " \t\u0000")).hasStatusOk()
			.bodyText()
			.contains("Type a word or two");
	}

	@Test
	void queryIsEscapedInThePage() {
		assertThat(this.mvc.get().uri("/search?q={q}", "<script>alert(1)</script>")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void punctuationOnlyQueryExplainsItself() {
		assertThat(this.mvc.get().uri("/search?q={q}", "AND OR -")).hasStatusOk()
			.bodyText()
			.contains("holds only punctuation or very common words");
	}

	@Test
	void queryOverOneKilobyteIsRefusedWithTheSitesPage() {
		assertThat(this.mvc.get().uri("/search?q={q}", "a".repeat(1025))).hasStatus(HttpStatus.BAD_REQUEST)
			.hasViewName(SearchController.VIEW_RESULTS)
			.bodyText()
			.contains("That search is too long")
			.contains("class=\"site-header\"")
			.doesNotContain("aaaaaaaaaa");
		assertThat(this.mvc.get().uri("/search?q={q}", "é".repeat(512))).hasStatusOk();
		assertThat(this.mvc.get().uri("/search?q={q}", "é".repeat(513))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void jsonGivesTitleUrlSnippetAndKind() {
		assertThat(this.mvc.get().uri("/search.json?q=verifiable").accept(MediaType.APPLICATION_JSON)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.query", (query) -> query.assertThat().isEqualTo("verifiable"))
			.hasPathSatisfying("$.outcome", (outcome) -> outcome.assertThat().isEqualTo("searched"))
			.hasPathSatisfying("$.results[0].title",
					(title) -> title.assertThat().isEqualTo("RL with verifiable rewards"))
			.hasPathSatisfying("$.results[0].url", (url) -> url.assertThat().isEqualTo("/course/rlvr"))
			.hasPathSatisfying("$.results[0].kind", (kind) -> kind.assertThat().isEqualTo("chapter"))
			.hasPathSatisfying("$.results[0].snippet",
					(snippet) -> snippet.assertThat().asString().contains("<mark>verifiable</mark>"));
	}

	@Test
	void jsonRefusesOverOneKilobyte() {
		assertThat(this.mvc.get().uri("/search.json?q={q}", "a".repeat(2000))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.outcome", (outcome) -> outcome.assertThat().isEqualTo("too_long"));
	}

}
