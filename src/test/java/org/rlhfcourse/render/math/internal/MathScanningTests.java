package org.rlhfcourse.render.math.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.rlhfcourse.render.math.InlineMath;
import org.rlhfcourse.render.math.MathExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding inline math closers once per paragraph: the same formulas as the scan from
 * every opening {@code $} that it replaced (kept here as the reference), and paragraphs
 * of 100 KB of unclosed openers that made that scan quadratic.
 */
@Timeout(120)
class MathScanningTests {

	private final Parser parser = Parser
		.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(MathExtension.create()))
			.set(MathExtension.RENDERER, (tex, display) -> tex))
		.build();

	static Stream<String> lines() {
		Random random = new Random(20261201L);
		String alphabet = "$$$\\\\a1 (";
		return IntStream.range(0, 1000).mapToObj((index) -> {
			StringBuilder text = new StringBuilder("x ");
			int length = random.nextInt(24);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			return text.toString();
		});
	}

	@ParameterizedTest
	@MethodSource("lines")
	void findsTheFormulasTheRescanningParserFound(String line) {
		assertThat(formulas(line)).isEqualTo(reference(line));
	}

	@Test
	void paragraphOfUnclosedDollarsBeforeDigitsHasNoMath() {
		String text = "$1 ".repeat(33_000);
		assertThat(formulas(text)).isEmpty();
	}

	@Test
	void formulasBeforeHundredKilobytesOfUnclosedOpenersAreStillFound() {
		String text = "$a$ and \\(b\\) " + "$1 ".repeat(20_000) + "\\(c ".repeat(10_000);
		assertThat(formulas(text)).containsExactly("$a$", "\\(b\\)");
	}

	@Test
	void paragraphOfUnclosedParenthesisOpenersHasNoMath() {
		assertThat(formulas("\\(a ".repeat(25_000))).isEmpty();
	}

	@Test
	void runOfDollarsHasNoMath() {
		assertThat(formulas("$".repeat(100_000))).isEmpty();
	}

	private List<String> formulas(String markdown) {
		List<String> found = new ArrayList<>();
		for (Node node : this.parser.parse(markdown).getDescendants()) {
			if (node instanceof InlineMath math) {
				found.add(math.getChars().toString());
			}
		}
		return found;
	}

	/**
	 * The formulas the previous parser found in one line of prose: from each opener it
	 * scanned forward for the closer; flexmark's backslash escapes skip the escaped
	 * character.
	 */
	private static List<String> reference(String text) {
		List<String> found = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int end = -1;
			if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
				end = delimited(text, i, "\\(", "\\)");
			}
			else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
				end = delimited(text, i, "$$", "$$");
			}
			else if (c == '$') {
				end = dollar(text, i);
			}
			if (end >= 0) {
				found.add(text.substring(i, end));
				i = end;
			}
			else if (c == '\\' && i + 1 < text.length() && "$\\(".indexOf(text.charAt(i + 1)) >= 0) {
				i += 2;
			}
			else {
				i++;
			}
		}
		return found;
	}

	private static int dollar(String input, int start) {
		int bodyStart = start + 1;
		if (bodyStart >= input.length() || Character.isWhitespace(input.charAt(bodyStart))) {
			return -1;
		}
		for (int i = bodyStart; i < input.length(); i++) {
			char c = input.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '$' && i > bodyStart && !Character.isWhitespace(input.charAt(i - 1))
					&& !(i + 1 < input.length() && Character.isDigit(input.charAt(i + 1)))) {
				return i + 1;
			}
		}
		return -1;
	}

	private static int delimited(String input, int start, String opener, String closer) {
		int bodyStart = start + opener.length();
		int close = MathDelimiters.indexOfUnescaped(input, closer, bodyStart);
		if (close < 0 || input.substring(bodyStart, close).isBlank()) {
			return -1;
		}
		return close + closer.length();
	}

}
