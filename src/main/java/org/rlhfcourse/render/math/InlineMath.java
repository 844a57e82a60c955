package org.rlhfcourse.render.math;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Math inside a paragraph: {@code $…$} and {@code \(…\)}, or a display formula written
 * inline as {@code $$…$$} or {@code \[…\]}.
 */
public class InlineMath extends Node implements DoNotDecorate {

	private final BasedSequence openingMarker;

	private final BasedSequence text;

	private final BasedSequence closingMarker;

	public InlineMath(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
		super(openingMarker.baseSubSequence(openingMarker.getStartOffset(), closingMarker.getEndOffset()));
		this.openingMarker = openingMarker;
		this.text = text;
		this.closingMarker = closingMarker;
	}

	public BasedSequence getOpeningMarker() {
		return this.openingMarker;
	}

	public BasedSequence getText() {
		return this.text;
	}

	public BasedSequence getClosingMarker() {
		return this.closingMarker;
	}

	/** Whether the formula is typeset in display style ({@code $$} or {@code \[}). */
	public boolean isDisplay() {
		return this.openingMarker.length() == 2 && !this.openingMarker.toString().equals("\\(");
	}

	@Override
	public BasedSequence[] getSegments() {
		return new BasedSequence[] { this.openingMarker, this.text, this.closingMarker };
	}

}
