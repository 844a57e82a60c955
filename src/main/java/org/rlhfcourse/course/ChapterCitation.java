package org.rlhfcourse.course;

import java.time.ZoneOffset;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Chapter;

/**
 * The "cite this chapter" entry: BibTeX a reader can paste into their own bibliography.
 */
final class ChapterCitation {

	private ChapterCitation() {
	}

	static String bibtex(Chapter chapter, SiteConfig site) {
		int year = chapter.lastModified().atZone(ZoneOffset.UTC).getYear();
		String author = site.author().isEmpty() ? site.title() : site.author();
		String key = lastWord(author).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "") + year
				+ chapter.slug().replace("-", "");
		return """
				@misc{%s,
				  author       = {%s},
				  title        = {%s},
				  howpublished = {%s, %s},
				  year         = {%d},
				  url          = {%s}
				}""".formatted(key, author, braces(chapter.title()), braces(site.title()),
				chapter.isAppendix() ? "appendix " + chapter.appendix() : "chapter " + chapter.number(), year,
				site.baseUrl() + chapter.url());
	}

	private static String lastWord(String text) {
		String[] words = text.strip().split("\\s+");
		return words[words.length - 1];
	}

	/** Keeps capitals as written by protecting them from BibTeX styles that lowercase titles. */
	private static String braces(String title) {
		return "{" + title.replace("{", "").replace("}", "") + "}";
	}

}
