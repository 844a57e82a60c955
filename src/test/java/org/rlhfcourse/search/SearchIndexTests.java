package org.rlhfcourse.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.rlhfcourse.render.code.CodeHighlighter;
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
	void passagesCutInsideASentenceShowAnEllipsisWhereTheyWereCut() {
		String filler = "The falcon circles over the valley and the field below. ".repeat(6);
		index(doc("/cut", "Birds", "", filler + "A kestrel hovers over the long grass while it watches for voles and "
				+ "the wind lifts it gently " + "higher and higher over the hill ".repeat(6), 1));
		String snippet = search("kestrel").get(0).snippet();
		assertThat(snippet).startsWith("… ").contains("below. A <mark>kestrel</mark> hovers").endsWith(" …");
		index(doc("/mid", "Birds", "", "over the long grass of the valley ".repeat(8) + "a kestrel waits for a vole "
				+ "to move in the grass ".repeat(12) + ".", 1));
		assertThat(search("vole").get(0).snippet()).startsWith("… ").endsWith(" …").contains("<mark>vole</mark>");
		index(doc("/whole", "Birds", "", "A kestrel hovers. It waits.", 1));
		assertThat(search("kestrel").get(0).snippet()).isEqualTo("A <mark>kestrel</mark> hovers. It waits.");
	}

	@Test
	void aSectionWithNoTextOfItsOwnStillShowsASnippet() {
		index(doc("/empty#kestrel", "Birds", "Kestrels", "", 1));
		assertThat(search("kestrel")).singleElement()
			.extracting(SearchHit::snippet)
			.isEqualTo("Birds › <mark>Kestrels</mark>");
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
		assertThat(search("ポストトレーニング")).extracting(SearchHit::url)
			.anySatisfy((url) -> assertThat(url).startsWith("/ja/essay#"));
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

	@Test
	void misspeltWordsFindTheirChapters() {
		index(doc("/course/reward-modeling", "Reward modeling", "", "A reward model learns from human judgements.", 1),
				doc("/course/dpo", "Direct preference optimization", "", "Preferences become a loss.", 2),
				doc("/course/rlvr", "Verifiable rewards", "", "Answers are checked by a program.", 3));
		assertThat(urls("reward modleing")).first().isEqualTo("/course/reward-modeling");
		assertThat(urls("prefernce")).first().isEqualTo("/course/dpo");
		assertThat(urls("verifable")).containsExactly("/course/rlvr");
	}

	@Test
	void exactSpellingsRankAboveMatchesWithTyposAndShortWordsNeedTheirSpelling() {
		index(doc("/modal", "Modal", "", "A modal verb.", 1), doc("/model", "Model", "", "A model of the world.", 2),
				doc("/car", "Car", "", "A car.", 3));
		assertThat(urls("model")).containsExactly("/model", "/modal");
		assertThat(urls("modal")).containsExactly("/modal", "/model");
		assertThat(urls("cat")).isEmpty();
		assertThat(SearchQuery.maxEdits("cat")).isZero();
		assertThat(SearchQuery.maxEdits("model")).isOne();
		assertThat(SearchQuery.maxEdits("prefernc")).isEqualTo(2);
	}

	@Test
	void accentsAreOptionalBothWaysAndTheSpellingTypedRanksFirst() {
		index(doc("/accented", "Open recipes", "", "Tülu 3 applies RLVR to math.", 1),
				doc("/plain", "Open recipes", "", "Tulu 3 applies RLVR to math.", 2),
				doc("/other", "Other recipes", "", "Zephyr applies DPO.", 3));
		assertThat(urls("Tulu")).containsExactlyInAnyOrder("/plain", "/accented");
		assertThat(urls("Tülu")).containsExactly("/accented", "/plain");
		assertThat(urls("tul")).containsExactlyInAnyOrder("/accented", "/plain");
		assertThat(urls("\"tulu 3\"")).containsExactlyInAnyOrder("/accented", "/plain");
		assertThat(search("Tulu")).filteredOn((hit) -> hit.url().equals("/accented"))
			.singleElement()
			.extracting(SearchHit::snippet)
			.isEqualTo("<mark>Tülu</mark> 3 applies RLVR to math.");
	}

	@Test
	void japaneseQueriesFindJapaneseTextWhateverSpaceSeparatesTheirWords() {
		index(doc("/course/reward-modeling", "Reward modeling", "", "A reward model learns from preferences.", 1),
				new SearchDocument("page", "/ja/essay", "Ai2への別れ", "", "報酬モデルの学習には人間の選好データを使う。", "ja", 2),
				new SearchDocument("page", "/ja/essay#open", "Ai2への別れ", "オープンな研究", "研究所は成果を公開する。", "ja", 3));
		assertThat(urls("報酬モデル")).containsExactly("/ja/essay");
		assertThat(urls("報酬モデル\u3000選好")).containsExactly("/ja/essay");
		assertThat(urls("オープン")).first().isEqualTo("/ja/essay#open");
		assertThat(search("研究所").get(0).snippet()).isEqualTo("<mark>研究所</mark>は成果を公開する。");
	}

	@Test
	void snippetsOfTypesetPagesShowNeitherTexNorMathmlNorSlideFooters() {
		String html = "<p>The reward model " + HtmlTextTests.katex("<msub><mi>r</mi><mi>ϕ</mi></msub>", "r_\\phi", "rϕ")
				+ " scores a pair by "
				+ HtmlTextTests.katex("<mfrac><mn>1</mn><mn>2</mn></mfrac>", "\\frac{1}{2}", "12")
				+ " of the margin, with margin " + HtmlTextTests.katex("<mi>m</mi><mo>=</mo><mn>1</mn>", "m = 1", "m=1")
				+ ".</p><footer class=\"slide-footer\"><span>rlhfbook.com</span><span>Lambert 4/20</span></footer>";
		index(new SearchDocument("deck", "/slides/rm#4", "Reward modeling", "Scores", HtmlText.text(html), "en", 1));
		String snippet = search("scores margin").get(0).snippet();
		assertThat(snippet).isEqualTo("The reward model … <mark>scores</mark> a pair by … of the <mark>margin</mark>, "
				+ "with <mark>margin</mark> m=1.");
		assertThat(urls("frac")).isEmpty();
		assertThat(urls("rlhfbook")).isEmpty();
	}

	@Test
	void chapterSectionsRankAboveSlidesWithTheSameMatch() {
		index(new SearchDocument("deck", "/slides/reward-modeling#4", "Reward modeling", "Bradley–Terry model",
				"Pairs give a probability.", "en", 1),
				doc("/course/reward-modeling#bradley-terry", "Reward modeling", "The Bradley–Terry model",
						"Pairs of responses give the probability that one is preferred, through a logistic of the "
								+ "difference of their scores, which is what the loss maximises.",
						2),
				new SearchDocument("deck", "/slides/dpo#3", "DPO", "Recap", "The Bradley–Terry model again.", "en", 3));
		assertThat(urls("bradley terry")).hasSize(3).first().isEqualTo("/course/reward-modeling#bradley-terry");
		assertThat(urls("\"bradley terry model\"")).hasSize(3)
			.first()
			.isEqualTo("/course/reward-modeling#bradley-terry");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced", "AND OR", "*", "-", "title:foo", "a:b:c", "(", ")", "[1 TO 2]", "{}", "~",
			"^2", "\\", "&&", "||", "!", "?", "/regex/", "\"\"", "\"", "a\"b\"c\"", "NOT", "foo~0.5", "\u0000\u0007",
			"\u202e", "🙂", "ab🙂cd", "'; DROP TABLE", "%00", "<script>", "こんにちは\"世界" })
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
						+ HtmlUtils.htmlEscape(tex) + "</annotation></math></span>",
				CodeHighlighter.NONE);
		return new SiteBuilder(markdown, Clock.systemUTC(), "", SiteBuilder.DEFAULT_FILE_TIMEOUT)
			.build(new ContentLoader().load(new DirectoryContentSource(Path.of("content"))));
	}

}
