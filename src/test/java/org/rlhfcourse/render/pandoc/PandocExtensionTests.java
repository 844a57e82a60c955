package org.rlhfcourse.render.pandoc;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.cite.Bibliography;

import static org.assertj.core.api.Assertions.assertThat;

class PandocExtensionTests {

	private static final Map<String, byte[]> FILES = Map.of("chapters/images/loop.svg",
			"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\" role=\"img\"><title>Loop</title></svg>"
				.getBytes(StandardCharsets.UTF_8),
			"chapters/images/loop-dark.svg",
			"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"><title>Loop</title></svg>"
				.getBytes(StandardCharsets.UTF_8));

	private final MarkdownRenderer markdown = new MarkdownRenderer((tex, display) -> "<m>" + tex + "</m>",
			CodeHighlighter.NONE);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = " => ",
			textBlock = """
					figure with label     => ![The RLHF loop.](images/loop.svg){#fig:loop}                 => <figure id="fig:loop" class="figure">
					figure image          => ![The RLHF loop.](images/loop.svg){#fig:loop}                 => <img src="/assets/chapters/images/loop.svg" alt="The RLHF loop." width="640" height="360" loading="lazy" decoding="async" />
					figure caption        => ![The RLHF loop.](images/loop.svg){#fig:loop}                 => <figcaption><span class="figure-number">Figure 1.</span> The RLHF loop.</figcaption>
					figure width          => ![Loop.](images/loop.svg){#fig:loop width=60%}                => style="width:60%"
					figure cross-ref      => ![Loop.](images/loop.svg){#fig:loop}\\n\\nSee @fig:loop.      => <a class="cross-ref" href="#fig:loop">Figure 1</a>
					inline image stays    => Text ![icon](images/loop.svg) more.                           => <p>Text <img src="/assets/chapters/images/loop.svg" alt="icon" /> more.</p>
					table caption after   => | a | b |\\n|---|--:|\\n| 1 | 2 |\\n\\nTable: Sizes. {#tbl:sizes} => <table>\\n<caption id="tbl:sizes"><span class="table-number">Table 1.</span> Sizes.</caption>
					table caption before  => : Sizes.\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |                   => <caption><span class="table-number">Table 1.</span> Sizes.</caption>
					table cross-ref       => See @tbl:sizes.\\n\\n| a |\\n|---|\\n| 1 |\\n\\nTable: S. {#tbl:sizes} => See <a class="cross-ref" href="#tbl:sizes">Table 1</a>.
					right-aligned numbers => | a | b |\\n|---|--:|\\n| 1 | 2 |                               => <td align="right">2</td>
					fenced div            => ::: {.note}\\nRemember *this*.\\n:::                          => <div class="note">\\n<p>Remember <em>this</em>.</p>\\n</div>
					fenced div id         => ::: {.example #ex1}\\nText\\n:::                               => <div id="ex1" class="example">
					bare class div        => ::: warning\\nCareful.\\n:::                                   => <div class="warning">
					nested divs           => :::: {.note}\\n::: {.example}\\nIn.\\n:::\\nOut.\\n::::           => <div class="note">\\n<div class="example">\\n<p>In.</p>\\n</div>\\n<p>Out.</p>\\n</div>
					heading attributes    => ## Setup {#setup .unnumbered}                                 => <h2 id="setup" class="unnumbered">
					footnote              => Claim.[^1]\\n\\n[^1]: Source.                                 => <li id="fn-1">
					smart quotes          => "Quoted" -- dash                                              => &ldquo;Quoted&rdquo; &ndash; dash
					definition list       => Term\\n: Definition.                                          => <dl>\\n<dt>Term</dt>\\n<dd>Definition.</dd>\\n</dl>
					raw html passes       => <kbd>Ctrl</kbd>                                               => <kbd>Ctrl</kbd>
					""")
	void pandocConstructs(String name, String source, String expected) {
		RenderedMarkdown rendered = render(source.replace("\\n", "\n"));
		assertThat(rendered.html()).contains(expected.replace("\\n", "\n"));
		assertThat(rendered.problems()).isEmpty();
	}

	@Test
	void gridTableWithHeaderAlignmentMultiLineCellsAndCaption() {
		String grid = """
				+---------------+--------:+
				| Method        | Reward  |
				+:==============+========:+
				| *DPO* with    | none    |
				| $\\beta$ = 0.1 |         |
				+---------------+---------+
				| PPO           | learned |
				+---------------+---------+

				Table: Two methods. {#tbl:grid}
				""";
		RenderedMarkdown rendered = render(grid);
		assertThat(rendered.problems()).isEmpty();
		assertThat(rendered.html()).contains(
				"<table>\n<caption id=\"tbl:grid\"><span class=\"table-number\">Table 1.</span> Two methods.</caption>")
			.contains("<thead>\n<tr><th align=\"left\">Method</th><th align=\"right\">Reward</th></tr>\n</thead>")
			.containsIgnoringWhitespaces("<td align=\"left\"><em>DPO</em> with <m>\\beta</m> = 0.1</td>")
			.contains("<td align=\"right\">learned</td>");
	}

	@Test
	void gridTableWithoutHeaderHasOnlyBodyRows() {
		String html = render("+---+---+\n| a | b |\n+---+---+\n").html();
		assertThat(html).contains("<tbody>\n<tr><td>a</td><td>b</td></tr>").doesNotContain("<thead>");
	}

	@Test
	void misalignedGridTableIsAnError() {
		assertThat(render("Intro.\n\n+---+---+\n| a  | b |\n+---+---+\n").problems()).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.line()).isEqualTo(3);
				assertThat(problem.message()).contains("does not line up");
			});
	}

	@Test
	void missingImageIsAnErrorAtItsLine() {
		assertThat(render("Intro.\n\n![A plot.](images/missing.png)\n").problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/01-x.md:3:1: error: image not found: images/missing.png (looked for content/chapters/images/missing.png)");
	}

	@Test
	void imagePathCannotClimbOutOfTheContentFolder() {
		assertThat(render("![x](../../../etc/passwd.png)\n").problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("outside the content folder"));
	}

	@Test
	void unclosedFencedDivIsAnError() {
		assertThat(render("::: {.note}\nNever closed.\n").problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("never closed"));
	}

	@Test
	void crossReferencesMathAndEmphasisInACaptionRenderAndTheAltTextReadsThem() {
		RenderedMarkdown rendered = render(
				"""
						$$
						L = -\\log \\sigma(r)
						$$ {#eq:loss}

						![The loss of @eq:loss falls as *training* goes on, beside $r$ and @tbl:sizes.](images/loop.svg){#fig:loss}

						| a |
						|---|
						| 1 |

						Table: Sizes. {#tbl:sizes}
						""");
		assertThat(rendered.problems()).isEmpty();
		assertThat(rendered.html())
			.contains("alt=\"The loss of Equation 1 falls as training goes on, beside r and " + "Table 1.\"")
			.contains("<figcaption><span class=\"figure-number\">Figure 1.</span> The loss of "
					+ "<a class=\"cross-ref\" href=\"#eq:loss\">Equation 1</a> falls as <em>training</em> goes on, "
					+ "beside <m>r</m> and <a class=\"cross-ref\" href=\"#tbl:sizes\">Table 1</a>.</figcaption>");
	}

	@Test
	void unknownLabelInACaptionIsAnErrorAtItsPosition() {
		assertThat(render("Intro.\n\n![See @eq:nowhere.](images/loop.svg)\n").problems())
			.extracting(ContentProblem::toString)
			.containsExactly("chapters/01-x.md:3:7: error: unknown label 'eq:nowhere'; label the target with "
					+ "{#eq:nowhere}");
	}

	@Test
	void darkVariantIsAPictureSourceForDarkModeResolvedLikeTheImage() {
		RenderedMarkdown rendered = render(
				"![The loop.](images/loop.svg){#fig:loop data-dark-src=\"images/loop-dark.svg\" width=60%}\n");
		assertThat(rendered.problems()).isEmpty();
		assertThat(rendered.html()).contains("<figure id=\"fig:loop\" class=\"figure\"><picture><source "
				+ "media=\"(prefers-color-scheme: dark)\" srcset=\"/assets/chapters/images/loop-dark.svg\" data-dark=\"\" />"
				+ "<img src=\"/assets/chapters/images/loop.svg\" alt=\"The loop.\" width=\"640\" height=\"360\" "
				+ "style=\"width:60%\" loading=\"lazy\" decoding=\"async\" /></picture>")
			.doesNotContain("data-dark-src");
	}

	@Test
	void missingDarkVariantIsAnErrorAtTheAttributeAndTheFigureStillShows() {
		RenderedMarkdown rendered = render(
				"Intro.\n\n![The loop.](images/loop.svg){data-dark-src=\"images/gone.svg\"}\n");
		assertThat(rendered.problems()).extracting(ContentProblem::toString)
			.containsExactly("chapters/01-x.md:3:46: error: dark image not found: images/gone.svg (looked for "
					+ "content/chapters/images/gone.svg)");
		assertThat(rendered.html()).contains("<img src=\"/assets/chapters/images/loop.svg\"")
			.doesNotContain("<picture>");
	}

	private RenderedMarkdown render(String source) {
		return this.markdown.render("chapters/01-x.md", source, Bibliography.EMPTY,
				(path) -> Optional.ofNullable(FILES.get(path)));
	}

}
