package org.rlhfcourse.render.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Properties of the math delimiter parser over 500 generated Markdown inputs full of
 * dollars, backslashes, backticks and brackets: it never throws, every math node's source
 * positions round-trip to its own text, and code spans never contain math. The generator
 * is seeded, so a failing input is reproduced by its index.
 */
class MathParserPropertyTests {

	private static final List<String> PIECES = List.of("$", "$$", "\\$", "\\(", "\\)", "\\[", "\\]", "`", "``", " ",
			"\n", "\n\n", "x", "5", "_", "*", "{#eq:a}", "```math\n", "```\n", "    ", "[", "]", "\\", "a b",
			"\\frac{1}{2}");

	private final MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(MathExtension.create()))
		.set(MathExtension.RENDERER, (tex, display) -> "<m/>");

	private final Parser parser = Parser.builder(this.options).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder(this.options).build();

	static Stream<String> markdown() {
		Random random = new Random(20261123L);
		return IntStream.range(0, 500).mapToObj((index) -> {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(41);
			for (int i = 0; i < pieces; i++) {
				text.append(PIECES.get(random.nextInt(PIECES.size())));
			}
			return text.toString();
		});
	}

	@ParameterizedTest
	@MethodSource("markdown")
	void parsingAndRenderingNeverThrow(String markdown) {
		assertThatNoException().as(markdown).isThrownBy(() -> this.renderer.render(this.parser.parse(markdown)));
	}

	@ParameterizedTest
	@MethodSource("markdown")
	void mathNodesPointAtTheirOwnSource(String markdown) {
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

	@ParameterizedTest
	@MethodSource("markdown")
	void codeSpansNeverContainMath(String markdown) {
		for (Node node : this.parser.parse(markdown).getDescendants()) {
			if (node instanceof Code code) {
				List<Node> inside = new ArrayList<>();
				code.getDescendants().forEach(inside::add);
				assertThat(inside).noneMatch((child) -> child instanceof InlineMath);
			}
		}
	}

}
