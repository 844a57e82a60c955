package org.rlhfcourse.render.cite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderedMarkdown;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citations and cross-references through the site's real Markdown pipeline (with a
 * stand-in typesetter).
 */
class CitationExtensionTests {

	private final MarkdownRenderer markdown = new MarkdownRenderer((tex, display) -> "<m>" + tex + "</m>",
			CodeHighlighter.NONE);

	private final Bibliography bibliography = fixture();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = " => ",
			textBlock = """
					single key            => DPO [@rafailov2023direct] works.           => DPO <span class="citation">[<span class="cite"><a class="cite-link" href="#ref-rafailov2023direct">1</a>
					two keys              => [@rafailov2023direct; @bradley1952rank]    => href="#ref-rafailov2023direct">1</a>
					second of two keys    => [@rafailov2023direct; @bradley1952rank]    => , <span class="cite"><a class="cite-link" href="#ref-bradley1952rank">2</a>
					prefix and locator    => [see @bradley1952rank, p. 3]               => [see <span class="cite"><a class="cite-link" href="#ref-bradley1952rank">1</a>
					locator kept          => [see @bradley1952rank, p. 3]               => </span></span>, p. 3]</span>
					suppressed author     => [-@bradley1952rank]                        => href="#ref-bradley1952rank">1</a>
					bare key is in-text   => As @bradley1952rank showed                 => As Bradley and Terry <span class="citation">[<span class="cite"><a class="cite-link" href="#ref-bradley1952rank">1</a>
					card has the entry    => [@bradley1952rank]                         => <span class="cite-card" role="tooltip">R. A. Bradley and M. E. Terry, “Rank Analysis
					email is not a cite   => mail me@example.org now                    => <p>mail me@example.org now</p>
					handle is prose       => follow @natolambert for news               => <p>follow @natolambert for news</p>
					link is not a cite    => [the @ sign](https://example.org)          => <a href="https://example.org">the @ sign</a>
					equation reference    => $$ x $$ {#eq:x}\\n\\nSee @eq:x.            => See <a class="cross-ref" href="#eq:x">Equation 1</a>.
					bracketed reference   => $$ x $$ {#eq:x}\\n\\nSee [@eq:x].          => See <a class="cross-ref" href="#eq:x">Equation 1</a>.
					unknown key           => [@nope2020]                                => <span class="citation-missing" title="Unknown citation key">?nope2020</span>
					unknown label         => See @tbl:none.                             => <span class="cross-ref-missing" title="Unknown label">??tbl:none</span>
					""")
	void citationsAndReferences(String name, String source, String expected) {
		assertThat(render(source.replace("\\n", "\n")).html()).contains(expected);
	}

	@Test
	void referencesAreListedInOrderOfFirstCitation() {
		RenderedMarkdown rendered = render(
				"B [@bradley1952rank], R [@rafailov2023direct], B again [@bradley1952rank].");
		String html = rendered.html();
		assertThat(html).contains("<h2 id=\"references\">References</h2>");
		assertThat(html.indexOf("<li id=\"ref-bradley1952rank\">"))
			.isLessThan(html.indexOf("<li id=\"ref-rafailov2023direct\">"));
		assertThat(html).doesNotContain("ref-sutton2018reinforcement");
		assertThat(rendered.toc()).last().satisfies((entry) -> assertThat(entry.id()).isEqualTo("references"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = " => ",
			textBlock = """
					run of four collapses      => [@lambert2024tulu; @bradley1952rank; @sutton2018reinforcement; @rafailov2023direct] => [1–4]
					run of three collapses     => [@lambert2024tulu; @bradley1952rank; @rafailov2023direct]                          => [1–3]
					two stay apart, sorted     => [@lambert2024tulu; @rafailov2023direct]                                            => [1, 3]
					gap, then a pair           => [@sutton2018reinforcement; @lambert2024tulu; @rafailov2023direct]                   => [1, 3, 4]
					repeated key once          => [@bradley1952rank; @rafailov2023direct; @bradley1952rank]                           => [1, 2]
					locator breaks a run       => [@lambert2024tulu; @rafailov2023direct, p. 3; @bradley1952rank]                     => [1, p. 3, 2, 3]
					unknown keys come last     => [@nope2020; @bradley1952rank; @rafailov2023direct; @lambert2024tulu]                => [1–3, ?nope2020]
					""")
	void citationGroupsPrintSortedAndCollapsedAsNumericStylesDo(String name, String group, String expected) {
		// Numbers go by first citation: Rafailov 1, Bradley 2, then the group's own keys.
		String html = render("R [@rafailov2023direct], B [@bradley1952rank], all " + group + ".").html();
		Element citation = Jsoup.parseBodyFragment(html).select("span.citation").get(2);
		citation.select(".cite-card").remove();
		assertThat(citation.text()).isEqualTo(expected);
	}

	@Test
	void brokenChapterYieldsExactlyItsTwoErrorsWithLines() throws IOException {
		String text;
		try (var in = getClass().getResourceAsStream("/fixtures/broken-chapter.md")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		RenderedMarkdown rendered = this.markdown.render("chapters/09-broken.md", text, this.bibliography,
				AssetLookup.NONE);
		assertThat(rendered.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/09-broken.md:14:38: error: unknown citation key 'nosuchkey2020'; add it to a .bib file",
					"chapters/09-broken.md:16:4: error: unknown label 'fig:missing'; label the target with {#fig:missing}");
		assertThat(rendered.html()).contains("Equation 1").contains("class=\"cite-link\"");
	}

	private RenderedMarkdown render(String source) {
		return this.markdown.render("chapters/01-test.md", source, this.bibliography, AssetLookup.NONE);
	}

	private static Bibliography fixture() {
		try (var in = CitationExtensionTests.class.getResourceAsStream("/fixtures/odd.bib")) {
			return Bibliography.parse("odd.bib", new String(in.readAllBytes(), StandardCharsets.UTF_8),
					new ArrayList<>());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
