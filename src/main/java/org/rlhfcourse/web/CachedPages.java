package org.rlhfcourse.web;

import java.util.function.ToLongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The responses one generation of the {@link PageCache} keeps, within a budget of bytes:
 * Caffeine weighs each response by its bytes and, past the budget, evicts the ones least
 * likely to be asked for again (recency and frequency); a response larger than the whole
 * budget is not kept. A count of entries would not do, since a page's size ranges from a
 * few kilobytes to megabytes. Thread-safe.
 *
 * @param <V> what is kept
 */
final class CachedPages<V> {

	private final long maxBytes;

	private final ToLongFunction<V> sizer;

	private final Cache<String, V> entries;

	/**
	 * @param maxBytes the budget
	 * @param sizer the bytes an entry holds on to, its key aside
	 */
	CachedPages(long maxBytes, ToLongFunction<V> sizer) {
		this.maxBytes = maxBytes;
		this.sizer = sizer;
		// Evicting on the caller's thread keeps the budget exact at every moment.
		this.entries = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.<String, V>weigher((key, value) -> (int) Math.min(Integer.MAX_VALUE, size(key, value)))
			.executor(Runnable::run)
			.build();
	}

	/** The entry at {@code key}, or {@code null}. */
	V get(String key) {
		return this.entries.getIfPresent(key);
	}

	/** Keeps {@code value} at {@code key}, unless it is larger than the whole budget. */
	void put(String key, V value) {
		if (size(key, value) <= this.maxBytes) {
			this.entries.put(key, value);
		}
	}

	int size() {
		return Math.toIntExact(this.entries.estimatedSize());
	}

	/** The bytes the entries hold, never more than the budget. */
	long bytes() {
		return this.entries.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	private long size(String key, V value) {
		return this.sizer.applyAsLong(value) + 2L * key.length();
	}

}
