package org.rlhfcourse.site;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.content.LeadingHeading;
import org.rlhfcourse.content.MarkdownFile;

/**
 * Where a chapter's title comes from: {@code title} in the front matter, else
 * {@code page-title}, else the body's first {@code # } heading, as pandoc books title
 * their chapters. A heading used as the title leaves the body, so the page shows the
 * title once.
 */
final class ChapterTitle {

	static final String MISSING = "chapter has no title: add 'title' to the front matter or start the text with "
			+ "a '# Title' heading";

	private ChapterTitle() {
	}

	/**
	 * The chapter with its first {@code # } heading taken out of the body when that
	 * heading is its title (there is no {@code title} or {@code page-title}, or it has
	 * the same text); the heading's text then stands in the front matter as
	 * {@code title}. The line stays, emptied, so line numbers in problems do not move.
	 */
	static MarkdownFile withoutTitleHeading(MarkdownFile source) {
		Optional<LeadingHeading> heading = LeadingHeading.find(source.body());
		FrontMatter frontMatter = source.frontMatter();
		String given = frontMatter.has("title") ? text(frontMatter, "title") : text(frontMatter, "page-title");
		if (heading.isEmpty() || (frontMatter.has("title") && given.isEmpty())) {
			return source;
		}
		String text = heading.get().text();
		if (!given.isEmpty() && !normal(given).equalsIgnoreCase(normal(text))) {
			return source;
		}
		Map<String, Object> values = new LinkedHashMap<>(frontMatter.values());
		Map<String, Integer> lines = new HashMap<>(frontMatter.keyLines());
		if (given.isEmpty()) {
			values.put("title", text);
			lines.put("title", heading.get().line());
		}
		return new MarkdownFile(source.path(), new FrontMatter(values, lines), heading.get().removeFrom(source.body()),
				source.lastModified());
	}

	/**
	 * The title of a chapter already passed through {@link #withoutTitleHeading}:
	 * {@code title}, else {@code page-title}; a problem at line 1 and the file name when
	 * it has neither.
	 */
	static String of(MarkdownFile source, List<ContentProblem> problems) {
		FrontMatter frontMatter = source.frontMatter();
		String title;
		try {
			title = frontMatter.string("title").orElse("");
		}
		catch (FrontMatter.InvalidFrontMatterException ex) {
			problems.add(ContentProblem.error(source.path(), frontMatter.lineOf("title"), ex.getMessage()));
			return source.baseName();
		}
		if (title.isEmpty()) {
			title = text(frontMatter, "page-title");
		}
		if (title.isEmpty()) {
			problems.add(ContentProblem.error(source.path(), 1, MISSING));
			return source.baseName();
		}
		return title;
	}

	/**
	 * A value as text, empty when absent or not a single value (that is reported where
	 * the value is read).
	 */
	private static String text(FrontMatter frontMatter, String key) {
		try {
			return frontMatter.string(key).orElse("");
		}
		catch (FrontMatter.InvalidFrontMatterException ex) {
			return "";
		}
	}

	private static String normal(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
