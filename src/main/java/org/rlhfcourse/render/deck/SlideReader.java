package org.rlhfcourse.render.deck;

import java.util.List;

import org.rlhfcourse.content.ContentProblem;

/**
 * Reads one slide's directives and title as colloquium's {@code parse_slide} does,
 * leaving the rest for the renderer. Directives and the title are blanked out in place,
 * so that every line of the content keeps its file line. Works on the slide's own text
 * only, so that reading a deck takes time in proportion to its length. Stateless.
 */
final class SlideReader {

	/**
	 * The slide made of {@code text}, whose first line is file line {@code line}.
	 * @param number its 1-based position in the deck
	 */
	SlideSource read(String path, String text, int line, int number, List<ContentProblem> problems) {
		boolean[] inFence = CodeFence.mask(text);
		LineIndex lines = new LineIndex(text, line);
		SlideDirectives slide = new SlideDirectives(path, problems);
		StringBuilder kept = new StringBuilder(text);
		DirectiveComments directives = new DirectiveComments(text, SlideDirectives.KEYS::contains);
		for (DirectiveComments.Directive directive = directives.next(); directive != null; directive = directives
			.next()) {
			if (inFence[directive.start()]) {
				problems.add(ContentProblem.error(path, lines.lineAt(directive.start()), "directive inside a code "
						+ "block: colloquium would apply it and remove it from the code; move it out of the block"));
				continue;
			}
			slide.apply(directive.key(), directive.value(), lines.lineAt(directive.start()));
			blank(kept, directive.start(), directive.end());
		}
		DirectiveComments others = new DirectiveComments(kept.toString(), (key) -> true);
		for (DirectiveComments.Directive other = others.next(); other != null; other = others.next()) {
			String key = other.key();
			if (inFence[other.start()] || key.equals("row-columns")) {
				continue;
			}
			if (slide.applyOther(key, other.value(), lines.lineAt(other.start()))) {
				blank(kept, other.start(), other.end());
			}
			else {
				problems.add(ContentProblem.error(path, lines.lineAt(other.start()), "'<!-- " + key + ": -->' is "
						+ "not a colloquium directive and would do nothing there; use <!-- step --> or animate for "
						+ "reveals, or remove it"));
			}
		}
		String title = "";
		int titleLine = 0;
		String layout = slide.layout;
		int offset = 0;
		for (String one : kept.toString().split("\n", -1)) {
			String stripped = one.strip();
			boolean h1 = stripped.startsWith("# ");
			if (h1 || stripped.startsWith("## ")) {
				if (inFence[Math.min(offset, inFence.length - 1)]) {
					problems.add(ContentProblem.error(path, lines.lineAt(offset),
							"this line in a code block "
									+ "comes before any slide heading, so colloquium would make it the slide title; "
									+ "give the slide a '## ' heading first"));
				}
				else {
					title = stripped.substring(h1 ? 2 : 3).strip();
					titleLine = lines.lineAt(offset);
					if (h1 && !slide.layoutGiven) {
						layout = "title";
					}
					blank(kept, offset, offset + one.length());
				}
				break;
			}
			offset += one.length() + 1;
		}
		return new SlideSource(number, line, layout, slide.classes, slide.style,
				(slide.styleLine > 0) ? slide.styleLine : line, slide.notes, title, titleLine, kept.toString(),
				slide.columns, slide.rows, slide.citeLeft, slide.citeRight, slide.footnoteLeft, slide.footnoteRight,
				slide.footnotesRight, slide.animate, slide.iframe, slide.afterReferences);
	}

	/**
	 * Replaces a span with spaces, keeping its line breaks, so that later lines keep
	 * their numbers.
	 */
	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (text.charAt(i) != '\n') {
				text.setCharAt(i, ' ');
			}
		}
	}

}
