package org.rlhfcourse.render.core;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.rlhfcourse.content.ContentProblem;

/**
 * Collects the problems found while rendering one Markdown document, positioned by the
 * source text they concern. One instance per document render, carried in the document's
 * data under {@link #KEY}; not thread-safe.
 */
public final class Diagnostics {

	/**
	 * Where extensions find the diagnostics of the document being rendered; absent in
	 * bare unit tests.
	 */
	public static final NullableDataKey<Diagnostics> KEY = new NullableDataKey<>("RLHF_DIAGNOSTICS");

	private final String file;

	private final Document document;

	private final int firstLine;

	private final List<ContentProblem> problems = new ArrayList<>();

	public Diagnostics(String file, Document document) {
		this(file, document, 1);
	}

	/**
	 * Diagnostics for a document that is part of a file, such as one slide of a deck.
	 * @param firstLine the file line the document's first line is on
	 */
	public Diagnostics(String file, Document document, int firstLine) {
		this.file = file;
		this.document = document;
		this.firstLine = firstLine;
	}

	/** Reports an error at the start of {@code at}, a sequence of the document's text. */
	public void error(BasedSequence at, String message) {
		this.problems.add(ContentProblem.error(this.file, line(at), column(at), message));
	}

	/** Reports a warning at the start of {@code at}. */
	public void warning(BasedSequence at, String message) {
		this.problems
			.add(new ContentProblem(this.file, line(at), column(at), ContentProblem.Severity.WARNING, message));
	}

	public String file() {
		return this.file;
	}

	public List<ContentProblem> problems() {
		return List.copyOf(this.problems);
	}

	/** The file line {@code at} starts on. */
	public int line(BasedSequence at) {
		return this.document.getLineNumber(at.getStartOffset()) + this.firstLine;
	}

	private int column(BasedSequence at) {
		int offset = at.getStartOffset();
		BasedSequence chars = this.document.getChars();
		int lineStart = offset;
		while (lineStart > 0 && chars.charAt(lineStart - 1) != '\n') {
			lineStart--;
		}
		return offset - lineStart + 1;
	}

	/** The diagnostics attached to {@code document}, if any. */
	public static Diagnostics of(Document document) {
		return KEY.get(document);
	}

}
