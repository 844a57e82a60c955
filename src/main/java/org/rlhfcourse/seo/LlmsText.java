package org.rlhfcourse.seo;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.Page;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.render.deck.Deck;

/**
 * The course for language models, in the llmstxt.org format: {@code /llms.txt} is a
 * title, a summary and links to the chapters in course order with one line each, then the
 * slide decks and pages; {@code /llms-full.txt} is the whole course as Markdown.
 */
final class LlmsText {

	/** A Markdown link to a path on this site, made absolute so the text stands alone. */
	private static final Pattern SITE_LINK = Pattern.compile("\\]\\(/(?!/)");

	private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\R)+");

	private LlmsText() {
	}

	static String summary(SiteSnapshot snapshot, SiteConfig site) {
		String base = site.baseUrl();
		StringBuilder text = new StringBuilder();
		text.append("# ").append(site.title()).append("\n\n");
		if (!site.description().isEmpty()) {
			text.append("> ").append(oneLine(site.description())).append("\n\n");
		}
		if (!site.tagline().isEmpty()) {
			text.append(oneLine(site.tagline()));
			text.append(site.author().isEmpty() ? "" : " By " + site.author() + ".");
			text.append(" Chapters are Markdown with TeX math in `$…$` and `$$…$$`.\n\n");
		}
		text.append("## Chapters\n\n");
		for (Chapter chapter : snapshot.chapters()) {
			text.append("- [")
				.append(linkText(chapter.listTitle()))
				.append("](")
				.append(base)
				.append(chapter.url())
				.append(')');
			if (!chapter.description().isEmpty()) {
				text.append(": ").append(oneLine(chapter.description()));
			}
			text.append('\n');
		}
		if (!snapshot.decks().isEmpty()) {
			text.append("\n## Slides\n\n");
			for (Deck deck : snapshot.decks()) {
				text.append("- [")
					.append(linkText(deck.title()))
					.append("](")
					.append(base)
					.append(deck.url())
					.append("): lecture slides, ")
					.append(deck.slideCount())
					.append(" slides\n");
			}
		}
		text.append("\n## Pages\n\n");
		snapshot.pages()
			.values()
			.stream()
			.sorted(Comparator.comparing((Page page) -> !page.lang().equals("en")).thenComparing(Page::path))
			.forEach((page) -> {
				text.append("- [")
					.append(linkText(page.title()))
					.append("](")
					.append(base)
					.append(page.path())
					.append(')');
				if (!page.description().isEmpty()) {
					text.append(": ").append(oneLine(page.description()));
				}
				text.append('\n');
			});
		text.append("\n## Optional\n\n");
		text.append("- [The whole course in one file](")
			.append(base)
			.append("/llms-full.txt): every chapter's Markdown, in course order\n");
		return text.toString();
	}

	static String full(SiteSnapshot snapshot, SiteConfig site) {
		StringBuilder text = new StringBuilder();
		text.append("# ").append(site.title()).append("\n\n");
		if (!site.description().isEmpty()) {
			text.append("> ").append(oneLine(site.description())).append("\n\n");
		}
		for (Chapter chapter : snapshot.chapters()) {
			text.append("\n# ").append(chapter.listTitle()).append("\n\n");
			if (!chapter.description().isEmpty()) {
				text.append("> ").append(oneLine(chapter.description())).append("\n\n");
			}
			text.append("Source: ").append(site.baseUrl()).append(chapter.url()).append("\n\n");
			String body = LEADING_BLANK_LINES.matcher(chapter.markdown()).replaceFirst("").stripTrailing();
			body = SITE_LINK.matcher(body).replaceAll(Matcher.quoteReplacement("](" + site.baseUrl() + "/"));
			text.append(body).append("\n");
		}
		return text.toString();
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static String linkText(String text) {
		return oneLine(text).replace("[", "\\[").replace("]", "\\]");
	}

}
