package org.rlhfcourse.render.math;

/**
 * Answers from the {@link MathCache} and typesets only formulas it has never seen.
 * Failures are not cached, so a fixed formula is retried. Thread-safe.
 */
public final class CachedMathRenderer implements MathRenderer {

	private final MathRenderer typesetter;

	private final MathCache cache;

	public CachedMathRenderer(MathRenderer typesetter, MathCache cache) {
		this.typesetter = typesetter;
		this.cache = cache;
	}

	@Override
	public String render(String tex, boolean displayMode) throws MathException {
		String cached = this.cache.get(tex, displayMode).orElse(null);
		if (cached != null) {
			return cached;
		}
		String html = this.typesetter.render(tex, displayMode);
		this.cache.put(tex, displayMode, html);
		return html;
	}

}
