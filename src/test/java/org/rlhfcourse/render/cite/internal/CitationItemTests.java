package org.rlhfcourse.render.cite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.cite.Citation;
import org.rlhfcourse.render.cite.CitationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading one item of a bracketed citation: the same prefix, key and suffix as the
 * regular expression it replaced (kept here as the reference) on generated items, and 100
 * KB inputs on which that expression or the search for {@code @} took minutes.
 */
@Timeout(120)
class CitationItemTests {

	private static final Pattern REFERENCE = Pattern
		.compile("^\\s*(.*?)(-?)@(" + CitationInlineParser.KEY + ")(.*?)\\s*$", Pattern.DOTALL);

	private final MarkdownRenderer markdown = new MarkdownRenderer((tex, display) -> tex, CodeHighlighter.NONE);

	@Test
	void readsWhatTheRegularExpressionRead() {
		Random random = new Random(20261201L);
		String[] pieces = { "@", "-", " ", "\t", "\n", "a", "1", ":", ".", "/", "_", "é", "p.", "see", "𝒳", "٣" };
		for (int n = 0; n < 5000; n++) {
			StringBuilder item = new StringBuilder();
			int count = random.nextInt(12);
			for (int i = 0; i < count; i++) {
				item.append(pieces[random.nextInt(pieces.length)]);
			}
			String text = item.toString();
			assertThat(read(text)).as(text).isEqualTo(reference(text));
		}
	}

	@Test
	void keyFollowedByHundredKilobytesOfBlanksKeepsItsSuffix() {
		CitationInlineParser.Item item = CitationInlineParser.Item
			.of("see @smith2020" + " ".repeat(100_000) + "p. 3  ");
		assertThat(item.prefix()).isEqualTo("see ");
		assertThat(item.key()).isEqualTo("smith2020");
		assertThat(item.suffix().strip()).isEqualTo("p. 3");
	}

	@Test
	void manyBracketsBeforeOneCitationAreText() {
		Parser parser = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(CitationExtension.create())))
			.build();
		List<Citation> citations = new ArrayList<>();
		parser.parse("[a] ".repeat(25_000) + "[@x]\n").getDescendants().forEach((node) -> {
			if (node instanceof Citation citation) {
				citations.add(citation);
			}
		});
		assertThat(citations).singleElement()
			.satisfies((citation) -> assertThat(citation.getChars().toString()).isEqualTo("[@x]"));
	}

	@Test
	void bracketWithAKeyAndHundredKilobytesOfBlanksIsOneCitation() {
		RenderedMarkdown rendered = this.markdown.render("chapters/01-a.md", "[@a" + " ".repeat(100_000) + "b]\n");
		assertThat(rendered.problems()).hasSize(1);
		assertThat(rendered.problems().get(0).message()).contains("'a'");
	}

	private static String read(String text) {
		CitationInlineParser.Item item = CitationInlineParser.Item.of(text);
		return (item == null) ? "none"
				: item.prefix() + "|" + item.key() + "|" + item.suffix() + "|" + item.keyStart() + "|" + item.keyEnd();
	}

	private static String reference(String text) {
		Matcher item = REFERENCE.matcher(text);
		return !item.matches() ? "none"
				: item.group(1) + "|" + item.group(3) + "|" + item.group(4) + "|" + item.start(3) + "|" + item.end(3);
	}

}
