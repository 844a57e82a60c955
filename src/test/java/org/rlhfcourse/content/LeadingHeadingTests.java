package org.rlhfcourse.content;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first ATX level-1 heading of a body, by CommonMark's and pandoc's rules: up to
 * three spaces before the {@code #}, a space after it, optional closing {@code #}s, an
 * optional pandoc attribute block, never inside fenced code.
 */
class LeadingHeadingTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("bodies")
	void findsTheTitleHeading(String description, String body, String text, int line) {
		Optional<LeadingHeading> heading = LeadingHeading.find(body);
		if (text == null) {
			assertThat(heading).isEmpty();
		}
		else {
			assertThat(heading).contains(new LeadingHeading(text, line));
		}
	}

	static Stream<Arguments> bodies() {
		return Stream.of(Arguments.of("plain", "\n\n# Introduction\n\nText.\n", "Introduction", 3),
				Arguments.of("closing hashes", "# Reward Models ##\n", "Reward Models", 1),
				Arguments.of("pandoc attributes", "# Key Related Works {#sec:related .unnumbered}\n",
						"Key Related Works", 1),
				Arguments.of("indented up to three spaces", "   # Title\n", "Title", 1),
				Arguments.of("level two is not a title", "## Section\n\nText\n", null, 0),
				Arguments.of("no space after the hash", "#hashtag\n", null, 0),
				Arguments.of("empty heading is skipped", "#\n\n# Real\n", "Real", 3),
				Arguments.of("inside a backtick fence", "```bash\n# a comment\n```\n\n# Title\n", "Title", 5),
				Arguments.of("inside a tilde fence with a longer close", "~~~\n# not\n~~~~\n# Yes\n", "Yes", 4),
				Arguments.of("unclosed fence hides the rest", "```\n# not a title\n", null, 0),
				Arguments.of("four spaces is code", "    # code\n", null, 0));
	}

	@Test
	void removingTheHeadingKeepsEveryOtherLineInPlace() {
		String body = "\n\n# Introduction\n\nText $x$.\n";
		assertThat(LeadingHeading.find(body).orElseThrow().removeFrom(body)).isEqualTo("\n\n\n\nText $x$.\n");
	}

}
