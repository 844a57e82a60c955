package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.MarkdownFile;

/**
 * Splits a colloquium deck into slides and reads each slide's directives and title,
 * following colloquium's {@code parse.py} so that a deck has the same slides here as
 * there. Where colloquium's text-level rules would cut through a code block (a
 * {@code ---} line, a directive or a heading inside a fence), this parser keeps the code
 * intact and reports the spot, so the two can never silently disagree. Stateless and
 * thread-safe.
 */
public final class DeckParser {

	/**
	 * A separator line: {@code ---} and optional trailing blanks (colloquium:
	 * {@code \n---\s*\n}).
	 */
	private static final Pattern SEPARATOR = Pattern.compile("---[ \\t\\x0B\\f\\r]*");

	/**
	 * The keys of colloquium's {@code _DIRECTIVE_RE}: only these are directives. The
	 * comments are found by {@link DirectiveComments}, which reads them as that pattern
	 * does, in linear time.
	 */
	static final Set<String> DIRECTIVE_KEYS = Set.of("layout", "class", "style", "notes", "title", "align", "valign",
			"columns", "rows", "padding", "size", "cite", "cite-left", "cite-right", "footnote", "footnote-right",
			"footnotes", "img-align", "img-valign", "img-fill", "img-overflow", "animate");

	private static final Pattern SPEC = Pattern.compile("\\d+(?:/\\d+)*");

	private static final Pattern FENCE_OPEN = Pattern.compile("\\s*(`{3,}|~{3,})(.*)");

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
		Fence fence = null;
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
			Fence opened = Fence.open(line);
			if (opened != null) {
				fence = opened;
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
			problems.add(ContentProblem.error(file.path(), fence.line() + 1, 1, "code block is never closed"));
		}
		chunks.add(new int[] { start, last + 1 });
		List<SlideSource> slides = new ArrayList<>();
		for (int[] chunk : chunks) {
			boolean empty = true;
			for (int i = chunk[0]; i < chunk[1] && empty; i++) {
				empty = lines[i].isBlank();
			}
			if (!empty) {
				slides.add(slide(file.path(), lines, chunk[0], chunk[1], slides.size() + 1, problems));
			}
		}
		return slides;
	}

	private SlideSource slide(String path, String[] lines, int from, int to, int number,
			List<ContentProblem> problems) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < from; i++) {
			text.append('\n');
		}
		for (int i = from; i < to; i++) {
			text.append(lines[i]).append('\n');
		}
		String content = text.toString();
		boolean[] inFence = fenceMask(content);
		SlideDraft slide = new SlideDraft();
		StringBuilder kept = new StringBuilder(content);
		int[] lineStarts = lineStarts(content);
		DirectiveComments directives = new DirectiveComments(content, DIRECTIVE_KEYS::contains);
		for (DirectiveComments.Directive directive = directives.next(); directive != null; directive = directives
			.next()) {
			if (inFence[directive.start()]) {
				problems
					.add(ContentProblem.error(path, lineAt(lineStarts, directive.start()), "directive inside a code "
							+ "block: colloquium would apply it and remove it from the code; move it out of the block"));
				continue;
			}
			slide.apply(directive.key(), directive.value(), path, lineAt(lineStarts, directive.start()), problems);
			blank(kept, directive.start(), directive.end());
		}
		DirectiveComments others = new DirectiveComments(kept.toString(), (key) -> true);
		for (DirectiveComments.Directive other = others.next(); other != null; other = others.next()) {
			String key = other.key();
			if (inFence[other.start()] || key.equals("row-columns")) {
				continue;
			}
			if (key.equals("iframe")) {
				slide.iframe(other.value(), path, lineAt(lineStarts, other.start()), problems);
				blank(kept, other.start(), other.end());
			}
			else {
				problems.add(ContentProblem.error(path, lineAt(lineStarts, other.start()), "'<!-- " + key + ": -->' is "
						+ "not a colloquium directive and would do nothing there; use <!-- step --> or animate for "
						+ "reveals, or remove it"));
			}
		}
		String title = "";
		int titleLine = 0;
		String layout = slide.layout;
		int offset = 0;
		for (String line : kept.toString().split("\n", -1)) {
			String stripped = line.strip();
			boolean h1 = stripped.startsWith("# ");
			if (h1 || stripped.startsWith("## ")) {
				if (inFence[Math.min(offset, inFence.length - 1)]) {
					problems.add(ContentProblem.error(path, lineAt(content, offset),
							"this line in a code block "
									+ "comes before any slide heading, so colloquium would make it the slide title; "
									+ "give the slide a '## ' heading first"));
				}
				else {
					title = stripped.substring(h1 ? 2 : 3).strip();
					titleLine = lineAt(content, offset);
					if (h1 && !slide.layoutGiven) {
						layout = "title";
					}
					blank(kept, offset, offset + line.length());
				}
				break;
			}
			offset += line.length() + 1;
		}
		return new SlideSource(number, from + 1, layout, slide.classes, slide.style, slide.notes, title, titleLine,
				kept.toString(), slide.columns, slide.rows, slide.citeLeft, slide.citeRight, slide.footnoteLeft,
				slide.footnoteRight, slide.footnotesRight, slide.animate, slide.iframe);
	}

	/**
	 * Which characters of {@code text} lie inside fenced code blocks (fence lines
	 * included).
	 */
	static boolean[] fenceMask(String text) {
		boolean[] mask = new boolean[text.length() + 1];
		Fence fence = null;
		int offset = 0;
		for (String line : text.split("\n", -1)) {
			boolean inside = fence != null;
			if (fence != null) {
				if (fence.closedBy(line)) {
					fence = null;
				}
			}
			else {
				fence = Fence.open(line);
				inside = fence != null;
			}
			if (inside) {
				for (int i = offset; i <= Math.min(offset + line.length(), text.length()); i++) {
					mask[i] = true;
				}
			}
			offset += line.length() + 1;
		}
		return mask;
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

	/** Where each line of {@code text} starts, for {@link #lineAt(int[], int)}. */
	private static int[] lineStarts(String text) {
		int[] starts = new int[16];
		int count = 0;
		for (int i = -1; i < text.length(); i = text.indexOf('\n', i + 1)) {
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count++] = i + 1;
			if (text.indexOf('\n', i + 1) < 0) {
				break;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/**
	 * The 1-based line of {@code offset}, found by binary search so that a slide with
	 * thousands of directives does not count lines from the top for each one.
	 */
	private static int lineAt(int[] lineStarts, int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		return (index >= 0) ? index + 1 : -index - 1;
	}

	static int lineAt(CharSequence text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** An open fenced code block. */
	record Fence(char marker, int length, int line) {

		static Fence open(String line) {
			Matcher matcher = FENCE_OPEN.matcher(line);
			if (!matcher.matches()) {
				return null;
			}
			String marks = matcher.group(1);
			if (marks.charAt(0) == '`' && matcher.group(2).indexOf('`') >= 0) {
				return null;
			}
			return new Fence(marks.charAt(0), marks.length(), 0);
		}

		boolean closedBy(String line) {
			String stripped = line.strip();
			if (stripped.length() < this.length) {
				return false;
			}
			for (int i = 0; i < stripped.length(); i++) {
				if (stripped.charAt(i) != this.marker) {
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * The directive values of one slide while it is read; last one wins or values
	 * accumulate, as in colloquium.
	 */
	private static final class SlideDraft {

		String layout = "content";

		boolean layoutGiven;

		final List<String> classes = new ArrayList<>();

		String style = "";

		String notes = "";

		String columns = "";

		String rows = "";

		final List<String> citeLeft = new ArrayList<>();

		final List<String> citeRight = new ArrayList<>();

		String footnoteLeft = "";

		String footnoteRight = "";

		boolean footnotesRight = true;

		String animate = "";

		String iframe = "";

		void apply(String key, String value, String path, int line, List<ContentProblem> problems) {
			switch (key) {
				case "layout" -> {
					this.layout = value;
					this.layoutGiven = true;
				}
				case "class" -> this.classes.addAll(List.of(value.strip().split("\\s+")));
				case "style" -> this.style = value;
				case "notes" -> this.notes = value;
				case "title" ->
					this.classes.add(oneOf(key, value, List.of("top", "center", "hidden"), path, line, problems));
				case "align" ->
					this.classes.add(oneOf(key, value, List.of("left", "center", "right"), path, line, problems));
				case "valign" ->
					this.classes.add(oneOf(key, value, List.of("top", "center", "bottom"), path, line, problems));
				case "padding" ->
					this.classes.add(oneOf("pad", value, List.of("compact", "normal", "wide"), path, line, problems));
				case "size" ->
					this.classes.add(oneOf(key, value, List.of("small", "normal", "large"), path, line, problems));
				case "img-align" ->
					this.classes.add(oneOf(key, value, List.of("left", "center", "right"), path, line, problems));
				case "img-valign" ->
					this.classes.add(oneOf(key, value, List.of("top", "center", "bottom"), path, line, problems));
				case "img-fill", "img-overflow" -> this.classes.add(key);
				case "columns", "rows" -> {
					if (!SPEC.matcher(value).matches()) {
						problems.add(ContentProblem.error(path, line, key + " must be a number or widths like 50/50, "
								+ "found '" + value + "' (colloquium ignores it)"));
					}
					else if (key.equals("columns")) {
						this.columns = value;
					}
					else {
						this.rows = value;
					}
				}
				case "cite", "cite-left" -> this.citeLeft.addAll(keys(value));
				case "cite-right" -> this.citeRight.addAll(keys(value));
				case "footnote" -> this.footnoteLeft = value;
				case "footnote-right" -> this.footnoteRight = value;
				case "footnotes" ->
					this.footnotesRight = !oneOf(key, value, List.of("left", "right"), path, line, problems)
						.equals("footnotes-left");
				case "animate" -> {
					if (!value.equals("bullets") && !value.equals("items")) {
						problems.add(ContentProblem.error(path, line, "animate: '" + value + "' is not supported here; "
								+ "use 'bullets' (or 'items'), or <!-- step --> between blocks"));
					}
					else {
						this.animate = value;
					}
				}
				default -> throw new IllegalStateException("directive pattern and switch disagree on " + key);
			}
		}

		void iframe(String value, String path, int line, List<ContentProblem> problems) {
			if (value.startsWith("/") && !value.startsWith("//")) {
				this.iframe = value;
			}
			else {
				problems.add(ContentProblem.error(path, line,
						"iframe: only addresses on this site (starting with /) "
								+ "can be embedded, since pages load nothing from other hosts; link to '" + value
								+ "' instead"));
			}
		}

		private static String oneOf(String key, String value, List<String> allowed, String path, int line,
				List<ContentProblem> problems) {
			if (!allowed.contains(value)) {
				problems.add(ContentProblem.error(path, line,
						key + " must be one of " + String.join(", ", allowed) + ", found '" + value + "'"));
			}
			return key + "-" + value;
		}

		private static List<String> keys(String value) {
			return List.of(value.split(",")).stream().map(String::strip).filter((key) -> !key.isEmpty()).toList();
		}

	}

}
