package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.rlhfcourse.content.ContentProblem;

/**
 * What colloquium does to a slide's Markdown before it renders it: {@code [@key]}
 * citations become author-year labels and inline {@code ^[...]} notes become numbers,
 * both outside code blocks. Replacements keep the text's line count, so that later
 * problems keep their file lines. Not thread-safe: one per deck build.
 */
final class SlideText {

	private final DeckCitations citations;

	private final String path;

	private final List<ContentProblem> problems;

	SlideText(DeckCitations citations, String path, List<ContentProblem> problems) {
		this.citations = citations;
		this.path = path;
		this.problems = problems;
	}

	/**
	 * Replaces {@code [@key]} citations outside code blocks by their labels.
	 * @param firstLine the file line of the text's first line
	 */
	String citations(String text, int firstLine) {
		boolean[] fence = CodeFence.mask(text);
		LineIndex lines = null;
		Matcher matcher = DeckCitations.CITATION.matcher(text);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (matcher.find()) {
			if (fence[matcher.start()]) {
				continue;
			}
			List<String> missing = new ArrayList<>();
			String html = this.citations.citationHtml(DeckCitations.keysIn(matcher.group()), missing);
			for (String key : missing) {
				lines = (lines != null) ? lines : new LineIndex(text, firstLine);
				this.problems.add(ContentProblem.error(this.path, lines.lineAt(matcher.start()),
						"unknown citation key '" + key + "'; add it to the deck's bibliography"));
			}
			out.append(text, last, matcher.start()).append(html);
			last = matcher.end();
		}
		return out.append(text, last, text.length()).toString();
	}

	/**
	 * Replaces inline {@code ^[...]} notes by numbers, from 1 on each slide, adding each
	 * note's HTML to {@code notes}.
	 * @param firstLine the file line of the text's first line
	 * @param markdown renders a note (inline)
	 */
	String footnotes(String text, int firstLine, List<String> notes, Inline markdown) {
		boolean[] fence = CodeFence.mask(text);
		LineIndex lines = new LineIndex(text, firstLine);
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int start = text.indexOf("^[", i);
			if (start < 0) {
				break;
			}
			if (fence[start]) {
				out.append(text, i, start + 2);
				i = start + 2;
				continue;
			}
			int end = closing(text, start + 1);
			if (end < 0) {
				this.problems.add(ContentProblem.error(this.path, lines.lineAt(start),
						"inline note '^[' is never closed with ']'"));
				break;
			}
			int number = notes.size() + 1;
			int line = lines.lineAt(start);
			notes.add(markdown.render(text.substring(start + 2, end), line));
			out.append(text, i, start)
				.append("<sup class=\"deck-footnote-ref\">")
				.append(number)
				.append("</sup>")
				.append("\n".repeat(lines.lineAt(end) - line));
			i = end + 1;
		}
		return out.append(text.substring(Math.min(i, text.length()))).toString();
	}

	/** The {@code ]} matching the {@code [} at {@code open}, or -1. */
	private static int closing(String text, int open) {
		int depth = 0;
		for (int j = open; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == '[') {
				depth++;
			}
			else if (c == ']' && --depth == 0) {
				return j;
			}
		}
		return -1;
	}

	/** Renders inline Markdown that starts on a given file line. */
	interface Inline {

		String render(String markdown, int line);

	}

}
