package org.rlhfcourse.render.deck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rlhfcourse.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole decks rendered: layout of columns and rows, reveal steps, notes, footnotes,
 * elements, citations and the generated References slides, and problems pointing at the
 * right file line.
 */
class DeckBuilderTests {

	private static final String FRONT = """
			---
			title: "Test deck"
			chapter: "dpo"
			bibliography: references.bib
			footer:
			  left: "rlhfbook.com"
			  center: ""
			  right: "Lambert {n}/{N}"
			---

			""";

	private static Deck deck(DeckBuilder.Built built) {
		assertThat(built.problems()).extracting(ContentProblem::toString).isEmpty();
		return built.deck();
	}

	@Test
	void columnsSplitAtTheTripleBarParagraph() {
		Deck deck = deck(
				Decks.build(FRONT + "<!-- columns: 60/40 -->\n## Two\n\nLeft **text**\n\n|||\n\nRight text\n"));
		Slide slide = deck.slides().get(0);
		assertThat(slide.cssClass()).isEqualTo("slide slide--content cols-60-40");
		assertThat(slide.html()).contains("<h2 class=\"slide-title\">Two</h2>")
			.contains("style=\"grid-template-columns: minmax(0, 60fr) minmax(0, 40fr)\"")
			.contains(
					"<div class=\"col\"><p>Left <strong>text</strong></p></div><div class=\"col\"><p>Right text</p></div>")
			.doesNotContain("|||");
	}

	@Test
	void equalColumnsFromANumber() {
		Deck deck = deck(Decks.build(FRONT + "## Three\n<!-- columns: 3 -->\n\na\n\n|||\n\nb\n\n|||\n\nc\n"));
		assertThat(deck.slides().get(0).html()).contains("grid-template-columns: repeat(3, minmax(0, 1fr))");
		assertThat(deck.slides().get(0).html().split("<div class=\"col\">", -1)).hasSize(4);
	}

	@Test
	void rowsSplitAtEqualsLinesAndRowsMayHaveColumns() {
		Deck deck = deck(
				Decks.build(FRONT + "<!-- rows: 40/60 -->\n## Rows\n\nTop\n\n===\n\n<!-- row-columns: 50/50 -->\n\n"
						+ "A\n\n|||\n\nB\n"));
		String html = deck.slides().get(0).html();
		assertThat(html).contains("grid-template-rows: minmax(min-content, 40fr) minmax(min-content, 60fr)")
			.contains("<div class=\"deck-row\"><p>Top</p>")
			.contains("<div class=\"deck-row\"><div class=\"slide-body deck-columns\" style=\"grid-template-columns: "
					+ "minmax(0, 50fr) minmax(0, 50fr)\"><div class=\"col\"><p>A</p>")
			.doesNotContain("===", "row-columns");
	}

	@Test
	void notesAreKeptApartFromTheSlide() {
		Deck deck = deck(Decks.build(FRONT + "## Notes\n\nVisible\n\n<!-- notes: Say *this* aloud -->\n"));
		Slide slide = deck.slides().get(0);
		assertThat(slide.notes()).isEqualTo("<p>Say <em>this</em> aloud</p>");
		assertThat(slide.html()).contains("Visible").doesNotContain("aloud", "notes");
	}

	@Test
	void stepsAndAnimatedBulletsBecomeNumberedFragments() {
		Deck deck = deck(Decks.build(FRONT + "## Steps\n\nFirst\n\n<!-- step -->\n\nSecond\n\n---\n\n"
				+ "## Bullets\n<!-- animate: bullets -->\n\n- one\n- two\n"));
		assertThat(deck.slides().get(0).fragments()).isEqualTo(1);
		assertThat(deck.slides().get(0).html())
			.contains("<p>First</p>\n<div data-fragment-index=\"1\" class=\"fragment\"><p>Second</p></div>");
		assertThat(deck.slides().get(1).fragments()).isEqualTo(2);
		assertThat(deck.slides().get(1).html()).contains("<li data-fragment-index=\"1\" class=\"fragment\">one</li>",
				"<li data-fragment-index=\"2\" class=\"fragment\">two</li>");
	}

	@Test
	void inlineFootnotesAreNumberedPerSlide() {
		Deck deck = deck(Decks.build(FRONT + "## A\n\nOne^[first $x$] and two^[second [@bradley1952rank]]\n\n---\n\n"
				+ "## B\n\nThree^[third]\n"));
		assertThat(deck.slides().get(0).html())
			.contains(
					"One<sup class=\"deck-footnote-ref\">1</sup> and two" + "<sup class=\"deck-footnote-ref\">2</sup>")
			.contains("<div class=\"slide-meta slide-meta--right\"><ol class=\"deck-footnotes\"><li>first <m>x</m></li>"
					+ "<li>second <span class=\"deck-cite\">(<a href=\"#ref-bradley1952rank\">Bradley &amp; Terry, 1952"
					+ "</a>)</span></li></ol>");
		assertThat(deck.slides().get(1).html()).contains("Three<sup class=\"deck-footnote-ref\">1</sup>");
	}

	@Test
	void citationsResolveAgainstTheDecksBibliographyAndMakeAReferencesSlide() {
		Deck deck = deck(
				Decks.build(FRONT + "## Cites\n<!-- cite-right: bradley1952rank -->\n\nRLHF [@ouyang2022training]"
						+ " and both [@ouyang2022training; @bradley1952rank].\n"));
		assertThat(deck.slideCount()).isEqualTo(2);
		assertThat(deck.authored()).isEqualTo(1);
		assertThat(deck.slides().get(0).html()).contains(
				"RLHF <span class=\"deck-cite\">(<a href=\"#ref-ouyang2022training\">Ouyang et al., 2022</a>)</span>")
			.contains("(<a href=\"#ref-bradley1952rank\">Bradley &amp; Terry, 1952</a>; "
					+ "<a href=\"#ref-ouyang2022training\">Ouyang et al., 2022</a>)")
			.contains("<div class=\"slide-meta slide-meta--right\"><p class=\"deck-cite-labels\">")
			.contains("Lambert 1/2");
		Slide references = deck.slides().get(1);
		assertThat(references.references()).isTrue();
		assertThat(references.cssClass()).contains("references");
		assertThat(references.title()).isEqualTo("References");
		assertThat(references.html())
			.contains("<li id=\"ref-bradley1952rank\">Bradley, R. A., and Terry, M. E.. "
					+ "“<em>Rank Analysis of Incomplete Block Designs</em>.” <em>Biometrika</em>, 1952.</li>")
			.containsSubsequence("ref-bradley1952rank", "ref-ouyang2022training")
			.contains("[link]</a>")
			.contains("Lambert 2/2");
	}

	@Test
	void bibliographyIsResolvedRelativeToTheDeck() {
		DeckBuilder.Built built = Decks.build(
				FRONT.replace("references.bib", "../shared/refs.bib") + "## A\n\n[@bradley1952rank]\n",
				Map.of("shared/refs.bib", Decks.BIB));
		assertThat(deck(built).slides().get(0).html()).contains("Bradley &amp; Terry, 1952");
	}

	@Test
	void unknownCitationKeysAreErrorsAtTheirLine() {
		DeckBuilder.Built built = Decks.build(FRONT + "## A\n\ntext\n\nSee [@nobody2020].\n");
		assertThat(built.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"decks/test.md:15:1: error: unknown citation key 'nobody2020'; add it to the deck's bibliography");
		assertThat(built.deck().slides().get(0).html())
			.contains("<span class=\"deck-cite-missing\">nobody2020?</span>");
		assertThat(built.deck().slideCount()).isEqualTo(1);
	}

	@Test
	void longReferenceListsSplitOverNumberedSlides() {
		StringBuilder bib = new StringBuilder();
		StringBuilder cites = new StringBuilder("## Many\n\n");
		for (int i = 0; i < 20; i++) {
			bib.append("@misc{k")
				.append(i)
				.append(", author = {Author")
				.append((char) ('a' + i))
				.append(", A.}, title = {A title long enough to take one line}, year = {2020}}\n");
			cites.append("[@k").append(i).append("] ");
		}
		Deck deck = deck(Decks.build(FRONT + cites, Map.of("decks/references.bib", bib.toString())));
		// One-line entries cost 38 estimated pixels, so 13 fit on a 530-pixel page: 20
		// entries take two pages.
		assertThat(deck.slides()).filteredOn(Slide::references)
			.extracting(Slide::title)
			.containsExactly("References (1/2)", "References (2/2)");
		assertThat(deck.slides().get(1).html().split("<li ", -1)).hasSize(14);
	}

	@Test
	void elementsRenderAsBoxesBubblesChartsAndBadges() {
		Deck deck = deck(Decks.build(FRONT + """
				## Elements

				```box
				title: "Key: idea"
				tone: muted
				content: |
				  Some **bold** text
				```

				```conversation
				messages:
				  - role: user
				    content: "Hi"
				  - role: assistant
				    model: "demo"
				    content: "Hello"
				  - role: system
				    content: "Be brief"
				```

				```chart
				type: bar
				title: "Scores"
				data:
				  labels: [A, B]
				  datasets:
				    - label: "S"
				      data: [1, 3]
				```

				```builtwith
				repo: natolambert/colloquium
				```
				"""));
		String html = deck.slides().get(0).html();
		assertThat(html)
			.contains("<div class=\"deck-box deck-box--muted\"><div class=\"deck-box-title\">Key: idea</div>"
					+ "<div class=\"deck-box-content\"><p>Some <strong>bold</strong> text</p></div></div>")
			.containsSubsequence("deck-message--system", "Be brief", "deck-message--user", "Hi",
					"deck-message--assistant", "Assistant <span class=\"deck-message-model\">(demo)</span>", "Hello")
			.contains("<figcaption>Scores</figcaption><svg class=\"deck-chart-svg\"", "role=\"img\"", "<rect ")
			.contains("<th scope=\"row\">B</th><td>3</td>")
			.contains("<a href=\"https://github.com/natolambert/colloquium\">natolambert/colloquium</a>")
			.doesNotContain("<pre>", "language-box");
	}

	@Test
	void brokenElementsAreReportedAtTheirLine() {
		DeckBuilder.Built built = Decks
			.build(FRONT + "## A\n\n```conversation\nmessages: []\n```\n\n```chart\n" + "type: radar\n```\n");
		assertThat(built.problems()).extracting(ContentProblem::toString)
			.containsExactly("decks/test.md:13:1: error: conversation needs a non-empty 'messages' list",
					"decks/test.md:17:1: error: chart type must be bar, line, scatter, pie or doughnut, found 'radar'");
		assertThat(built.deck().slides().get(0).html()).contains("deck-element-error");
	}

	@Test
	void mathErrorsPointAtTheFileLine() {
		DeckBuilder.Built built = Decks.build(FRONT + "## A\n\nfine\n\n---\n\n## B\n\n$\\bad$\n",
				Map.of("decks/references.bib", Decks.BIB), (tex, display) -> {
					if (tex.contains("bad")) {
						throw new org.rlhfcourse.render.math.MathException("Undefined control sequence: \\bad");
					}
					return "<m>" + tex + "</m>";
				});
		assertThat(built.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("decks/test.md");
			assertThat(problem.line()).isEqualTo(19);
		});
	}

	@Test
	void defaultFooterCountsAndTitleSlidesUseH1() {
		Deck deck = deck(Decks.build("---\ntitle: T\n---\n\n# Hello *world*\n\n---\n\n## Next\n"));
		assertThat(deck.slides().get(0).html()).startsWith("<h1 class=\"slide-title\">Hello <em>world</em></h1>")
			.contains("<span class=\"slide-footer-right\"><span class=\"slide-counter\">1 / 2</span></span>");
		assertThat(deck.slides().get(0).cssClass()).isEqualTo("slide slide--title");
		assertThat(deck.slides().get(0).title()).isEqualTo("Hello world");
		assertThat(deck.settings().title()).isEqualTo("T");
		assertThat(deck.settings().width()).isEqualTo(1280);
	}

	@Test
	void deckWithNoSlidesIsOneErrorAfterItsFrontMatter() {
		DeckBuilder.Built built = Decks.build("---\ntitle: Empty\n---\n\n", Map.of());
		assertThat(built.problems()).extracting(ContentProblem::toString)
			.containsExactly("decks/test.md:5:1: error: deck has no slides; write slides after the front matter, "
					+ "starting with a '# Title' or '## Heading' and separated by '---' lines");
		assertThat(built.deck().slides()).isEmpty();
	}

	@Test
	void fourByThreeDecksHaveANarrowerCanvas() {
		Deck deck = deck(Decks.build("---\ntitle: T\naspect_ratio: \"4:3\"\nunknown_key: kept quiet\n---\n\n## A\n"));
		assertThat(deck.settings().width()).isEqualTo(960);
		assertThat(deck.settings().aspectRatio()).isEqualTo("4:3");
	}

	@Test
	void footerLogosFromOtherHostsAreReported() {
		DeckBuilder.Built built = Decks
			.build("---\ntitle: T\nfooter:\n  left: \"https://example.org/logo.png\"\n---\n" + "\n## A\n", Map.of());
		assertThat(built.problems()).singleElement().extracting(ContentProblem::line).isEqualTo(3);
	}

	@Test
	void deckSlugIsThePathUnderDecksWithoutExtension() {
		assertThat(deck(Decks.build(FRONT + "## A\n")).slug()).isEqualTo("test");
		assertThat(List.of(deck(Decks.build(FRONT + "## A\n")).url())).containsExactly("/slides/test");
	}

}
