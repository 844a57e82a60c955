package org.rlhfcourse.render.js;

import org.junit.jupiter.api.Test;

import org.rlhfcourse.render.code.CodeCache;
import org.rlhfcourse.render.math.MathCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory side of the script caches: bounded by bytes (Caffeine evicts what is
 * least likely to be used again), and keyed so that a formula's display mode and a
 * block's language tell entries apart.
 */
class ScriptOutputCacheTests {

	private static final String OUTPUT = "x".repeat(1000);

	/** Room for three entries of {@link #OUTPUT}. */
	private static final long BUDGET = 3 * (ScriptOutputCache.ENTRY_OVERHEAD + 2 * OUTPUT.length()) + 10;

	@Test
	void theEntriesNeverHoldMoreThanTheBudgetAndWhatFitsIsKept() {
		MathCache cache = new MathCache("test", BUDGET);
		cache.put("a", false, OUTPUT);
		cache.put("b", false, OUTPUT);
		cache.put("c", false, OUTPUT);
		assertThat(cache.get("a", false)).contains(OUTPUT);
		assertThat(cache.get("b", false)).contains(OUTPUT);
		assertThat(cache.get("c", false)).contains(OUTPUT);
		for (int i = 0; i < 100; i++) {
			cache.put("x_" + i, false, OUTPUT);
			assertThat(cache.bytes()).isLessThanOrEqualTo(BUDGET);
		}
		assertThat(cache.size()).isEqualTo(3);
	}

	@Test
	void manySmallEntriesAreBoundedTooByTheirFixedCost() {
		MathCache cache = new MathCache("test", 100 * ScriptOutputCache.ENTRY_OVERHEAD);
		for (int i = 0; i < 1000; i++) {
			cache.put("x_" + i, true, "");
		}
		assertThat(cache.size()).isEqualTo(100);
	}

	@Test
	void displayModeAndLanguageArePartOfTheKey() {
		MathCache math = new MathCache("test", BUDGET);
		math.put("x", true, "display");
		assertThat(math.get("x", false)).isEmpty();
		assertThat(math.get("x", true)).contains("display");
		CodeCache code = new CodeCache("test", BUDGET);
		code.put("python", "x = 1", "<span>python</span>");
		assertThat(code.get("ruby", "x = 1")).isEmpty();
		assertThat(code.get("python", "x = 1")).contains("<span>python</span>");
	}

}
