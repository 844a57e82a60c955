package org.rlhfcourse.render.math;

import java.util.List;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.render.core.Diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown in, HTML out, with a stand-in typesetter that shows what it was asked to
 * render: {@code [i:tex]} for inline and {@code [d:tex]} for display mode.
 */
class MathExtensionTests {

	private static final MathRenderer STAND_IN = (tex, display) -> {
		if (tex.contains("\\bad")) {
			throw new MathException("KaTeX parse error: Undefined control sequence: \\bad");
		}
		return "[" + (display ? "d" : "i") + ":" + tex.replace("<", "&lt;") + "]";
	};

	private final MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(MathExtension.create()))
		.set(MathExtension.RENDERER, STAND_IN);

	private final Parser parser = Parser.builder(this.options).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder(this.options).build();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = " => ", textBlock = """
			inline dollars                  => $x^2$ is a square                    => <p>[i:x^2] is a square</p>
			underscores are not emphasis    => $a_1 + b_2$ and $c_3$                => <p>[i:a_1 + b_2] and [i:c_3]</p>
			stars are not emphasis          => $a*b*c$                              => <p>[i:a*b*c]</p>
			prices stay text                => It costs $5 and $10 today.           => <p>It costs $5 and $10 today.</p>
			space after opening dollar      => a $ x$ b                             => <p>a $ x$ b</p>
			space before closing dollar     => a $x $ b                             => <p>a $x $ b</p>
			closing dollar before a digit   => $x$5                                 => <p>$x$5</p>
			escaped dollar is literal       => pay \\$5 or $y$                      => <p>pay $5 or [i:y]</p>
			escaped dollar inside math      => $\\$5$                               => <p>[i:\\$5]</p>
			dollar in a code span           => `$x$` and $y$                        => <p><code>$x$</code> and [i:y]</p>
			inline display dollars          => see $$E=mc^2$$ here                  => <p>see [d:E=mc^2] here</p>
			backslash parens                => a \\(x+1\\) b                        => <p>a [i:x+1] b</p>
			backslash brackets inline       => a \\[x+1\\] b                        => <p>a [d:x+1] b</p>
			lone backslash stays            => a \\\\ b                             => <p>a \\ b</p>
			unclosed inline dollar          => just $x here                         => <p>just $x here</p>
			""")
	void inlineMath(String name, String markdown, String html) {
		assertThat(render(markdown)).isEqualTo(html);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = " => ",
			textBlock = """
					display block on its own lines  => $$\\nx^2\\n$$                        => <div class="math math-display">{box:Unnumbered equation 1}[d:\\nx^2\\n]</div></div>
					display block on one line       => $$ x^2 $$                            => <div class="math math-display">{box:Unnumbered equation 1}[d: x^2 ]</div></div>
					labelled display is numbered    => $$\\na\\n$$ {#eq:first}\\n\\n$$ b $$ {#eq:second} => <div id="eq:first" class="math math-display numbered">{box:Equation 1}[d:\\na\\n]</div><span class="eq-number">(1)</span></div>\\n<div id="eq:second" class="math math-display numbered">{box:Equation 2}[d: b ]</div><span class="eq-number">(2)</span></div>
					unnumbered ones counted apart   => $$ a $$ {#eq:one}\\n\\n$$ b $$\\n\\n```math\\nc\\n```   => <div id="eq:one" class="math math-display numbered">{box:Equation 1}[d: a ]</div><span class="eq-number">(1)</span></div>\\n<div class="math math-display">{box:Unnumbered equation 1}[d: b ]</div></div>\\n<div class="math math-display">{box:Unnumbered equation 2}[d:c\\n]</div></div>
					bracket display block           => \\[\\n\\frac{a}{b}\\n\\]             => <div class="math math-display">{box:Unnumbered equation 1}[d:\\n\\frac{a}{b}\\n]</div></div>
					math fence                      => ```math\\n\\sum_i x_i\\n```          => <div class="math math-display">{box:Unnumbered equation 1}[d:\\sum_i x_i\\n]</div></div>
					other fences are code           => ```python\\nx = '$a$'\\n```          => <pre><code class="language-python">x = '$a$'\\n</code></pre>
					indented code keeps dollars     => ````    $$x$$````                    => <pre><code>$$x$$\\n</code></pre>
					display interrupts a paragraph  => Text\\n$$\\ny\\n$$                   => <p>Text</p>\\n<div class="math math-display">{box:Unnumbered equation 1}[d:\\ny\\n]</div></div>
					""")
	void displayMath(String name, String markdown, String html) {
		assertThat(render(unescape(markdown)).strip()).isEqualTo(unescape(html).replaceAll("\\{box:([^}]*)}",
				"<div class=\"math-box\" tabindex=\"0\" role=\"region\" aria-label=\"$1\">"));
	}

	@Test
	void onASlideTheFormulaBoxIsNoTabStop() {
		Document document = this.parser.parse("$$ a $$ {#eq:one}\n\n$$ b $$\n");
		document.set(MathExtension.SCROLLING_DISPLAY, false);
		assertThat(this.renderer.render(document).strip()).isEqualTo("""
				<div id="eq:one" class="math math-display numbered"><div class="math-box">[d: a ]</div>\
				<span class="eq-number">(1)</span></div>
				<div class="math math-display"><div class="math-box">[d: b ]</div></div>""");
	}

	@Test
	void unclosedDisplayMathIsReportedAtItsOpeningLine() {
		List<ContentProblem> problems = problems("Intro\n\n$$\nx^2\n\nMore text.\n");
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.message()).contains("never closed");
		});
	}

	@Test
	void badTexIsReportedWithLineColumnAndMessageAndShownAsSource() {
		Document document = this.parser.parse("Line one\n\nThen $x + \\bad$ here.\n");
		Diagnostics diagnostics = new Diagnostics("chapters/01-x.md", document);
		document.set(Diagnostics.KEY, diagnostics);
		String html = this.renderer.render(document);
		assertThat(html).contains("<code class=\"math-error\"").contains("x + \\bad</code>");
		assertThat(diagnostics.problems()).singleElement()
			.hasToString("chapters/01-x.md:3:7: error: math: KaTeX parse error: Undefined control sequence: \\bad");
	}

	@Test
	void textAfterClosingDisplayMathIsAnError() {
		assertThat(problems("$$\nx\n$$ trailing words\n")).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("unexpected text after display math"));
	}

	private List<ContentProblem> problems(String markdown) {
		Document document = this.parser.parse(markdown);
		Diagnostics diagnostics = new Diagnostics("test.md", document);
		document.set(Diagnostics.KEY, diagnostics);
		this.renderer.render(document);
		return diagnostics.problems();
	}

	private String render(String markdown) {
		return this.renderer.render(this.parser.parse(unescape(markdown))).strip();
	}

	/**
	 * The table writes newlines as \n and a doubled backslash for one backslash; indented
	 * code in four backticks.
	 */
	private static String unescape(String text) {
		String result = text.replace("\\n", "\n").replace("\\\\", "\\");
		if (result.startsWith("````") && result.endsWith("````")) {
			result = result.substring(4, result.length() - 4);
		}
		return result;
	}

}
