package org.rlhfcourse.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first ATX level-1 heading ({@code # Title}) of a Markdown body, outside fenced
 * code. Pandoc books give a chapter its title this way instead of in front matter; the
 * site then takes it as the title and removes the line so the page does not show the
 * title twice.
 *
 * @param text the heading's text, without closing {@code #}s or a pandoc attribute block
 * such as {@code {#sec:x}}
 * @param line its 1-based line in the body
 */
public record LeadingHeading(String text, int line) {

	private static final Pattern ATX_H1 = Pattern.compile(" {0,3}#(?:[ \\t]+(.*?))?[ \\t]*");

	private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

	private static final Pattern CLOSING = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");

	private static final Pattern ATTRIBUTES = Pattern.compile("[ \\t]*\\{[^{}]*\\}[ \\t]*$");

	/** The first {@code # } heading with some text, if the body has one. */
	public static Optional<LeadingHeading> find(String body) {
		String fence = null;
		int number = 0;
		for (String line : body.split("\n", -1)) {
			number++;
			Matcher fenceLine = FENCE.matcher(line);
			if (fence != null) {
				if (fenceLine.matches() && fenceLine.group(1).charAt(0) == fence.charAt(0)
						&& fenceLine.group(1).length() >= fence.length() && line.strip().equals(fenceLine.group(1))) {
					fence = null;
				}
				continue;
			}
			if (fenceLine.matches()) {
				fence = fenceLine.group(1);
				continue;
			}
			Matcher heading = ATX_H1.matcher(line);
			if (heading.matches() && heading.group(1) != null) {
				String text = CLOSING.matcher(heading.group(1)).replaceFirst("");
				text = ATTRIBUTES.matcher(text).replaceFirst("").strip();
				if (!text.isEmpty()) {
					return Optional.of(new LeadingHeading(text, number));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * {@code body} with this heading's line emptied, so every other line keeps its
	 * number.
	 */
	public String removeFrom(String body) {
		String[] lines = body.split("\n", -1);
		lines[this.line - 1] = "";
		return String.join("\n", lines);
	}

}
