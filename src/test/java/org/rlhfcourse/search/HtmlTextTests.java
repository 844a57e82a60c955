package org.rlhfcourse.search;

import java.util.List;

import org.junit.jupiter.api.Test;

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
	void mathReadsAsItsTexSourceAndCitationCardsAreLeftOut() {
		String html = "<p>A prompt <span class=\"katex\"><math><semantics><mi>x</mi>"
				+ "<annotation encoding=\"application/x-tex\">x_{t}</annotation></semantics></math>"
				+ "<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"base\"><span>x</span></span></span>"
				+ "</span> is drawn [<span class=\"cite\"><a class=\"cite-link\" href=\"#ref-a\">9</a>"
				+ "<span class=\"cite-card\" role=\"tooltip\">R. A. Bradley, 1952.</span></span>].</p>"
				+ "<script>var hidden = 1;</script>";
		assertThat(HtmlText.text(html)).isEqualTo("A prompt x_{t} is drawn [9].");
	}

}
