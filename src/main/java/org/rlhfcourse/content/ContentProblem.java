package org.rlhfcourse.content;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the content, pointing at the file and position a maintainer must
 * fix.
 *
 * @param file path relative to the content folder, with forward slashes
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param severity whether the problem blocks publishing
 * @param message what is wrong, in the maintainer's terms
 */
public record ContentProblem(String file, int line, int column, Severity severity, String message) {

	/** Problems sorted the way a maintainer reads them: by file, then position. */
	public static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::file)
		.thenComparingInt(ContentProblem::line)
		.thenComparingInt(ContentProblem::column);

	public ContentProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		if (line < 0 || column < 0) {
			throw new IllegalArgumentException("line and column must not be negative");
		}
	}

	public static ContentProblem error(String file, int line, int column, String message) {
		return new ContentProblem(file, line, column, Severity.ERROR, message);
	}

	public static ContentProblem error(String file, int line, String message) {
		return error(file, line, 0, message);
	}

	public static ContentProblem warning(String file, int line, String message) {
		return new ContentProblem(file, line, 0, Severity.WARNING, message);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/**
	 * The compiler-style form {@code path:line:column: error: message} that editors can
	 * jump to.
	 */
	@Override
	public String toString() {
		return this.file + ":" + Math.max(this.line, 1) + ":" + Math.max(this.column, 1) + ": " + this.severity.label()
				+ ": " + this.message;
	}

	public enum Severity {

		ERROR, WARNING;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
