package org.rlhfcourse.site;

import java.time.Instant;
import java.util.List;

import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.render.TocEntry;

/**
 * A rendered standalone page such as the profile or the essay.
 *
 * @param path its URL path, e.g. {@code /profile} or {@code /ja/essay}
 * @param title its title
 * @param description one sentence for search engines
 * @param layout the template family it asks for ({@code page}, {@code profile},
 * {@code essay})
 * @param lang its language tag
 * @param translation the path of the same page in the other language, empty for none
 * @param html the rendered body
 * @param toc its sections
 * @param hasMath whether the page needs KaTeX's stylesheet
 * @param frontMatter its front matter, for structured data
 * @param sourcePath its file, relative to the content folder
 * @param lastModified when its file last changed
 */
public record Page(String path, String title, String description, String layout, String lang, String translation,
		String html, List<TocEntry> toc, boolean hasMath, FrontMatter frontMatter, String sourcePath,
		Instant lastModified) {

	public Page {
		toc = List.copyOf(toc);
	}

}
