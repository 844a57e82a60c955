package org.rlhfcourse.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.site.SiteBuilder;
import org.rlhfcourse.site.SiteSnapshot;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SearchIndexTests {

	private SearchIndex index;

	@AfterEach
	void close() {
		if (this.index != null) {
			this.index.close();
		}
	}

	@Test
	void titleOutranksHeadingWhichOutranksBody() {
		index(doc("/body", "Birds", "", "Some text about the kestrel and other birds.", 1),
				doc("/heading#kestrel", "Birds of prey", "Kestrel", "Some text about other birds.", 2),
				doc("/title", "Kestrel", "", "Some text about other birds.", 3),
				doc("/heading#owls", "Birds of prey", "Owls", "Some text about owls.", 4),
				doc("/heading#hawks", "Birds of prey", "Hawks", "Some text about hawks.", 5),
				doc("/songbirds", "Songbirds", "", "Some text about finches.", 6));
		assertThat(urls("kestrel")).containsExactly("/title", "/heading#kestrel", "/body");
	}

	@Test
	void equalScoresKeepBookOrder() {
		index(doc("/c", "Chapter", "", "Policy gradients in short.", 30),
				doc("/a", "Chapter", "", "Policy gradients in short.", 10),
				doc("/b", "Chapter", "", "Policy gradients in short.", 20));
		assertThat(urls("gradient")).containsExactly("/a", "/b", "/c");
	}

	@Test
	void englishWordsMatchTheirOtherFormsAndTheWordBeingTyped() {
		index(doc("/rm", "Reward models", "", "A reward model scores completions.", 1),
				doc("/other", "Other", "", "Nothing relevant here.", 2));
		assertThat(urls("rewards")).containsExactly("/rm");
		assertThat(urls("scoring")).containsExactly("/rm");
		assertThat(urls("complet")).containsExactly("/rm");
		assertThat(urls("\"reward model\"")).containsExactly("/rm");
		assertThat(urls("\"model reward\"")).isEmpty();
	}

	@Test
	void everyWordMustMatchSomewhere() {
		index(doc("/dpo#loss", "DPO", "The loss", "A logistic loss on pairs.", 1),
				doc("/ppo", "PPO", "", "A clipped objective with a loss.", 2));
		assertThat(urls("dpo logistic")).containsExactly("/dpo#loss");
		assertThat(urls("loss")).containsExactlyInAnyOrder("/dpo#loss", "/ppo");
		assertThat(urls("dpo clipped")).isEmpty();
	}

	@Test
	void snippetsAreEscapedAndMarkOnlyMatches() {
		index(doc("/x", "Escaping", "", "Write <script>alert(\"kestrel\")</script> & a <b>bold</b> kestrel.", 1));
		String snippet = search("kestrel").get(0).snippet();
		assertThat(snippet).contains("&lt;script&gt;alert(&quot;<mark>kestrel</mark>&quot;)&lt;/script&gt;")
			.contains("&amp; a &lt;b&gt;bold&lt;/b&gt; <mark>kestrel</mark>")
			.doesNotContain("<script")
			.doesNotContain("<b>");
		assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<").doesNotContain(">");
	}

	@Test
	void hitsWithoutABodyMatchShowTheOpeningOfTheText() {
		index(doc("/t", "Kestrel", "", "A".repeat(400), 1));
		assertThat(search("kestrel").get(0).snippet()).hasSizeLessThan(200).endsWith("…");
	}

	@Test
	void japaneseWordsMatchOnTheJapaneseEssayAndSectionsLinkToTheirAnchors() throws IOException {
		SiteSnapshot site = bundledSiteWithoutKatex();
		this.index = new SearchIndex(SearchDocuments.of(site));
		List<SearchHit> hits = search("研究所");
		assertThat(hits).isNotEmpty().allSatisfy((hit) -> assertThat(hit.url()).startsWith("/ja/essay"));
		assertThat(hits.get(0).snippet()).contains("<mark>研究所</mark>");
		assertThat(search("ポストトレーニング")).extracting(SearchHit::url).anySatisfy(
				(url) -> assertThat(url).startsWith("/ja/essay#"));
		assertThat(search("dpo").get(0).url()).isEqualTo("/course/dpo");
		assertThat(search("reward model").get(0).url()).isEqualTo("/course/reward-modeling");
		SearchHit dpo = search("\"direct preference optimization\"").get(0);
		assertThat(dpo.url()).isEqualTo("/course/dpo");
		assertThat(dpo.kind()).isEqualTo("chapter");
		assertThat(search("\"what the gradient does\"")).filteredOn((hit) -> hit.kind().equals("deck"))
			.extracting(SearchHit::url, SearchHit::title)
			.contains(tuple("/slides/dpo#8", "Direct Preference Optimization › What the gradient does"));
		assertThat(search("Bradley Terry")).extracting(SearchHit::url)
			.anySatisfy((url) -> assertThat(url).matches("/course/[a-z-]+#[a-z0-9-]+"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced", "AND OR", "*", "-", "title:foo", "a:b:c", "(", ")", "[1 TO 2]", "{}",
			"~", "^2", "\\", "&&", "||", "!", "?", "/regex/", "\"\"", "\"", "a\"b\"c\"", "NOT", "foo~0.5",
			"\u0000\u0007", "\u202e", "🙂", "ab🙂cd", "'; DROP TABLE", "%00", "<script>", "こんにちは\"世界" })
	void oddInputNeverFails(String input) {
		index(doc("/k", "Kestrel", "", "A kestrel hovers.", 1));
		assertThat(search(input)).allSatisfy((hit) -> assertThat(hit.url()).isEqualTo("/k"));
	}

	private List<String> urls(String input) {
		return search(input).stream().map(SearchHit::url).toList();
	}

	private List<SearchHit> search(String input) {
		return this.index.search(SearchQuery.clean(input), 50).orElse(List.of());
	}

	private void index(SearchDocument... documents) {
		this.index = new SearchIndex(List.of(documents));
	}

	private static SearchDocument doc(String url, String title, String heading, String body, int order) {
		return new SearchDocument("chapter", url, title, heading, body, "en", order);
	}

	static SiteSnapshot bundledSiteWithoutKatex() throws IOException {
		MarkdownRenderer markdown = new MarkdownRenderer(
				(tex, display) -> "<span class=\"katex\"><math><annotation encoding=\"application/x-tex\">"
						+ HtmlUtils.htmlEscape(tex) + "</annotation></math></span>");
		return new SiteBuilder(markdown, Clock.systemUTC())
			.build(new ContentLoader().load(new DirectoryContentSource(Path.of("content"))));
	}

}
