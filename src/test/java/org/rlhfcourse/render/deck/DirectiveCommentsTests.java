package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding directive comments and step markers in a slide: the same matches as
 * colloquium's regular expressions (kept here as the reference) on generated slides, and
 * 100 KB slides on which those expressions backtracked for minutes.
 */
@Timeout(120)
class DirectiveCommentsTests {

	private static final Pattern DIRECTIVE = Pattern.compile("<!--\\s*(layout|class|style|notes|title|align|valign"
			+ "|columns|rows|padding|size|cite|cite-left|cite-right|footnote|footnote-right|footnotes|img-align"
			+ "|img-valign|img-fill|img-overflow|animate)\\s*:\\s*(.*?)\\s*-->", Pattern.DOTALL);

	private static final Pattern ANY = Pattern.compile("<!--\\s*([a-z][a-z-]*)\\s*:\\s*(.*?)\\s*-->", Pattern.DOTALL);

	private static final Pattern STEP = Pattern.compile("\\s*<!--\\s*step\\s*-->\\s*");

	private static final String[] PIECES = { "<!--", "-->", " ", "\n", "layout", "cite", "-left", "x", ":", "step", "-",
			"a b", "<", "!--", "\t" };

	@Test
	void findsWhatColloquiumsPatternsFound() {
		Random random = new Random(20261201L);
		for (int n = 0; n < 5000; n++) {
			String text = generated(random);
			assertThat(scanned(text, true)).as(text).isEqualTo(reference(DIRECTIVE, text));
			assertThat(scanned(text, false)).as(text).isEqualTo(reference(ANY, text));
			assertThat(DirectiveComments.splitAtSteps(text)).as(text).containsExactly(STEP.split(text, -1));
		}
	}

	@Test
	void hundredKilobytesOfUnclosedDirectivesAreNoDirective() {
		assertThat(scanned("<!-- layout: ".repeat(7_700), true)).isEmpty();
	}

	@Test
	void valueFollowedByHundredKilobytesOfBlanksEndsAtItsLastWord() {
		String text = "<!-- notes: a" + " ".repeat(100_000) + "b  -->";
		assertThat(scanned(text, true)).containsExactly("0-" + text.length() + " notes=a" + " ".repeat(100_000) + "b");
	}

	@Test
	void stepBetweenHundredKilobytesOfBlanksSplitsOnce() {
		String blanks = " ".repeat(100_000);
		assertThat(DirectiveComments.splitAtSteps("<p>A</p>" + blanks + "<!-- step -->" + blanks + "<p>B</p>"))
			.containsExactly("<p>A</p>", "<p>B</p>");
		assertThat(DirectiveComments.splitAtSteps("<pre>" + blanks + "</pre>")).hasSize(1);
	}

	@Test
	void deckWithAnUnclosedDirectiveRunKeepsItAsText() {
		List<SlideSource> slides = new DeckParser()
			.parse(Decks.file("decks/a.md", "# Title\n\n" + "<!-- layout: ".repeat(7_700) + "\n"), new ArrayList<>());
		assertThat(slides).singleElement().satisfies((slide) -> {
			assertThat(slide.layout()).isEqualTo("title");
			assertThat(slide.content()).contains("<!-- layout: <!-- layout:");
		});
	}

	private static String generated(Random random) {
		StringBuilder text = new StringBuilder();
		int count = random.nextInt(14);
		for (int i = 0; i < count; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return text.toString();
	}

	private static List<String> scanned(String text, boolean colloquiumKeysOnly) {
		DirectiveComments comments = new DirectiveComments(text,
				colloquiumKeysOnly ? SlideDirectives.KEYS::contains : (key) -> true);
		List<String> found = new ArrayList<>();
		for (DirectiveComments.Directive directive = comments.next(); directive != null; directive = comments.next()) {
			found.add(directive.start() + "-" + directive.end() + " " + directive.key() + "=" + directive.value());
		}
		return found;
	}

	private static List<String> reference(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.start() + "-" + matcher.end() + " " + matcher.group(1) + "=" + matcher.group(2));
		}
		return found;
	}

}
