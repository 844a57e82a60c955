package org.rlhfcourse.site;

import java.util.ArrayList;
import java.util.List;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.core.AssetLookup;

/**
 * Renders the body of a chapter or page with the bibliography it cites from, or takes it
 * from the {@link RenderCache} when neither its body nor its front matter (which may name
 * a bibliography) changed. Thread-safe.
 */
final class MarkdownBodies {

	private final MarkdownRenderer markdown;

	private final RenderCache cache;

	MarkdownBodies(MarkdownRenderer markdown, RenderCache cache) {
		this.markdown = markdown;
		this.cache = cache;
	}

	RenderedMarkdown render(MarkdownFile source, Bibliographies bibliographies, AssetLookup assets) {
		return this.cache.render(source.path(), sourceKey(source), () -> {
			List<ContentProblem> found = new ArrayList<>();
			RenderedMarkdown rendered = this.markdown.render(source.path(), source.body(),
					bibliographies.forFile(source, found), assets);
			if (found.isEmpty()) {
				return rendered;
			}
			found.addAll(rendered.problems());
			return new RenderedMarkdown(rendered.html(), rendered.toc(), rendered.hasMath(), rendered.words(), found);
		});
	}

	/** Renders the outline's introduction, which cites nothing. */
	RenderedMarkdown renderIntro(String path, String text) {
		return this.cache.render(path, text, () -> this.markdown.render(path, text));
	}

	/**
	 * What a file's rendering depends on besides the site-wide context: its front matter
	 * and body.
	 */
	static String sourceKey(MarkdownFile source) {
		return source.frontMatter() + "\n" + source.body();
	}

}
