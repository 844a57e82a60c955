package org.rlhfcourse.slides;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.render.deck.Deck;
import org.rlhfcourse.render.deck.DeckStylesheet;
import org.rlhfcourse.render.deck.Decks;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(DeckController.class)
class DeckControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SiteHolder site;

	@BeforeEach
	void snapshot() {
		Deck dpo = Decks.deck("""
				---
				title: "Direct Preference Optimization"
				chapter: "dpo"
				---

				# DPO

				---

				## Loss
				<!-- notes: Secret speaker note -->

				Math $x$ and a step.

				<!-- step -->

				Shown later.
				""", Map.of());
		Deck nested = Decks.deck("---\ntitle: \"Nested\"\naspect_ratio: \"4:3\"\n---\n\n## One\n", Map.of());
		nested = new Deck("extra/nested", nested.settings(), nested.slides(), nested.authored(), false,
				"decks/extra/nested.md", nested.lastModified(), DeckStylesheet.NONE);
		SiteSnapshot chapters = Snapshots.withChapters(Snapshots.chapter(1, "dpo", "DPO chapter"));
		given(this.site.current()).willReturn(
				new SiteSnapshot(chapters.config(), chapters.outline(), chapters.courseIntroHtml(), chapters.chapters(),
						Map.of(), Map.of(), List.of(), chapters.builtAt(), List.of(dpo.withSlug("dpo"), nested)));
	}

	@Test
	void deckPageShowsEverySlideInOrderWithTheViewerContract() {
		assertThat(this.mvc.get().uri("/slides/dpo")).hasStatusOk()
			.hasViewName(DeckController.VIEW_DECK)
			.bodyText()
			.contains("<div class=\"deck deck--16-9\" data-slide-count=\"2\" data-deck=\"dpo\">")
			.containsSubsequence("class=\"slide slide--title\" id=\"1\" data-slide=\"1\"",
					"class=\"slide slide--content\" id=\"2\" data-slide=\"2\" data-fragment-count=\"1\"")
			.contains("aria-label=\"Slide 2 of 2: Loss\"")
			.contains("<h1 class=\"slide-title\">DPO</h1>")
			.contains("class=\"fragment\"><p>Shown later.</p>")
			.contains("href=\"/course/dpo\" rel=\"related\"", "href=\"/course\"", "href=\"/slides\"")
			.contains("href=\"/css/slides", "src=\"/js/slides", "katex.min.css")
			.doesNotContain("th:", "<script>");
	}

	@Test
	void notesAreHiddenOutsideTheSlides() throws Exception {
		String body = this.mvc.get().uri("/slides/dpo").exchange().getResponse().getContentAsString();
		int notes = body.indexOf("<div class=\"deck-notes\" hidden>");
		assertThat(notes).isPositive();
		assertThat(body.indexOf("Secret speaker note")).isGreaterThan(notes);
		assertThat(body.substring(0, notes)).doesNotContain("Secret speaker note");
	}

	@Test
	void nestedDeckPathsAndFourByThreeDecks() {
		assertThat(this.mvc.get().uri("/slides/extra/nested")).hasStatusOk()
			.bodyText()
			.contains("<div class=\"deck deck--4-3\" data-slide-count=\"1\" data-deck=\"extra/nested\">");
	}

	@Test
	void listShowsDecksWithSlideCountsAndChapters() {
		assertThat(this.mvc.get().uri("/slides")).hasStatusOk()
			.hasViewName(DeckController.VIEW_LIST)
			.bodyText()
			.contains("href=\"/slides/dpo\"", "href=\"/slides/extra/nested\"")
			.contains("<span>2 slides</span>", "<span>1 slide</span>")
			.contains("href=\"/course/dpo\"")
			.doesNotContain("th:");
	}

	@Test
	void unknownDeckShowsNotFoundPage() {
		assertThat(this.mvc.get().uri("/slides/no-such-deck")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/slides/dpo/extra")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void customCssIsServedBesideTheDeckAsAnImmutableStylesheet() {
		Deck styled = Decks.deck("---\ntitle: Styled\ncustom_css: |\n  .slide h2 { color: #c33; }\n---\n\n## A\n",
				Map.of());
		Deck nested = new Deck("course/styled", styled.settings(), styled.slides(), styled.authored(), false,
				"decks/course/styled.md", styled.lastModified(), styled.stylesheet());
		given(this.site.current())
			.willReturn(new SiteSnapshot(Snapshots.withChapters().config(), CourseOutline.EMPTY, "", List.of(),
					Map.of(), Map.of(), List.of(), Snapshots.BUILT, List.of(styled.withSlug("styled"), nested)));
		String hash = styled.stylesheet().hash();
		assertThat(this.mvc.get().uri("/slides/styled")).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"stylesheet\" href=\"/slides/styled/custom." + hash + ".css\">")
			.doesNotContain("<style");
		for (String url : List.of("/slides/styled/custom." + hash + ".css",
				"/slides/course/styled/custom." + hash + ".css")) {
			assertThat(this.mvc.get().uri(url)).hasStatusOk()
				.hasHeader("Cache-Control", "max-age=31536000, public, immutable")
				.hasContentType("text/css;charset=UTF-8")
				.bodyText()
				.contains(".deck .slide h2 { color: #c33; }");
		}
		assertThat(this.mvc.get().uri("/slides/styled/custom.0123456789abcdef.css")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/slides/dpo/custom." + hash + ".css")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/course/custom." + hash + ".css")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void decksWithoutCustomCssLinkOnlyTheSlideStylesheet() {
		assertThat(this.mvc.get().uri("/slides/dpo")).hasStatusOk().bodyText().doesNotContain("custom.");
	}

}
