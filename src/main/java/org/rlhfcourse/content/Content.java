package org.rlhfcourse.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the content folder, parsed but not yet rendered.
 *
 * @param site settings from {@code site.yml}
 * @param outline the course outline from {@code course.yml}
 * @param chapters the chapters in course order
 * @param pages standalone pages
 * @param decks slide decks
 * @param assets every other file (bibliographies, images), by path
 * @param problems what was wrong with the files read
 */
public record Content(SiteConfig site, CourseOutline outline, List<ChapterFile> chapters, List<MarkdownFile> pages,
		List<MarkdownFile> decks, Map<String, SourceFile> assets, List<ContentProblem> problems) {

	public Content {
		chapters = List.copyOf(chapters);
		pages = List.copyOf(pages);
		decks = List.copyOf(decks);
		assets = Map.copyOf(assets);
		problems = List.copyOf(problems);
	}

	public Optional<SourceFile> asset(String path) {
		return Optional.ofNullable(this.assets.get(path));
	}

	/**
	 * A chapter file with the order and slug taken from its name, {@code NN-slug.md}, or
	 * an appendix, {@code appendix-a-slug.md}, which comes after every chapter.
	 *
	 * @param number the chapter's position in the course, or the appendix's among the
	 * appendices (1 for A)
	 * @param slug its URL name
	 * @param file the parsed file
	 * @param appendix the appendix letter ("A"), empty for a chapter
	 */
	public record ChapterFile(int number, String slug, MarkdownFile file, String appendix) {

		public ChapterFile {
			java.util.Objects.requireNonNull(appendix, "appendix");
		}

	}

}
