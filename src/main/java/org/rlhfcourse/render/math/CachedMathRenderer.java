package org.rlhfcourse.render.math;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers from the {@link FormulaCache} and typesets only formulas it has never seen. Failures are not cached,
 * so a fixed formula is retried. Thread-safe.
 */
public final class CachedMathRenderer implements MathRenderer {

	private final MathRenderer typesetter;

	private final FormulaCache cache;

	private final AtomicLong hits = new AtomicLong();

	private final AtomicLong misses = new AtomicLong();

	public CachedMathRenderer(MathRenderer typesetter, FormulaCache cache) {
		this.typesetter = typesetter;
		this.cache = cache;
	}

	@Override
	public String render(String tex, boolean displayMode) throws MathException {
		String cached = this.cache.get(tex, displayMode).orElse(null);
		if (cached != null) {
			this.hits.incrementAndGet();
			return cached;
		}
		this.misses.incrementAndGet();
		String html = this.typesetter.render(tex, displayMode);
		this.cache.put(tex, displayMode, html);
		return html;
	}

	/** Formulas answered from the cache since start. */
	public long hits() {
		return this.hits.get();
	}

	/** Formulas typeset (or attempted) since start. */
	public long misses() {
		return this.misses.get();
	}

}
