package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Arranges a parsed slide body before it is rendered: with a {@code columns:} spec its
 * blocks go into one {@link SlideNodes.Column} per {@code |||}; in each column (or the
 * body) the blocks after a {@code <!-- step -->} go into a {@link SlideNodes.Step}.
 * Stateless.
 */
final class SlideLayout {

	private SlideLayout() {
	}

	/**
	 * Arranges {@code document}'s top-level blocks.
	 * @param columns the {@code columns:} spec, empty for none
	 * @return whether a {@code |||} was left with no columns to separate
	 */
	static boolean arrange(Document document, String columns) {
		if (columns.isEmpty()) {
			boolean stray = false;
			for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
				stray |= child instanceof SlideNodes.ColumnBreak;
			}
			groupSteps(document);
			return stray;
		}
		SlideNodes.Columns grid = new SlideNodes.Columns(template(columns));
		SlideNodes.Column column = new SlideNodes.Column();
		Node child = document.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			if (child instanceof SlideNodes.ColumnBreak) {
				grid.appendChild(column);
				column = new SlideNodes.Column();
				child.unlink();
			}
			else {
				column.appendChild(child);
			}
			child = next;
		}
		grid.appendChild(column);
		document.appendChild(grid);
		for (Node one = grid.getFirstChild(); one != null; one = one.getNext()) {
			groupSteps(one);
		}
		return false;
	}

	/** Colloquium's grid template: N equal tracks, or one track per width in a/b/c. */
	static String template(String spec) {
		return template(spec, "0");
	}

	/**
	 * The template for rows: colloquium's shares, each row at least as tall as its
	 * content, so that a row of text is never cut while figures give way.
	 */
	static String rowTemplate(String spec) {
		return template(spec, "min-content");
	}

	private static String template(String spec, String minimum) {
		if (!spec.contains("/")) {
			return "repeat(" + Integer.parseInt(spec) + ", minmax(" + minimum + ", 1fr))";
		}
		List<String> tracks = new ArrayList<>();
		for (String width : spec.split("/")) {
			tracks.add("minmax(" + minimum + ", " + width + "fr)");
		}
		return String.join(" ", tracks);
	}

	private static void groupSteps(Node container) {
		SlideNodes.Step step = null;
		Node child = container.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			if (child instanceof SlideNodes.StepBreak) {
				step = new SlideNodes.Step();
				child.insertBefore(step);
				child.unlink();
			}
			else if (step != null) {
				step.appendChild(child);
			}
			child = next;
		}
	}

}
