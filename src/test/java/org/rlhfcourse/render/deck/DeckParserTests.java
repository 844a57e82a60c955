package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.rlhfcourse.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slide splitting and per-slide directives, against the rules of colloquium's parse.py.
 */
class DeckParserTests {

	private static final String FRONT = "---\ntitle: \"T\"\n---\n\n";

	private final List<ContentProblem> problems = new ArrayList<>();

	private List<SlideSource> parse(String body) {
		return Decks.parse(FRONT + body, this.problems);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = "=>", textBlock = """
			plain separators                     => ## A\\n\\n---\\n\\n## B\\n\\n---\\n\\n## C   => 3
			separator without blank lines        => ## A\\n---\\n## B                          => 2
			trailing blanks after ---            => ## A\\n\\n---   \\n\\n## B                  => 2
			four dashes is a rule, not a break   => ## A\\n\\n----\\n\\n## B                   => 1
			setext underline splits as in colloquium => Text\\n---\\n## B                      => 2
			second --- after blank lines is content  => ## A\\n\\n---\\n\\n---\\n\\n## B         => 2
			--- right after front matter is content  => ---\\n\\n## A\\n\\n---\\n\\n## B         => 2
			--- at the end of the file is content    => ## A\\n\\n---\\n\\n## B\\n\\n---         => 2
			blank lines between two --- make no empty slide => ## A\\n\\n---\\n\\n   \\n\\n---\\n\\n## B => 2
			""")
	void splitsLikeColloquium(String name, String body, int slides) {
		assertThat(parse(body.replace("\\n", "\n"))).as(name).hasSize(slides);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void emptyBodyHasNoSlides() {
		assertThat(parse("")).isEmpty();
	}

	@Test
	void separatorInsideCodeFenceKeepsTheCodeAndIsReported() {
		List<SlideSource> slides = parse("## A\n\n```yaml\nkey: 1\n---\nkey: 2\n```\n\n---\n\n## B\n");
		assertThat(slides).hasSize(2);
		assertThat(slides.get(0).content()).contains("key: 1\n---\nkey: 2");
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("decks/test.md:9:1: error: '---' inside a code block: colloquium starts a new slide here "
					+ "and cuts the code in two; indent it or change the line");
	}

	@Test
	void frontMatterDelimitersAreNotSlideBreaksAndDashesInsideValuesAreReported() {
		String text = "---\ntitle: \"a---b\"\nchapter: dpo\n---\n\n## Only slide\n";
		List<SlideSource> slides = Decks.parse(text, this.problems);
		assertThat(slides).hasSize(1);
		assertThat(slides.get(0).title()).isEqualTo("Only slide");
		DeckSettings.of(Decks.file("decks/test.md", text), this.problems);
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("decks/test.md:2:1: error: front matter value of 'title' contains '---', where colloquium "
					+ "ends the front matter; write it differently");
	}

	@Test
	void slidesKnowTheirFileLines() {
		List<SlideSource> slides = parse("## A\n\ntext\n\n---\n\n## B\n\nmore\n");
		assertThat(slides).extracting(SlideSource::titleLine).containsExactly(5, 11);
		assertThat(slides).extracting(SlideSource::line).containsExactly(1, 10);
		assertThat(slides.get(1).content().split("\n", -1)[13 - 10]).isEqualTo("more");
	}

	@Test
	void hashHeadingMakesATitleSlideUnlessALayoutIsGiven() {
		List<SlideSource> slides = parse("# Big\n\n---\n\n<!-- layout: title-sidebar -->\n# Side\n\n---\n\n## Content\n"
				+ "\n### Not a title\n");
		assertThat(slides).extracting(SlideSource::layout).containsExactly("title", "title-sidebar", "content");
		assertThat(slides).extracting(SlideSource::isTitleSlide).containsExactly(true, true, false);
		assertThat(slides).extracting(SlideSource::title).containsExactly("Big", "Side", "Content");
		assertThat(slides.get(2).content()).contains("### Not a title").doesNotContain("## Content");
	}

	@Test
	void onlyTheFirstHeadingIsTheTitle() {
		SlideSource slide = parse("Intro line\n\n## First\n\n## Second\n").get(0);
		assertThat(slide.title()).isEqualTo("First");
		assertThat(slide.content()).contains("## Second", "Intro line");
	}

	@Test
	void headingInsideCodeBeforeAnyTitleIsReported() {
		SlideSource slide = parse("```python\n# comment\n```\n").get(0);
		assertThat(slide.title()).isEmpty();
		assertThat(slide.layout()).isEqualTo("content");
		assertThat(this.problems).singleElement().extracting(ContentProblem::line).isEqualTo(6);
	}

	@Test
	void everyDirectiveIsReadAndRemoved() {
		SlideSource slide = parse("""
				<!-- layout: section-break -->
				<!-- class: dark wide -->
				<!-- class: extra -->
				<!-- style: background: #fff -->
				<!-- notes: Say this
				over two lines -->
				<!-- title: center -->
				<!-- align: right -->
				<!-- valign: bottom -->
				<!-- columns: 60/40 -->
				<!-- rows: 30/70 -->
				<!-- padding: wide -->
				<!-- size: large -->
				<!-- cite: a, b -->
				<!-- cite-left: c -->
				<!-- cite-right: d , e -->
				<!-- footnote: left *note* -->
				<!-- footnote-right: right note -->
				<!-- footnotes: left -->
				<!-- img-align: center -->
				<!-- img-valign: top -->
				<!-- img-fill: yes -->
				<!-- img-overflow: true -->
				<!-- animate: bullets -->
				<!-- iframe: /course/dpo -->
				## Title
				""").get(0);
		assertThat(slide.layout()).isEqualTo("section-break");
		assertThat(slide.classes()).containsExactly("dark", "wide", "extra", "title-center", "align-right",
				"valign-bottom", "pad-wide", "size-large", "img-align-center", "img-valign-top", "img-fill",
				"img-overflow");
		assertThat(slide.style()).isEqualTo("background: #fff");
		assertThat(slide.notes()).isEqualTo("Say this\nover two lines");
		assertThat(slide.columns()).isEqualTo("60/40");
		assertThat(slide.rows()).isEqualTo("30/70");
		assertThat(slide.citeLeft()).containsExactly("a", "b", "c");
		assertThat(slide.citeRight()).containsExactly("d", "e");
		assertThat(slide.footnoteLeft()).isEqualTo("left *note*");
		assertThat(slide.footnoteRight()).isEqualTo("right note");
		assertThat(slide.footnotesRight()).isFalse();
		assertThat(slide.animate()).isEqualTo("bullets");
		assertThat(slide.iframe()).isEqualTo("/course/dpo");
		assertThat(slide.title()).isEqualTo("Title");
		assertThat(slide.content()).doesNotContain("<!--").doesNotContain("Title");
		assertThat(slide.content().split("\n", -1)).hasSize(FRONT.split("\n", -1).length + 26);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void stepAndRowColumnsStayForTheRenderer() {
		SlideSource slide = parse("## A\n\none\n\n<!-- step -->\n\ntwo\n\n<!-- row-columns: 50/50 -->\n").get(0);
		assertThat(slide.content()).contains("<!-- step -->", "<!-- row-columns: 50/50 -->");
		assertThat(this.problems).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = "=>", quoteCharacter = '"',
			textBlock = """
					<!-- columns: 50/ -->            => columns must be a number or widths like 50/50, found '50/' (colloquium ignores it)
					<!-- valign: middle -->          => valign must be one of top, center, bottom, found 'middle'
					<!-- animate: blocks -->         => animate: 'blocks' is not supported here; use 'bullets' (or 'items'), or <!-- step --> between blocks
					<!-- after: 2 -->                => after: only 'references' is known (the slide then follows the generated References slides), found '2'
					<!-- later: 2 -->                => '<!-- later: -->' is not a colloquium directive and would do nothing there; use <!-- step --> or animate for reveals, or remove it
					<!-- iframe: https://example.org --> => iframe: only addresses on this site (starting with /) can be embedded, since pages load nothing from other hosts; link to 'https://example.org' instead
					""")
	void unsupportedDirectivesAreReportedAtTheirLine(String directive, String message) {
		parse("## A\n\n" + directive + "\n");
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("decks/test.md:7:1: error: " + message);
	}

	@Test
	void directiveInsideCodeStaysInTheCodeAndIsReported() {
		SlideSource slide = parse("## A\n\n```md\n<!-- notes: x -->\n```\n").get(0);
		assertThat(slide.notes()).isEmpty();
		assertThat(slide.content()).contains("<!-- notes: x -->");
		assertThat(this.problems).singleElement().extracting(ContentProblem::line).isEqualTo(8);
	}

}
