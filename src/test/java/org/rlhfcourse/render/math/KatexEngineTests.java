package org.rlhfcourse.render.math;

import org.junit.jupiter.api.AfterAll;

import org.springframework.util.unit.DataSize;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KatexEngineTests {

	private static KatexEngine katex;

	@BeforeAll
	static void startEngine() {
		katex = new KatexEngine(MathProperties.defaults());
	}

	@AfterAll
	static void stopEngine() {
		katex.close();
	}

	@Test
	void theCacheVersionNamesKatexAndChangesWithTheOptions() {
		assertThat(katex.version()).startsWith(KatexAssets.version() + "+").hasSize(KatexAssets.version().length() + 9);
		MathProperties defaults = MathProperties.defaults();
		try (KatexEngine other = new KatexEngine(new MathProperties(defaults.poolSize(), 2000, defaults.maxSize(),
				defaults.statementLimit(), "", false, defaults.cacheMemory()))) {
			assertThat(other.version()).as("formulas cached with other options are not reused")
				.isNotEqualTo(katex.version());
		}
	}

	@Test
	void bradleyTerryLossIsTypesetWithMathMl() throws MathException {
		String html = katex.render("\\mathcal{L}(\\phi) = -\\mathbb{E}_{(x, y_w, y_l) \\sim \\mathcal{D}}"
				+ "\\left[\\log \\sigma\\left(r_\\phi(x, y_w) - r_\\phi(x, y_l)\\right)\\right]", true);
		assertThat(html).contains("class=\"katex-display\"").contains("class=\"katex\"").contains("<math");
	}

	@Test
	void inlineModeHasNoDisplayWrapper() throws MathException {
		assertThat(katex.render("\\pi_\\theta", false)).contains("class=\"katex\"").doesNotContain("katex-display");
	}

	@Test
	void badTexGivesKatexMessage() {
		assertThatExceptionOfType(MathException.class).isThrownBy(() -> katex.render("\\frac{1}{", false))
			.withMessageContaining("KaTeX parse error");
	}

	@Test
	void unknownMacroIsAnError() {
		assertThatExceptionOfType(MathException.class).isThrownBy(() -> katex.render("\\notamacro x", false))
			.withMessageContaining("Undefined control sequence");
	}

	@Test
	void runawayMacroExpansionStopsAndEngineKeepsWorking() throws MathException {
		assertThatExceptionOfType(MathException.class).isThrownBy(() -> katex.render("\\def\\a{\\a\\a}\\a", false));
		assertThat(katex.render("x^2", false)).contains("katex");
	}

	@Test
	void untrustedLinksAreNotEmitted() throws MathException {
		assertThat(katex.render("\\href{javascript:alert(1)}{x}", false)).doesNotContain("href=\"javascript");
	}

	@Test
	void deepNestingFailsWithinBoundedTimeAndEngineKeepsWorking() throws MathException {
		String deep = "{".repeat(5000) + "x" + "}".repeat(5000);
		long start = System.nanoTime();
		try {
			katex.render(deep, false);
		}
		catch (MathException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
		assertThat(System.nanoTime() - start).as("bounded by KaTeX limits and the statement limit")
			.isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(60));
		assertThat(katex.render("y", false)).contains("katex");
	}

	@Test
	void hugeFormulaHitsTheStatementLimitAndTheContextIsReplaced() throws MathException {
		KatexEngine limited = new KatexEngine(
				new MathProperties(1, 1000, 100, 200_000L, "", false, DataSize.ofMegabytes(32)));
		try {
			String huge = "x+".repeat(50_000) + "x";
			assertThatExceptionOfType(MathException.class).isThrownBy(() -> limited.render(huge, true))
				.withMessageContaining("too costly");
			assertThat(limited.render("z", false)).contains("katex");
		}
		finally {
			limited.close();
		}
	}

}
