package org.rlhfcourse.site;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last output each file built without a problem of its own making, by content path,
 * so that a file given up for taking too long on a busy machine keeps showing what it
 * showed before instead of an empty page. Thread-safe.
 *
 * @param <T> the chapter, page or deck built from a file
 */
final class LastGoodOutput<T> {

	private final Map<String, T> outputs = new ConcurrentHashMap<>();

	void remember(String path, T output) {
		this.outputs.put(path, output);
	}

	Optional<T> of(String path) {
		return Optional.ofNullable(this.outputs.get(path));
	}

	/** Forgets the files that are gone. */
	void retain(Set<String> paths) {
		this.outputs.keySet().retainAll(paths);
	}

}
