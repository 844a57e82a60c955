package org.rlhfcourse.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTests {

	@Test
	void sectionsSplitAtHeadingsWithIdsAndKeepTheOpening() {
		List<HtmlText.Section> sections = HtmlText.sections("""
				<p>Opening &amp; more.</p>
				<h2 id="first"><a href="#first" class="anchor"><span aria-hidden="true">#</span>\
				<span class="visually-hidden">Link to this section</span></a>First part</h2>
				<p>One.</p>
				<h3 id="sub">Sub <em>part</em></h3><p>Two.</p>
				<h4 id="deeper">Deeper</h4><p>Three.</p>
				""");
		assertThat(sections).containsExactly(new HtmlText.Section(0, "", "", "Opening & more."),
				new HtmlText.Section(2, "first", "First part", "One."),
				new HtmlText.Section(3, "sub", "Sub part", "Two. Deeper Three."));
	}

	@Test
	void citationCardsScriptsAndHeadingAnchorsAreLeftOut() {
		String html = "<p>A prompt is drawn [<span class=\"cite\"><a class=\"cite-link\" href=\"#ref-a\">9</a>"
				+ "<span class=\"cite-card\" role=\"tooltip\">R. A. Bradley, 1952.</span></span>].</p>"
				+ "<script>var hidden = 1;</script>";
		assertThat(HtmlText.text(html)).isEqualTo("A prompt is drawn [9].");
	}

	@Test
	void shortFlatFormulasReadAsTheirSymbolsOnceAndOthersAsAnEllipsisNeverAsTex() {
		String html = "<p>The bonus " + katex("<mi>α</mi><mo>&gt;</mo><mn>0</mn>", "\\alpha > 0", "α>0")
				+ " is paid once.</p><p>The loss is <span class=\"katex-display\">"
				+ katex("<mfrac><mn>1</mn><mi>N</mi></mfrac><msub><mi>r</mi><mi>ϕ</mi></msub>", "\\frac{1}{N} r_\\phi",
						"1Nrϕ")
				+ "</span> summed over pairs, for a policy "
				+ katex("<msub><mi>π</mi><mi>θ</mi></msub>", "\\pi_\\theta", "πθ") + ".</p>";
		assertThat(HtmlText.text(html))
			.isEqualTo("The bonus α>0 is paid once. The loss is … summed over pairs, for a policy ….")
			.doesNotContain("\\")
			.doesNotContain("$");
	}

	@Test
	void slideFootersAndFormulasKatexCouldNotTypesetAreLeftOut() {
		String html = "<h2>Bradley–Terry</h2><div class=\"slide-body\"><p>Pairs give "
				+ "<code class=\"math-error\" title=\"KaTeX parse error\">\\frac{1}{</code> a score.</p></div>"
				+ "<footer class=\"slide-footer\"><span class=\"slide-footer-left\">rlhfbook.com</span>"
				+ "<span class=\"slide-footer-right\">Lambert 4/20</span></footer>";
		assertThat(HtmlText.text(html)).isEqualTo("Bradley–Terry Pairs give … a score.");
	}

	@Test
	void attributesAreReadAsABrowserReadsThemWhateverTheirQuotesOrNeighbours() {
		List<HtmlText.Section> sections = HtmlText.sections("""
				<p>Opening.</p>
				<h2 data-id="not-this" ID='single'>Single <a class=anchor href='#single'>#</a></h2><p>One.</p>
				<h3 id=bare class="x">Bare</h3><p>Two <span class='visually-hidden'>hidden</span>more.</p>
				""");
		assertThat(sections).containsExactly(new HtmlText.Section(0, "", "", "Opening."),
				new HtmlText.Section(2, "single", "Single", "One."),
				new HtmlText.Section(3, "bare", "Bare", "Two more."));
	}

	@Test
	@Timeout(120)
	void malformedMarkupIsReadAsABrowserReadsItWithoutRescanning() {
		assertThat(HtmlText.text("<p>Before</p>" + "<!--".repeat(25_000) + "-->" + "<p>After</p>"))
			.isEqualTo("Before After");
		assertThat(HtmlText.text("<p>Text</p><div\n" + "<a".repeat(50_000))).isEqualTo("Text");
		assertThat(HtmlText.text("<p>1 < 2 & 3 > 2</p>")).isEqualTo("1 < 2 & 3 > 2");
	}

	/**
	 * A formula as KaTeX renders it: MathML with the TeX as annotation, then the visual
	 * copy, hidden from readers.
	 */
	static String katex(String mathml, String tex, String visual) {
		return "<span class=\"katex\"><span class=\"katex-mathml\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
				+ "<semantics><mrow>" + mathml + "</mrow><annotation encoding=\"application/x-tex\">"
				+ HtmlUtils.htmlEscape(tex) + "</annotation></semantics></math></span>"
				+ "<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"base\"><span class=\"mord\">" + visual
				+ "</span></span></span></span>";
	}

}
