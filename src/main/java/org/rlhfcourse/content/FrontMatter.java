package org.rlhfcourse.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML front matter of one Markdown file. Keys the site does not know are kept, never
 * fatal, so that files written for other tools (pandoc, slide tools) load unchanged.
 *
 * @param values the parsed mapping, in file order
 * @param keyLines the 1-based line of each top-level key, for error messages
 */
public record FrontMatter(Map<String, Object> values, Map<String, Integer> keyLines) {

	public static final FrontMatter EMPTY = new FrontMatter(Map.of(), Map.of());

	public FrontMatter {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		keyLines = Map.copyOf(keyLines);
	}

	public boolean has(String key) {
		return this.values.get(key) != null;
	}

	/** The line of {@code key}, or 1 when the key is absent. */
	public int lineOf(String key) {
		return this.keyLines.getOrDefault(key, 1);
	}

	/**
	 * A scalar value as text.
	 * @throws InvalidFrontMatterException if the value is a list or mapping
	 */
	public Optional<String> string(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return Optional.empty();
		}
		if (value instanceof Map || value instanceof List) {
			throw new InvalidFrontMatterException(key, "'" + key + "' must be a single value, not a list or mapping");
		}
		String text = value.toString().strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

	/**
	 * A whole number.
	 * @throws InvalidFrontMatterException if the value is not a whole number
	 */
	public Optional<Integer> integer(String key) {
		Optional<String> text = string(key);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Integer.valueOf(text.get()));
		}
		catch (NumberFormatException ex) {
			throw new InvalidFrontMatterException(key,
					"'" + key + "' must be a whole number, found '" + text.get() + "'");
		}
	}

	/**
	 * A list of scalars; a single scalar counts as a list of one.
	 * @throws InvalidFrontMatterException if an item is a list or mapping
	 */
	public List<String> strings(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			return string(key).map(List::of).orElse(List.of());
		}
		return list.stream().map((item) -> {
			if (item instanceof Map || item instanceof List) {
				throw new InvalidFrontMatterException(key, "'" + key + "' must be a list of plain values");
			}
			return String.valueOf(item);
		}).toList();
	}

	/**
	 * A nested mapping (for example structured data for a profile page).
	 * @throws InvalidFrontMatterException if the value is not a mapping
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> map(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidFrontMatterException(key, "'" + key + "' must be a mapping of keys to values");
		}
		return Collections.unmodifiableMap((Map<String, Object>) map);
	}

	/**
	 * Thrown when a front matter value has the wrong shape; names the key so the loader
	 * can point at it.
	 */
	public static final class InvalidFrontMatterException extends IllegalArgumentException {

		private final String key;

		InvalidFrontMatterException(String key, String message) {
			super(message);
			this.key = key;
		}

		public String key() {
			return this.key;
		}

	}

}
