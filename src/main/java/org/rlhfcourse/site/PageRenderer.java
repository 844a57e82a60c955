package org.rlhfcourse.site;

import java.util.ArrayList;
import java.util.List;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.core.AssetLookup;

/**
 * Turns a file of {@code pages/} into a standalone {@link Page} at the address its name
 * gives. Thread-safe.
 */
final class PageRenderer {

	private final MarkdownBodies bodies;

	PageRenderer(MarkdownBodies bodies) {
		this.bodies = bodies;
	}

	Rendered<Page> render(MarkdownFile source, Bibliographies bibliographies, AssetLookup assets) {
		List<ContentProblem> problems = new ArrayList<>();
		String title = FrontMatterFields.requiredTitle(source, problems);
		String layout = FrontMatterFields.text(source, "layout", problems);
		String lang = FrontMatterFields.text(source, "lang", problems);
		RenderedMarkdown body = this.bodies.render(source, bibliographies, assets);
		problems.addAll(body.problems());
		return new Rendered<>(new Page(pagePath(source), title, FrontMatterFields.text(source, "description", problems),
				layout.isEmpty() ? "page" : layout, lang.isEmpty() ? "en" : lang,
				FrontMatterFields.text(source, "translation", problems), body.html(), body.toc(), body.hasMath(),
				source.frontMatter(), source.path(), source.lastModified()), problems);
	}

	/**
	 * The page that stands for one that could not be built, at its address with an empty
	 * body.
	 */
	static Rendered<Page> failed(MarkdownFile source, ContentProblem problem) {
		return new Rendered<>(new Page(pagePath(source), FrontMatterFields.safeTitle(source), "", "page", "en", "", "",
				List.of(), false, source.frontMatter(), source.path(), source.lastModified()), List.of(problem));
	}

	private static String pagePath(MarkdownFile source) {
		return "/" + source.path().substring("pages/".length(), source.path().length() - ".md".length());
	}

}
