package org.rlhfcourse.course;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;

class ChapterCitationTests {

	private static final SiteConfig SITE = new SiteConfig("RLHF & Post-Training", "", "", "Nathan Lambert",
			"https://course.example.org", "", "en", List.of());

	@Test
	void ampersandsInTitlesAreEscapedAndTheUrlIsLeftVerbatim() {
		Chapter chapter = Snapshots.chapter(7, "rewards_and-costs", "Rewards & Costs: 100% of $x_1$ #1");
		String bibtex = ChapterCitation.bibtex(chapter, SITE);
		assertThat(bibtex).contains("title        = {{Rewards \\& Costs: 100\\% of \\$x\\_1\\$ \\#1}},")
			.contains("howpublished = {{RLHF \\& Post-Training}, chapter 7},")
			.contains("url          = {https://course.example.org/course/rewards_and-costs}")
			.doesNotContain(" & ");
		assertThat(braceDepthNeverNegativeAndEndsAtZero(bibtex)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "plain title | plain title", "a & b | a \\& b", "50% | 50\\%", "$5 | \\$5", "#1 | \\#1",
					"snake_case | snake\\_case", "{RLHF} basics | {RLHF} basics", "stray } brace | stray  brace",
					"open { brace | open  brace", "{a {b} | a {b}",
					"a~b^c\\d | a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d" })
	void specialCharactersPrintAsWrittenAndBracesStayBalanced(String text, String latex) {
		assertThat(ChapterCitation.latex(text)).isEqualTo(latex);
		assertThat(braceDepthNeverNegativeAndEndsAtZero(ChapterCitation.latex(text))).isTrue();
	}

	/** BibTeX counts braces even after a backslash, so this is what it checks. */
	private static boolean braceDepthNeverNegativeAndEndsAtZero(String text) {
		int depth = 0;
		for (char c : text.toCharArray()) {
			depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

}
