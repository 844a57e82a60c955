package org.rlhfcourse.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The responses one generation of the {@link PageCache} keeps, within a budget of bytes:
 * adding past the budget evicts the least recently used ones first, and a response larger
 * than the whole budget is not kept. A count of entries would not do, since a page's size
 * ranges from a few kilobytes to megabytes. Thread-safe: every operation is a few map
 * steps under one lock, far cheaper than writing the response it serves.
 *
 * @param <V> what is kept
 */
final class CachedPages<V> {

	private final long maxBytes;

	private final ToLongFunction<V> sizer;

	private final LinkedHashMap<String, Sized<V>> entries = new LinkedHashMap<>(64, 0.75f, true);

	private long bytes;

	/**
	 * @param maxBytes the budget
	 * @param sizer the bytes an entry holds on to, its key aside
	 */
	CachedPages(long maxBytes, ToLongFunction<V> sizer) {
		this.maxBytes = maxBytes;
		this.sizer = sizer;
	}

	/** The entry at {@code key}, now the most recently used, or {@code null}. */
	synchronized V get(String key) {
		Sized<V> entry = this.entries.get(key);
		return (entry != null) ? entry.value() : null;
	}

	/**
	 * Keeps {@code value} at {@code key}, evicting the least recently used entries until
	 * it fits.
	 */
	synchronized void put(String key, V value) {
		long size = this.sizer.applyAsLong(value) + 2L * key.length();
		if (size > this.maxBytes) {
			return;
		}
		Sized<V> previous = this.entries.remove(key);
		if (previous != null) {
			this.bytes -= previous.size();
		}
		Iterator<Map.Entry<String, Sized<V>>> eldest = this.entries.entrySet().iterator();
		while (this.bytes + size > this.maxBytes && eldest.hasNext()) {
			this.bytes -= eldest.next().getValue().size();
			eldest.remove();
		}
		this.entries.put(key, new Sized<>(value, size));
		this.bytes += size;
	}

	synchronized int size() {
		return this.entries.size();
	}

	/** The bytes the entries hold, never more than the budget. */
	synchronized long bytes() {
		return this.bytes;
	}

	private record Sized<V>(V value, long size) {
	}

}
