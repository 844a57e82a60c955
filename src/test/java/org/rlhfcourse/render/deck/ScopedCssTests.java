package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScopedCssTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			.slide h2                         | .deck .slide h2
			h1, h2                            | .deck h1, .deck h2
			:root                             | .deck
			body > .slide                     | .deck > .slide
			html body .slide                  | .deck .slide
			body.dark .slide                  | .deck.dark .slide
			.colloquium-deck .slide           | .deck .slide
			.deck .slide                      | .deck .slide
			.deck-page a                      | .deck .deck-page a
			:is(h1, h2) > a[title='a, b']     | .deck :is(h1, h2) > a[title='a, b']
			*                                 | .deck *
			""")
	void everySelectorIsPutUnderTheDeck(String selector, String scoped) {
		assertThat(ScopedCss.scopeSelectors(selector)).isEqualTo(scoped);
	}

	@Test
	void groupsAreScopedInsideAndOtherAtRulesKeptWhole() {
		String css = """
				@charset "utf-8";
				@layer base, deck;
				@supports (display: grid) { @media (min-width: 40em) { .a { color: red } } }
				@keyframes pulse { from { opacity: 0 } to { opacity: 1 } }
				@font-face { font-family: Deck; src: url(data:font/woff2;base64,AAAA) }
				.n { color: red; & .child { color: blue } }
				""";
		assertThat(ScopedCss.scope(css, (address, problem) -> address, (offset, message) -> {
			throw new AssertionError(message);
		})).isEqualTo("""
				@layer base, deck;
				@supports (display: grid) {
				@media (min-width: 40em) {
				.deck .a { color: red }
				}
				}
				@keyframes pulse { from { opacity: 0 } to { opacity: 1 } }
				@font-face { font-family: Deck; src: url("data:font/woff2;base64,AAAA") }
				.deck .n { color: red; & .child { color: blue } }
				""");
	}

	@Test
	void malformedStylesheetsAreRefusedWithTheOffsetOfTheProblem() {
		List<String> problems = new ArrayList<>();
		String scoped = ScopedCss.scope(".a { color: red }\n}\n.b { content: \"open }\n/* never closed",
				(address, problem) -> address, (offset, message) -> problems.add(offset + ": " + message));
		assertThat(scoped).isEmpty();
		assertThat(problems).containsExactly("18: '}' closes nothing",
				"34: string opened with \" is never closed on its line",
				"42: comment opened with '/*' is never " + "closed with '*/'", "20: '{' is never closed with '}'");
	}

}
