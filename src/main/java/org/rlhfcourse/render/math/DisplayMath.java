package org.rlhfcourse.render.math;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A display formula standing as its own block: {@code $$…$$} or {@code \[…\]} starting a
 * line, possibly spanning lines, optionally followed by a label {@code {#eq:name}}.
 * Labelled formulas are numbered in document order.
 */
public class DisplayMath extends Block implements DoNotDecorate {

	private BasedSequence openingMarker = BasedSequence.NULL;

	private BasedSequence text = BasedSequence.NULL;

	private BasedSequence closingMarker = BasedSequence.NULL;

	private BasedSequence label = BasedSequence.NULL;

	private BasedSequence trailing = BasedSequence.NULL;

	private int number;

	public BasedSequence getOpeningMarker() {
		return this.openingMarker;
	}

	public void setOpeningMarker(BasedSequence openingMarker) {
		this.openingMarker = openingMarker;
	}

	public BasedSequence getText() {
		return this.text;
	}

	public void setText(BasedSequence text) {
		this.text = text;
	}

	public BasedSequence getClosingMarker() {
		return this.closingMarker;
	}

	public void setClosingMarker(BasedSequence closingMarker) {
		this.closingMarker = closingMarker;
	}

	/**
	 * The label without braces and hash, such as {@code eq:bt-loss}; empty when
	 * unlabelled.
	 */
	public BasedSequence getLabel() {
		return this.label;
	}

	public void setLabel(BasedSequence label) {
		this.label = label;
	}

	/**
	 * Text after the closing marker that is not a label; reported as a problem when not
	 * blank.
	 */
	public BasedSequence getTrailing() {
		return this.trailing;
	}

	public void setTrailing(BasedSequence trailing) {
		this.trailing = trailing;
	}

	public boolean isClosed() {
		return this.closingMarker.isNotNull() && !this.closingMarker.isEmpty();
	}

	/** The equation number, 1-based, or 0 when the formula has no label. */
	public int getNumber() {
		return this.number;
	}

	public void setNumber(int number) {
		this.number = number;
	}

	@Override
	public BasedSequence[] getSegments() {
		return new BasedSequence[] { this.openingMarker, this.text, this.closingMarker, this.label };
	}

}
