package org.rlhfcourse.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.core.AssetLookup;

/**
 * Turns a chapter file into a {@link Chapter}: its front matter fields, checked, and its
 * rendered body. Thread-safe.
 */
final class ChapterRenderer {

	private final MarkdownBodies bodies;

	ChapterRenderer(MarkdownBodies bodies) {
		this.bodies = bodies;
	}

	Rendered<Chapter> render(Content.ChapterFile file, Bibliographies bibliographies, AssetLookup assets) {
		MarkdownFile source = ChapterTitle.withoutTitleHeading(file.file());
		List<ContentProblem> problems = new ArrayList<>();
		FrontMatter frontMatter = source.frontMatter();
		String title = ChapterTitle.of(source, problems);
		String description = FrontMatterFields.text(source, "description", problems);
		int lecture = 0;
		try {
			lecture = frontMatter.integer("lecture").orElse(0);
		}
		catch (FrontMatter.InvalidFrontMatterException ex) {
			problems.add(ContentProblem.error(source.path(), frontMatter.lineOf(ex.key()), ex.getMessage()));
		}
		String deck = FrontMatterFields.text(source, "slides", problems);
		Chapter.Display display = new Chapter.Display(FrontMatterFields.text(source, "page-title", problems),
				FrontMatterFields.text(source, "meta-description", problems),
				FrontMatterFields.text(source, "prev-url", problems),
				FrontMatterFields.text(source, "next-url", problems), lectureVideos(source, problems));
		RenderedMarkdown body = this.bodies.render(source, bibliographies, assets);
		problems.addAll(body.problems());
		return new Rendered<>(new Chapter(file.number(), file.slug(), title, description, body.html(), body.toc(),
				body.hasMath(), body.readingMinutes(), lecture, deck, source.path(), source.lastModified(),
				source.body(), display, file.appendix()), problems);
	}

	/**
	 * The chapter that stands for one that could not be built: its address and title
	 * stay, so that the outline and links to it do not fail as well, and its body is
	 * empty.
	 */
	static Rendered<Chapter> failed(Content.ChapterFile file, ContentProblem problem) {
		MarkdownFile source = file.file();
		return new Rendered<>(new Chapter(file.number(), file.slug(), FrontMatterFields.safeTitle(source), "", "",
				List.of(), false, 0, 0, "", source.path(), source.lastModified(), source.body(), Chapter.Display.NONE,
				file.appendix()), List.of(problem));
	}

	/** The {@code lectures:} list of {@code {label, video}} mappings. */
	private static List<Chapter.LectureVideo> lectureVideos(MarkdownFile source, List<ContentProblem> problems) {
		Object value = source.frontMatter().values().get("lectures");
		if (value == null) {
			return List.of();
		}
		int line = source.frontMatter().lineOf("lectures");
		if (!(value instanceof List<?> items)) {
			problems.add(ContentProblem.error(source.path(), line, "'lectures' must be a list of {label, video}"));
			return List.of();
		}
		List<Chapter.LectureVideo> videos = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof Map<?, ?> map && map.get("label") != null && map.get("video") != null
					&& String.valueOf(map.get("video")).matches("(?i)(https?://|/).+")) {
				videos
					.add(new Chapter.LectureVideo(String.valueOf(map.get("label")), String.valueOf(map.get("video"))));
			}
			else {
				problems.add(ContentProblem.error(source.path(), line,
						"each entry of 'lectures' needs a 'label' and a 'video' address (http(s):// or /…)"));
			}
		}
		return videos;
	}

}
