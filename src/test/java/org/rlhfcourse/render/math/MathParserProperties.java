package org.rlhfcourse.render.math;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the math delimiter parser over generated Markdown full of dollars, backslashes, backticks and
 * brackets: it never throws, every math node's source positions round-trip to its own text, and code spans
 * never contain math.
 */
class MathParserProperties {

	private final MutableDataSet options = new MutableDataSet()
		.set(Parser.EXTENSIONS, List.of(MathExtension.create()))
		.set(MathExtension.RENDERER, (tex, display) -> "<m/>");

	private final Parser parser = Parser.builder(this.options).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder(this.options).build();

	@Property(tries = 500)
	void parsingAndRenderingNeverThrow(@ForAll("markdown") String markdown) {
		this.renderer.render(this.parser.parse(markdown));
	}

	@Property(tries = 500)
	void mathNodesPointAtTheirOwnSource(@ForAll("markdown") String markdown) {
		Document document = this.parser.parse(markdown);
		for (Node node : document.getDescendants()) {
			if (node instanceof InlineMath math) {
				assertThat(markdown.substring(math.getText().getStartOffset(), math.getText().getEndOffset()))
					.isEqualTo(math.getText().toString());
				assertThat(markdown.substring(math.getOpeningMarker().getStartOffset(),
						math.getClosingMarker().getEndOffset()))
					.isEqualTo(math.getChars().toString());
			}
			if (node instanceof DisplayMath math && !math.getText().isNull()) {
				assertThat(markdown.substring(math.getText().getStartOffset(), math.getText().getEndOffset()))
					.isEqualTo(math.getText().toString());
			}
		}
	}

	@Property(tries = 500)
	void codeSpansNeverContainMath(@ForAll("markdown") String markdown) {
		for (Node node : this.parser.parse(markdown).getDescendants()) {
			if (node instanceof Code code) {
				List<Node> inside = new ArrayList<>();
				code.getDescendants().forEach(inside::add);
				assertThat(inside).noneMatch((child) -> child instanceof InlineMath);
			}
		}
	}

	@Provide
	Arbitrary<String> markdown() {
		Arbitrary<String> pieces = Arbitraries.of("$", "$$", "\\$", "\\(", "\\)", "\\[", "\\]", "`", "``", " ", "\n",
				"\n\n", "x", "5", "_", "*", "{#eq:a}", "```math\n", "```\n", "    ", "[", "]", "\\", "a b", "\\frac{1}{2}");
		return pieces.list().ofMaxSize(40).map((list) -> String.join("", list));
	}

}
