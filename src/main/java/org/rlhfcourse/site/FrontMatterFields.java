package org.rlhfcourse.site;

import java.util.List;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.content.MarkdownFile;

/**
 * Reads the plain-text front matter fields of chapters and pages, turning a field of the
 * wrong type into a problem at its line instead of an exception.
 */
final class FrontMatterFields {

	static final String TITLE_MISSING = "front matter needs a 'title'";

	private FrontMatterFields() {
	}

	/** The text of {@code key}, empty when absent or not text (then reported). */
	static String text(MarkdownFile source, String key, List<ContentProblem> problems) {
		try {
			return source.frontMatter().string(key).orElse("");
		}
		catch (FrontMatter.InvalidFrontMatterException ex) {
			problems.add(ContentProblem.error(source.path(), source.frontMatter().lineOf(key), ex.getMessage()));
			return "";
		}
	}

	/** The {@code title}, or the file name with a problem when there is none. */
	static String requiredTitle(MarkdownFile source, List<ContentProblem> problems) {
		String title = text(source, "title", problems);
		if (title.isEmpty()) {
			problems.add(ContentProblem.error(source.path(), 1, TITLE_MISSING));
			return source.baseName();
		}
		return title;
	}

	/**
	 * The title of a file that failed, from its front matter when that is plain text,
	 * else its file name.
	 */
	static String safeTitle(MarkdownFile source) {
		Object title = source.frontMatter().values().get("title");
		return (title instanceof String text && !text.isBlank()) ? text.strip() : source.baseName();
	}

}
