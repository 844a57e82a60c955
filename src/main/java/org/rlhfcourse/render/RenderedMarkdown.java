package org.rlhfcourse.render;

import java.util.List;

import org.rlhfcourse.content.ContentProblem;

/**
 * The HTML of one Markdown document with what the page around it needs.
 *
 * @param html the body HTML
 * @param toc the document's sections (levels 2 and 3)
 * @param hasMath whether the page needs KaTeX's stylesheet
 * @param words how many words the reader will read, for the reading time
 * @param problems what went wrong, positioned in the source file
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, boolean hasMath, int words,
		List<ContentProblem> problems) {

	public RenderedMarkdown {
		toc = List.copyOf(toc);
		problems = List.copyOf(problems);
	}

	/** Minutes to read at 230 words a minute, at least one. */
	public int readingMinutes() {
		return Math.max(1, Math.round(this.words / 230f));
	}

}
