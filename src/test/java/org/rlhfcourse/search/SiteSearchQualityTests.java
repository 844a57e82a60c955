package org.rlhfcourse.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.site.SiteBuilder;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What a reader finds in a small site built from Markdown through the real pipeline: a
 * chapter with formulas, its slide deck with a footer, and an essay with its Japanese
 * translation. KaTeX is stood in for by output of its shape (MathML with the TeX as
 * annotation, then the visual copy), so what the index reads of it is realistic.
 */
class SiteSearchQualityTests {

	@TempDir
	Path root;

	private SiteSearch search;

	@BeforeEach
	void buildSite() throws IOException {
		write("site.yml", "title: Test course\nbase-url: https://example.org\nlanguage: en\n");
		write("chapters/01-reward-modeling.md", """
				---
				title: "Reward modeling"
				description: "How preference data becomes a learned reward."
				slides: "reward-modeling"
				---

				## The Bradley–Terry model

				The Bradley–Terry model turns preference pairs into the probability $\\frac{1}{1+e^{-x}}$ that one \
				answer beats another, given the difference of their scores, which the loss then maximises.

				## Open recipes

				Tülu 3 trains its reward model on a large mixture of open preference data.
				""");
		write("chapters/02-dpo.md", """
				---
				title: "Direct preference optimization"
				description: "A classification loss on preference pairs."
				---

				## The loss

				DPO needs no separate reward model: it puts its policy into the Bradley–Terry model.
				""");
		write("decks/reward-modeling.md", """
				---
				title: "Reward modeling"
				chapter: "reward-modeling"
				footer:
				  left: "rlhfbook.com"
				  center: "Lecture 5: Reward models"
				  right: "{n}/{N}"
				---

				# Reward modeling

				---

				## Bradley–Terry model

				Pairs give a probability $p$.
				""");
		write("pages/essay.md", """
				---
				title: "Farewell Ai2"
				lang: "en"
				translation: "/ja/essay"
				---

				## Open research

				Open research sets the language people use to understand AI.
				""");
		write("pages/ja/essay.md", """
				---
				title: "Ai2への別れ"
				lang: "ja"
				translation: "/essay"
				---

				## オープンな研究

				研究所は報酬モデルの成果を公開し、オープンな研究を続ける。
				""");
		MarkdownRenderer markdown = new MarkdownRenderer(
				(tex, display) -> HtmlTextTests.katex("<mfrac><mi>a</mi><mi>b</mi></mfrac>", tex, tex),
				CodeHighlighter.NONE);
		SiteSnapshot site = new SiteBuilder(markdown, Clock.fixed(Snapshots.BUILT, ZoneOffset.UTC), "",
				SiteBuilder.DEFAULT_FILE_TIMEOUT)
			.build(new ContentLoader().load(new DirectoryContentSource(this.root)));
		SiteHolder holder = mock(SiteHolder.class);
		given(holder.current()).willReturn(site);
		this.search = new SiteSearch(holder);
	}

	@AfterEach
	void close() {
		this.search.close();
	}

	@Test
	void misspeltWordsFindTheirChapter() {
		assertThat(urls("reward modleing")).first().isEqualTo("/course/reward-modeling");
		assertThat(urls("prefernce optimisation")).first().isEqualTo("/course/dpo");
		assertThat(hits("bradly")).first().extracting(SearchHit::snippet).asString().contains("<mark>Bradley</mark>");
	}

	@Test
	void accentsAreOptionalBothWays() {
		assertThat(urls("Tulu")).containsExactly("/course/reward-modeling#open-recipes");
		assertThat(urls("Tülu")).containsExactly("/course/reward-modeling#open-recipes");
		assertThat(hits("tulu").get(0).snippet()).startsWith("<mark>Tülu</mark> 3 trains");
	}

	@Test
	void japaneseQueriesFindTheJapaneseEssay() {
		assertThat(urls("報酬モデル")).containsExactly("/ja/essay#オープンな研究");
		assertThat(urls("オープンな研究")).first().isEqualTo("/ja/essay#オープンな研究");
		assertThat(urls("研究所　公開")).containsExactly("/ja/essay#オープンな研究");
		assertThat(urls("open research")).first().isEqualTo("/essay#open-research");
	}

	@Test
	void snippetsShowTheTextAroundFormulasButNoTexNorSlideFooters() {
		String chapter = hits("probability").stream()
			.filter((hit) -> hit.url().equals("/course/reward-modeling#the-bradleyterry-model"))
			.findFirst()
			.orElseThrow()
			.snippet();
		assertThat(chapter).contains("the <mark>probability</mark> … that one answer beats another")
			.doesNotContain("frac")
			.doesNotContain("$")
			.doesNotContain("1+e");
		String slide = hits("pairs give").stream()
			.filter((hit) -> hit.kind().equals("deck"))
			.findFirst()
			.orElseThrow()
			.snippet();
		assertThat(slide).isEqualTo("Bradley–Terry model <mark>Pairs</mark> <mark>give</mark> a probability ….");
		assertThat(urls("rlhfbook")).isEmpty();
		assertThat(urls("lecture")).isEmpty();
	}

	@Test
	void theChapterSectionRanksAboveItsSlideAndHeadingsAboveText() {
		assertThat(urls("bradley terry")).containsExactly("/course/reward-modeling#the-bradleyterry-model",
				"/slides/reward-modeling#2", "/course/dpo#the-loss");
	}

	private List<String> urls(String input) {
		return hits(input).stream().map(SearchHit::url).toList();
	}

	private List<SearchHit> hits(String input) {
		SearchResults results = this.search.search(input, 10);
		assertThat(results.outcome()).isEqualTo(SearchResults.Outcome.SEARCHED);
		return results.hits();
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
