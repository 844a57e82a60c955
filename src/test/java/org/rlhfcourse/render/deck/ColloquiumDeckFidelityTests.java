package org.rlhfcourse.render.deck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rlhfcourse.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Constructs colloquium decks use that must render as colloquium renders them: slides
 * after the generated references, figure captions without numbers, and a chart's data
 * table with a header for every column.
 */
class ColloquiumDeckFidelityTests {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/colloquium-decks/decks");

	private static Deck deck(String text, Map<String, String> assets) {
		DeckBuilder.Built built = Decks.build(text, assets);
		assertThat(built.problems()).extracting(ContentProblem::toString).isEmpty();
		return built.deck();
	}

	@Test
	void slidesMarkedAfterReferencesFollowTheReferencesSlidesInTheirOrder() throws IOException {
		Deck deck = deck(Files.readString(FIXTURE.resolve("after-references.md")),
				Map.of("decks/refs.bib", Files.readString(FIXTURE.resolve("refs.bib"))));
		assertThat(deck.slides()).extracting(Slide::title)
			.containsExactly("Backup slides after the references", "A claim", "Summary", "References",
					"Backup: the reward model", "Backup: the data");
		assertThat(deck.slides()).extracting(Slide::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(deck.slides().get(4).html()).contains("<span class=\"slide-counter\">5 / 6</span>")
			.doesNotContain("after:");
		assertThat(deck.slides().get(3).references()).isTrue();
		assertThat(deck.authored()).isEqualTo(5);
	}

	@Test
	void withoutCitationsSlidesAfterReferencesSimplyComeLast() {
		Deck deck = deck("---\ntitle: T\n---\n\n<!-- after: references -->\n## Backup\n\n---\n\n## Main\n", Map.of());
		assertThat(deck.slides()).extracting(Slide::title).containsExactly("Main", "Backup");
	}

	@Test
	void deckFigureCaptionsAreTheAltTextWithoutAFigureNumber() {
		Deck deck = deck("---\ntitle: T\nfigure_captions: true\n---\n\n## A\n\n![Reward over training](img/a.svg)\n",
				Map.of("decks/img/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>"));
		assertThat(deck.slides().get(0).html()).contains("<figcaption>Reward over training</figcaption>")
			.doesNotContain("Figure 1", "figure-number");
	}

	@Test
	void chartTablesNameTheirLabelColumn() {
		String chart = """
				---
				title: T
				---

				## Chart

				```chart
				type: line
				data:
				  labels: ["1x", "2x"]
				  datasets:
				    - label: "trend"
				      data: [1, 2]
				%s```
				""";
		assertThat(deck(chart.formatted(""), Map.of()).slides().get(0).html())
			.contains("<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">trend</th></tr></thead>");
		String titled = "options:\n  scales:\n    x:\n      title:\n        text: \"Compute\"\n";
		assertThat(deck(chart.formatted(titled), Map.of()).slides().get(0).html())
			.contains("<th scope=\"col\">Compute</th><th scope=\"col\">trend</th>");
	}

	/**
	 * Reading a deck touches each slide's own text only: the text handed on for all
	 * slides together is as long as the deck, not the square of it, which a parser that
	 * padded each slide to its file position (to keep line numbers) would make it.
	 */
	@Test
	void slideTextsTogetherAreAsLongAsTheDeck() {
		String deck = "---\ntitle: T\n---\n" + "## Slide\n\nText\n\n---\n\n".repeat(2_000);
		List<SlideSource> slides = Decks.parse(deck, new java.util.ArrayList<>());
		assertThat(slides).hasSize(2_000);
		long total = slides.stream().mapToLong((slide) -> slide.content().length()).sum();
		assertThat(total).isLessThanOrEqualTo(deck.length());
		assertThat(slides.get(1_999).line()).isEqualTo(3 + 1_999 * 6);
	}

}
