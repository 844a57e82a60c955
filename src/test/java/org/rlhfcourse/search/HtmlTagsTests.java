package org.rlhfcourse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tag scanner behind {@link HtmlText}: the same tags and comments as the regular
 * expression it replaced (kept here as the reference) on generated HTML-like text, and
 * 100 KB of never-closed tags and comments, on which that expression rescanned to the end
 * from every {@code <}.
 */
@Timeout(120)
class HtmlTagsTests {

	private static final Pattern REFERENCE = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->",
			Pattern.DOTALL);

	@Test
	void findsWhatTheRegularExpressionFound() {
		Random random = new Random(20261201L);
		String[] pieces = { "<", ">", "a", "B1", "/", "!--", "--", "-->", " ", "\n", "x=\"1\"", "<!--", "p" };
		for (int n = 0; n < 5000; n++) {
			StringBuilder html = new StringBuilder();
			int count = random.nextInt(16);
			for (int i = 0; i < count; i++) {
				html.append(pieces[random.nextInt(pieces.length)]);
			}
			assertThat(scanned(html.toString())).as(html.toString()).isEqualTo(reference(html.toString()));
		}
	}

	@Test
	void hundredKilobytesOfUnclosedTagsAreText() {
		String html = "<div\n" + "<a".repeat(50_000);
		assertThat(scanned(html)).isEmpty();
		assertThat(HtmlText.text(html)).startsWith("<div <a<a").hasSize(html.length());
	}

	@Test
	void hundredKilobytesOfUnclosedCommentsAreTextAndTagsAfterThemStillCount() {
		String html = "<!--".repeat(25_000) + "<h2 id=\"after\">After</h2><p>Text</p>";
		assertThat(HtmlText.sections(html)).extracting(HtmlText.Section::id).containsExactly("", "after");
		assertThat(HtmlText.sections(html).get(1).text()).isEqualTo("Text");
	}

	@Test
	void oneCommentClosedAtTheEndSpansTheWholeRun() {
		String html = "<p>Before</p>" + "<!--".repeat(25_000) + "-->" + "<p>After</p>";
		assertThat(HtmlText.text(html)).isEqualTo("Before After");
	}

	private static List<String> scanned(String html) {
		List<String> found = new ArrayList<>();
		HtmlTags tags = new HtmlTags(html);
		while (tags.find()) {
			found
				.add(tags.start() + "-" + tags.end() + " " + tags.group(1) + "|" + tags.group(2) + "|" + tags.group(3));
		}
		return found;
	}

	private static List<String> reference(String html) {
		List<String> found = new ArrayList<>();
		Matcher tags = REFERENCE.matcher(html);
		while (tags.find()) {
			found
				.add(tags.start() + "-" + tags.end() + " " + tags.group(1) + "|" + tags.group(2) + "|" + tags.group(3));
		}
		return found;
	}

}
