package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.MarkdownFile;

/**
 * Splits a colloquium deck into slides, following colloquium's {@code parse.py} so that a
 * deck has the same slides here as there; {@link SlideReader} reads each one. Where
 * colloquium's text-level rules would cut through a code block (a {@code ---} line, a
 * directive or a heading inside a fence), this parser keeps the code intact and reports
 * the spot, so the two can never silently disagree. Each line is read a bounded number of
 * times, so a deck's parse time grows with its length, not its square. Stateless and
 * thread-safe.
 */
public final class DeckParser {

	/**
	 * A separator line: {@code ---} and optional trailing blanks (colloquium:
	 * {@code \n---\s*\n}).
	 */
	private static final Pattern SEPARATOR = Pattern.compile("---[ \\t\\x0B\\f\\r]*");

	private final SlideReader reader = new SlideReader();

	/**
	 * The slides of {@code file}, reporting what colloquium would read differently into
	 * {@code problems}.
	 */
	public List<SlideSource> parse(MarkdownFile file, List<ContentProblem> problems) {
		String[] lines = file.body().split("\n", -1);
		int last = lines.length - 1;
		while (last >= 0 && lines[last].isBlank()) {
			last--;
		}
		List<int[]> chunks = new ArrayList<>();
		boolean fresh = true;
		int start = 0;
		CodeFence fence = null;
		int fenceLine = 0;
		for (int i = 0; i <= last; i++) {
			String line = lines[i];
			if (fence != null) {
				if (fence.closedBy(line)) {
					fence = null;
				}
				else if (!fresh && i < last && SEPARATOR.matcher(line).matches()) {
					problems.add(ContentProblem.error(file.path(), i + 1, 1, "'---' inside a code block: colloquium "
							+ "starts a new slide here and cuts the code in two; indent it or change the line"));
				}
				fresh = false;
				continue;
			}
			CodeFence opened = CodeFence.open(line);
			if (opened != null) {
				fence = opened;
				fenceLine = i;
				fresh = false;
				continue;
			}
			if (line.isBlank()) {
				continue;
			}
			if (!fresh && i < last && SEPARATOR.matcher(line).matches()) {
				chunks.add(new int[] { start, i });
				start = i + 1;
				fresh = true;
				continue;
			}
			fresh = false;
		}
		if (fence != null) {
			problems.add(ContentProblem.error(file.path(), fenceLine + 1, 1, "code block is never closed"));
		}
		chunks.add(new int[] { start, last + 1 });
		List<SlideSource> slides = new ArrayList<>();
		for (int[] chunk : chunks) {
			StringBuilder text = new StringBuilder();
			boolean empty = true;
			for (int i = chunk[0]; i < chunk[1]; i++) {
				text.append(lines[i]).append('\n');
				empty &= lines[i].isBlank();
			}
			if (!empty) {
				slides.add(this.reader.read(file.path(), text.toString(), chunk[0] + 1, slides.size() + 1, problems));
			}
		}
		return slides;
	}

}
