package org.rlhfcourse.render.deck;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderGuard;
import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.js.ScriptOutputStore;
import org.rlhfcourse.render.math.MathCache;
import org.rlhfcourse.render.math.KatexEngine;
import org.rlhfcourse.render.math.MathProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decks as shipped: each renders with real KaTeX and no content problem, and has
 * exactly as many slides as colloquium would build from it.
 */
class BundledDecksTests {

	/**
	 * Colloquium's slide count ({N}) per deck. Derived from the colloquium rules, not
	 * from this code: the authored slides are the non-blank chunks of
	 * {@code re.split(r"\n---\s*\n", body)} (parse.py L173-177), counted with Python over
	 * the front-matter-stripped body; to those add the References pages, which colloquium
	 * paginates by estimated height (build.py L511-557:
	 * {@code ceil(len(plain)/120) * 27 + 11} px per entry, a new page past 530 px) over
	 * the cited keys present in the bibliography, sorted by author-year label, paginated
	 * in Python over each entry's plain text. Authored + References: dpo 16 + 2,
	 * evaluation 21 + 3, instruction-tuning 13 + 1, introduction 46 + 4,
	 * over-optimization 20 + 2, preference-data 19 + 2, preferences 18 + 4,
	 * product-character 17 + 2, regularization 17 + 2, reinforcement-learning 16 + 2,
	 * rejection-sampling 17 + 2, reward-modeling 12 + 1, rlvr 17 + 3, synthetic-data 18 +
	 * 3, timeline 14 + 4, tool-use 17 + 2, training-overview 17 + 2.
	 */
	private static final Map<String, int[]> COLLOQUIUM_COUNTS = Map.ofEntries(Map.entry("dpo", new int[] { 16, 18 }),
			Map.entry("evaluation", new int[] { 21, 24 }), Map.entry("instruction-tuning", new int[] { 13, 14 }),
			Map.entry("introduction", new int[] { 46, 50 }), Map.entry("over-optimization", new int[] { 20, 22 }),
			Map.entry("preference-data", new int[] { 19, 21 }), Map.entry("preferences", new int[] { 18, 22 }),
			Map.entry("product-character", new int[] { 17, 19 }), Map.entry("regularization", new int[] { 17, 19 }),
			Map.entry("reinforcement-learning", new int[] { 16, 18 }),
			Map.entry("rejection-sampling", new int[] { 17, 19 }), Map.entry("reward-modeling", new int[] { 12, 13 }),
			Map.entry("rlvr", new int[] { 17, 20 }), Map.entry("synthetic-data", new int[] { 18, 21 }),
			Map.entry("timeline", new int[] { 14, 18 }), Map.entry("tool-use", new int[] { 17, 19 }),
			Map.entry("training-overview", new int[] { 17, 19 }));

	private static KatexEngine katex;

	private static List<Deck> decks;

	private static final List<ContentProblem> problems = new ArrayList<>();

	@BeforeAll
	static void buildBundledDecks() throws IOException {
		MathProperties properties = MathProperties.defaults();
		katex = new KatexEngine(properties);
		ScriptOutputStore<MathCache> formulas = ScriptOutputStore
			.open(new MathCache(katex.version(), properties.cacheMemory().toBytes()), properties.diskCacheDirectory());
		DeckBuilder builder = new DeckBuilder(
				new MarkdownRenderer(new CachedMathRenderer(katex, formulas.cache()), CodeHighlighter.NONE));
		decks = builder.build(new ContentLoader().load(new DirectoryContentSource(Path.of("content"))), problems,
				new RenderGuard(Duration.ofMinutes(5), Duration.ofMinutes(30)));
		formulas.save();
	}

	@AfterAll
	static void stopKatex() {
		katex.close();
	}

	@Test
	void everyBundledDeckRendersWithoutProblems() {
		assertThat(problems).extracting(ContentProblem::toString).isEmpty();
	}

	@Test
	void slideCountsEqualColloquiumCounts() {
		Map<String, int[]> counts = decks.stream()
			.collect(Collectors.toMap(Deck::slug, (deck) -> new int[] { deck.authored(), deck.slideCount() }));
		assertThat(counts).containsOnlyKeys(COLLOQUIUM_COUNTS.keySet());
		COLLOQUIUM_COUNTS.forEach((slug, expected) -> assertThat(counts.get(slug)).as(slug).containsExactly(expected));
	}

	@Test
	void everyDeckHasTitleSlideChapterAndNumberedFooters() {
		for (Deck deck : decks) {
			assertThat(deck.chapter()).as(deck.slug()).isEqualTo(deck.slug());
			assertThat(deck.slides().get(0).cssClass()).as(deck.slug()).contains("slide--title-");
			assertThat(deck.slides().get(0).html()).as(deck.slug()).startsWith("<h1 class=\"slide-title\">");
			Slide last = deck.slides().get(deck.slideCount() - 1);
			assertThat(last.references()).as(deck.slug()).isTrue();
			assertThat(last.html()).contains("Lambert " + deck.slideCount() + "/" + deck.slideCount());
			assertThat(deck.slides()).allSatisfy((slide) -> assertThat(slide.html()).doesNotContain("[@", "^[", "|||",
					"<!-- notes", "<!-- columns", "katex-error", "deck-element-error"));
		}
	}

}
