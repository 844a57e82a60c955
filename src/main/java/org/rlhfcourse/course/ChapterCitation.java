package org.rlhfcourse.course;

import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Chapter;

/**
 * The "cite this chapter" entry: BibTeX a reader can paste into their own bibliography.
 * Text fields are escaped for LaTeX ({@code &}, {@code %}, {@code $}, {@code #},
 * {@code _}, {@code ~}, {@code ^}, {@code \}) and keep only balanced braces, since BibTeX
 * counts braces even after a backslash and one stray brace breaks the whole file. The URL
 * is left as it is: {@code url} fields are read verbatim.
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
				}""".formatted(key, latex(author), braces(chapter.title()), braces(site.title()),
				chapter.isAppendix() ? "appendix " + chapter.appendix() : "chapter " + chapter.number(), year,
				site.baseUrl() + chapter.url());
	}

	private static String lastWord(String text) {
		String[] words = text.strip().split("\\s+");
		return words[words.length - 1];
	}

	/**
	 * Keeps capitals as written by protecting them from BibTeX styles that lowercase
	 * titles.
	 */
	private static String braces(String title) {
		return "{" + latex(title) + "}";
	}

	/** {@code text} as LaTeX source that prints it, with its braces balanced. */
	static String latex(String text) {
		String balanced = balancedBraces(text);
		StringBuilder latex = new StringBuilder(balanced.length() + 16);
		for (int i = 0; i < balanced.length(); i++) {
			char c = balanced.charAt(i);
			switch (c) {
				case '&', '%', '$', '#', '_' -> latex.append('\\').append(c);
				case '~' -> latex.append("\\textasciitilde{}");
				case '^' -> latex.append("\\textasciicircum{}");
				case '\\' -> latex.append("\\textbackslash{}");
				default -> latex.append(c);
			}
		}
		return latex.toString();
	}

	/**
	 * Drops each closing brace without an opening one before it, and each opening brace
	 * never closed.
	 */
	private static String balancedBraces(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '}' && open.isEmpty()) {
				continue;
			}
			if (c == '{') {
				open.push(kept.length());
			}
			else if (c == '}') {
				open.pop();
			}
			kept.append(c);
		}
		while (!open.isEmpty()) {
			kept.deleteCharAt(open.pop());
		}
		return kept.toString();
	}

}
