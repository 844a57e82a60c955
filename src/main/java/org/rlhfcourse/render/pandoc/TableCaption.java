package org.rlhfcourse.render.pandoc;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The caption of a table, from a pandoc {@code Table: text {#tbl:name}} paragraph next to
 * it; its children are the caption's inline content. Rendered as the table's first child.
 */
public class TableCaption extends Node {

	private final String label;

	private final int number;

	TableCaption(BasedSequence chars, String label, int number) {
		super(chars);
		this.label = label;
		this.number = number;
	}

	public String getLabel() {
		return this.label;
	}

	public int getNumber() {
		return this.number;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
