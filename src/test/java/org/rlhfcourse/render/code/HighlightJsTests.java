package org.rlhfcourse.render.code;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rlhfcourse.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightJsTests {

	private static HighlightJs highlighter;

	private static CodeCache cache;

	@BeforeAll
	static void start() {
		cache = new CodeCache(HighlightJs.version(), 1 << 20);
		highlighter = new HighlightJs(1, cache);
	}

	@AfterAll
	static void stop() {
		highlighter.close();
	}

	@Test
	void pythonIsHighlightedOnTheServerAndEscaped() {
		String html = new MarkdownRenderer((tex, display) -> "", highlighter)
			.render("x.md", "```python\ndef loss(x):\n    return x < 1  # note\n```\n")
			.html();
		assertThat(html).contains("<pre><code class=\"hljs language-python\">")
			.contains("<span class=\"hljs-keyword\">def</span>")
			.contains("&lt; ")
			.contains("<span class=\"hljs-comment\"># note</span>");
	}

	@Test
	void unknownLanguageAndMathFencesAreLeftToTheOtherRenderers() {
		MarkdownRenderer markdown = new MarkdownRenderer((tex, display) -> "<m>" + tex + "</m>", highlighter);
		assertThat(markdown.render("x.md", "```nosuchlang\nplain <b>\n```\n").html())
			.contains("<pre><code class=\"language-nosuchlang\">plain &lt;b&gt;");
		assertThat(markdown.render("x.md", "```math\nx^2\n```\n").html()).contains("<m>x^2\n</m>");
		assertThat(markdown.render("x.md", "```\nno language\n```\n").html()).contains("<pre><code>no language");
	}

	@Test
	void resultsAreCachedForRestarts() {
		highlighter.highlight("SELECT 1;", "sql");
		assertThat(cache.get("sql", "SELECT 1;")).isPresent();
	}

}
