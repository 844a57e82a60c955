package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.rlhfcourse.content.ContentProblem;

/**
 * The directive values of one slide while it is read: the last one wins or values
 * accumulate, as in colloquium's {@code parse_slide}. Not thread-safe: one per slide.
 */
final class SlideDirectives {

	/**
	 * The keys of colloquium's {@code _DIRECTIVE_RE}: only these are directives. The
	 * comments are found by {@link DirectiveComments}, which reads them as that pattern
	 * does, in linear time.
	 */
	static final Set<String> KEYS = Set.of("layout", "class", "style", "notes", "title", "align", "valign", "columns",
			"rows", "padding", "size", "cite", "cite-left", "cite-right", "footnote", "footnote-right", "footnotes",
			"img-align", "img-valign", "img-fill", "img-overflow", "animate");

	private static final Pattern SPEC = Pattern.compile("\\d+(?:/\\d+)*");

	String layout = "content";

	boolean layoutGiven;

	final List<String> classes = new ArrayList<>();

	String style = "";

	int styleLine;

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

	boolean afterReferences;

	private final String path;

	private final List<ContentProblem> problems;

	SlideDirectives(String path, List<ContentProblem> problems) {
		this.path = path;
		this.problems = problems;
	}

	/** Applies one of colloquium's {@link #KEYS}. */
	void apply(String key, String value, int line) {
		switch (key) {
			case "layout" -> {
				this.layout = value;
				this.layoutGiven = true;
			}
			case "class" -> this.classes.addAll(List.of(value.strip().split("\\s+")));
			case "style" -> {
				this.style = value;
				this.styleLine = line;
			}
			case "notes" -> this.notes = value;
			case "title" -> this.classes.add(oneOf(key, value, List.of("top", "center", "hidden"), line));
			case "align", "img-align" -> this.classes.add(oneOf(key, value, List.of("left", "center", "right"), line));
			case "valign", "img-valign" ->
				this.classes.add(oneOf(key, value, List.of("top", "center", "bottom"), line));
			case "padding" -> this.classes.add(oneOf("pad", value, List.of("compact", "normal", "wide"), line));
			case "size" -> this.classes.add(oneOf(key, value, List.of("small", "normal", "large"), line));
			case "img-fill", "img-overflow" -> this.classes.add(key);
			case "columns", "rows" -> grid(key, value, line);
			case "cite", "cite-left" -> this.citeLeft.addAll(keys(value));
			case "cite-right" -> this.citeRight.addAll(keys(value));
			case "footnote" -> this.footnoteLeft = value;
			case "footnote-right" -> this.footnoteRight = value;
			case "footnotes" ->
				this.footnotesRight = !oneOf(key, value, List.of("left", "right"), line).equals("footnotes-left");
			case "animate" -> {
				if (!value.equals("bullets") && !value.equals("items")) {
					error(line, "animate: '" + value + "' is not supported here; "
							+ "use 'bullets' (or 'items'), or <!-- step --> between blocks");
				}
				else {
					this.animate = value;
				}
			}
			default -> throw new IllegalStateException("directive keys and switch disagree on " + key);
		}
	}

	/**
	 * Applies a comment colloquium reads outside its directive pattern; false when the
	 * key means nothing to colloquium.
	 */
	boolean applyOther(String key, String value, int line) {
		switch (key) {
			case "iframe" -> {
				if (value.startsWith("/") && !value.startsWith("//")) {
					this.iframe = value;
				}
				else {
					error(line, "iframe: only addresses on this site (starting with /) can be embedded, since pages "
							+ "load nothing from other hosts; link to '" + value + "' instead");
				}
			}
			case "after" -> {
				if (value.equals("references")) {
					this.afterReferences = true;
				}
				else {
					error(line, "after: only 'references' is known (the slide then follows the generated "
							+ "References slides), found '" + value + "'");
				}
			}
			default -> {
				return false;
			}
		}
		return true;
	}

	private void grid(String key, String value, int line) {
		if (!SPEC.matcher(value).matches()) {
			error(line, key + " must be a number or widths like 50/50, found '" + value + "' (colloquium ignores it)");
		}
		else if (key.equals("columns")) {
			this.columns = value;
		}
		else {
			this.rows = value;
		}
	}

	private String oneOf(String key, String value, List<String> allowed, int line) {
		if (!allowed.contains(value)) {
			error(line, key + " must be one of " + String.join(", ", allowed) + ", found '" + value + "'");
		}
		return key + "-" + value;
	}

	private void error(int line, String message) {
		this.problems.add(ContentProblem.error(this.path, line, message));
	}

	private static List<String> keys(String value) {
		return List.of(value.split(",")).stream().map(String::strip).filter((key) -> !key.isEmpty()).toList();
	}

}
