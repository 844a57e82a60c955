package org.rlhfcourse.render.deck;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rlhfcourse.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files a deck names (images, footer logos, style backgrounds, custom_css), resolved
 * as colloquium resolves them: relative to the deck.
 */
class DeckAssetsTests {

	private static final String PNG = "png bytes";

	@Test
	void imagesResolveRelativeToTheDeckAndAreServedUnderAssets() {
		DeckBuilder.Built built = Decks.build("""
				---
				title: T
				---

				## Images

				![A plot.](assets/plot.png)

				![](assets/a%20b.png) ![](assets/café.png) ![](../chapters/images/shared.png)
				""", Map.of("decks/assets/plot.png", PNG, "decks/assets/a b.png", PNG, "decks/assets/café.png", PNG,
				"chapters/images/shared.png", PNG));
		assertThat(built.problems()).isEmpty();
		assertThat(built.deck().slides().getFirst().html()).contains("src=\"/assets/decks/assets/plot.png\"",
				"src=\"/assets/decks/assets/a%20b.png\"", "src=\"/assets/decks/assets/caf%C3%A9.png\"",
				"src=\"/assets/chapters/images/shared.png\"");
	}

	@Test
	void missingAndEscapingImagesAreReportedAtTheirLines() {
		DeckBuilder.Built built = Decks.build("---\ntitle: T\n---\n\n## A\n\n![G](assets/gone.png)\n\n---\n\n## B\n\n"
				+ "![P](../../../etc/passwd.png)\n\n![A](/etc/passwd.png)\n", Map.of());
		assertThat(built.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"decks/test.md:7:1: error: image not found: assets/gone.png (looked for content/decks/assets/gone.png)",
					"decks/test.md:13:1: error: '../../../etc/passwd.png' points outside the content folder",
					"decks/test.md:15:1: error: '/etc/passwd.png' is an absolute path; write it relative to decks/test.md");
	}

	@Test
	void footerLogosAndStyleBackgroundsResolveRelativeToTheDeck() {
		DeckBuilder.Built built = Decks.build("""
				---
				title: T
				footer:
				  left: "assets/logo.svg"
				  right: auto
				---

				## A
				<!-- style: background-image: url(assets/bg%20one.png); background-size: cover -->

				Text.
				""", Map.of("decks/assets/logo.svg", "<svg/>", "decks/assets/bg one.png", PNG));
		assertThat(built.problems()).isEmpty();
		Slide slide = built.deck().slides().getFirst();
		assertThat(slide.html())
			.contains("<img class=\"slide-footer-logo\" alt=\"\" src=\"/assets/decks/assets/logo.svg\">");
		assertThat(slide.style())
			.isEqualTo("background-image: url(\"/assets/decks/assets/bg%20one.png\"); " + "background-size: cover");
	}

	@Test
	void missingLogoAndRemoteBackgroundAreReported() {
		DeckBuilder.Built built = Decks.build("---\ntitle: T\nfooter:\n  left: logo.png\n---\n\n## A\n"
				+ "<!-- style: background: url('https://example.org/bg.png') -->\n", Map.of());
		assertThat(built.problems()).extracting(ContentProblem::toString)
			.containsExactly("decks/test.md:3:1: error: footer logo not found (looked for content/decks/logo.png)",
					"decks/test.md:8:1: error: style: url(https://example.org/bg.png) loads from another host; pages "
							+ "load nothing from other hosts, so put the file in content/ and name it relative to "
							+ "decks/test.md");
		assertThat(built.deck().slides().getFirst().html()).doesNotContain("slide-footer-logo");
	}

	@Test
	void inlineCustomCssBecomesAScopedFingerprintedStylesheet() {
		DeckBuilder.Built built = Decks.build("""
				---
				title: T
				custom_css: |
				  :root { --colloquium-accent: #c33; }
				  .slide h2, body .slide-title { color: var(--colloquium-accent); }
				  /* a comment */
				  @media print { .slide { background: url(assets/bg.png); } }
				---

				## A
				""", Map.of("decks/assets/bg.png", PNG));
		assertThat(built.problems()).isEmpty();
		DeckStylesheet stylesheet = built.deck().stylesheet();
		assertThat(stylesheet.css()).isEqualTo("""
				/* custom_css of decks/test.md, scoped to the deck */
				.deck { --colloquium-accent: #c33; }
				.deck .slide h2, .deck .slide-title { color: var(--colloquium-accent); }
				@media print {
				.deck .slide { background: url("/assets/decks/assets/bg.png"); }
				}
				""");
		assertThat(stylesheet.hash()).matches("[0-9a-f]{16}");
		assertThat(built.deck().stylesheetUrl()).isEqualTo("/slides/test/custom." + stylesheet.hash() + ".css");
	}

	@Test
	void sameCssGivesTheSameAddressAndAnEditANewOne() {
		String deck = "---\ntitle: T\ncustom_css: \".slide { color: %s; }\"\n---\n\n## A\n";
		DeckStylesheet red = Decks.build(deck.formatted("red"), Map.of()).deck().stylesheet();
		assertThat(Decks.build(deck.formatted("red"), Map.of()).deck().stylesheet()).isEqualTo(red);
		assertThat(Decks.build(deck.formatted("blue"), Map.of()).deck().stylesheet().hash()).isNotEqualTo(red.hash());
	}

	@Test
	void unsafeCustomCssIsReportedAtItsLineAndNotServed() {
		DeckBuilder.Built built = Decks.build("""
				---
				title: T
				custom_css: |
				  @import url("https://fonts.example.org/css?family=Inter");
				  .slide { color: red; }
				  .a { background: url(https://example.org/x.png); }
				  .b::after { content: "</style><script>alert(1)</script>"; }
				  .c { background: url(//example.org/y.png) }
				  .d { color: blue;
				---

				## A
				""", Map.of());
		assertThat(built.problems()).extracting(ContentProblem::toString)
			.containsExactlyInAnyOrder(
					"decks/test.md:4:1: error: custom_css: @import is not allowed: a remote stylesheet would load from "
							+ "another host, and a local one is not followed; copy its rules into custom_css",
					"decks/test.md:6:1: error: custom_css: url(https://example.org/x.png) loads from another host; pages "
							+ "load nothing from other hosts, so put the file in content/ and name it relative to decks/test.md",
					"decks/test.md:7:1: error: custom_css: '</style' in a stylesheet would end colloquium's <style> element; "
							+ "remove it",
					"decks/test.md:8:1: error: custom_css: url(//example.org/y.png) loads from another host; pages load "
							+ "nothing from other hosts, so put the file in content/ and name it relative to decks/test.md",
					"decks/test.md:9:1: error: custom_css: '{' is never closed with '}'");
		assertThat(built.deck().stylesheet()).isEqualTo(DeckStylesheet.NONE);
		assertThat(built.deck().stylesheetUrl()).isEmpty();
		assertThat(built.deck().slides()).hasSize(1);
	}

	@Test
	void aCssPathNextToTheDeckIsStillAStylesheetWithItsOwnLines() {
		DeckBuilder.Built found = Decks.build("---\ntitle: T\ncustom_css: style/deck.css\n---\n\n## A\n",
				Map.of("decks/style/deck.css", ".slide { color: red; }\n.x { background: url(../img/x.png) }\n",
						"decks/img/x.png", PNG));
		assertThat(found.problems()).isEmpty();
		assertThat(found.deck().stylesheet().css()).contains(".deck .slide { color: red; }",
				".deck .x { background: url(\"/assets/decks/img/x.png\") }");
		DeckBuilder.Built bad = Decks.build("---\ntitle: T\ncustom_css: style/deck.css\n---\n\n## A\n",
				Map.of("decks/style/deck.css", ".slide { color: red; }\n.x { background: url(gone.png) }\n"));
		assertThat(bad.problems()).extracting(ContentProblem::toString)
			.containsExactly("decks/style/deck.css:2:1: error: custom_css: url(gone.png) not found (looked for "
					+ "content/decks/style/gone.png)");
		DeckBuilder.Built missing = Decks.build("---\ntitle: T\ncustom_css: gone.css\n---\n\n## A\n", Map.of());
		assertThat(missing.problems()).extracting(ContentProblem::toString)
			.containsExactly("decks/test.md:3:1: error: custom_css file not found: decks/gone.css");
	}

	@Test
	void aLectureHeaderAsTheCourseWritesItBuildsWithItsStylesheet() {
		DeckBuilder.Built built = Decks.build("""
				---
				title: "Lecture 3: Preference Data"
				author: "A. Lecturer"
				figure_captions: true
				footer:
				  left: "rlhf course"
				  right: "Lecturer {n}/{N}"
				custom_css: |
				  .slide--section-break { background: #84a59d; }
				  :root {
				    --colloquium-progress-fill: #84a59d;
				  }
				  .slide--title-sidebar h1 {
				    font-size: 2.5em;
				  }
				---

				<!-- layout: section-break -->
				## Part one
				""", Map.of());
		assertThat(built.problems()).isEmpty();
		assertThat(built.deck().stylesheet().css()).contains(".deck .slide--section-break { background: #84a59d; }",
				".deck {\n  --colloquium-progress-fill: #84a59d;\n}", ".deck .slide--title-sidebar h1 {");
	}

}
