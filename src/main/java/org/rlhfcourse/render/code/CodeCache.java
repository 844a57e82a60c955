package org.rlhfcourse.render.code;

import java.util.Optional;

import org.rlhfcourse.render.js.ScriptOutputCache;

/**
 * Code highlighted by highlight.js, keyed by (highlight.js version, language, code), so
 * that each block is highlighted once, ever. A language highlight.js does not know is
 * remembered too. Bounded in memory; thread-safe.
 */
public final class CodeCache extends ScriptOutputCache {

	/** Where the build puts the pre-highlighted code of the bundled content. */
	public static final String BUNDLED_RESOURCE = "math-cache/code.json";

	/**
	 * @param highlightJsVersion the highlight.js version, part of every key
	 * @param maxBytes how much memory the highlighted code may hold
	 */
	public CodeCache(String highlightJsVersion, long maxBytes) {
		super("highlightjs", highlightJsVersion, BUNDLED_RESOURCE, maxBytes);
	}

	public Optional<String> get(String language, String code) {
		return find(language, code);
	}

	public void put(String language, String code, String html) {
		keep(language, code, html);
	}

}
