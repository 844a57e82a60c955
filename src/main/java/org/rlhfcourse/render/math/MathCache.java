package org.rlhfcourse.render.math;

import java.util.Optional;

import org.rlhfcourse.render.js.ScriptOutputCache;

/**
 * Formulas typeset by KaTeX, keyed by (KaTeX version, display mode, TeX), so that each
 * formula is typeset once, ever. Bounded in memory; thread-safe.
 */
public final class MathCache extends ScriptOutputCache {

	/** Where the build puts the pre-rendered formulas of the bundled content. */
	public static final String BUNDLED_RESOURCE = "math-cache/formulas.json";

	/**
	 * @param katexVersion the KaTeX version, part of every key
	 * @param maxBytes how much memory the formulas may hold
	 */
	public MathCache(String katexVersion, long maxBytes) {
		super("katex", katexVersion, BUNDLED_RESOURCE, maxBytes);
	}

	public Optional<String> get(String tex, boolean displayMode) {
		return find(mode(displayMode), tex);
	}

	public void put(String tex, boolean displayMode, String html) {
		keep(mode(displayMode), tex, html);
	}

	private static String mode(boolean displayMode) {
		return displayMode ? "D" : "I";
	}

}
