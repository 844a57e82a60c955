package org.rlhfcourse.render.cite;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A reference to a labelled equation, figure, table or section: {@code @eq:name},
 * {@code [@fig:name]}.
 */
public class CrossReference extends Node implements DoNotDecorate {

	private final String label;

	private final BasedSequence at;

	public CrossReference(BasedSequence chars, String label, BasedSequence at) {
		super(chars);
		this.label = label;
		this.at = at;
	}

	/** The full label, such as {@code eq:dpo-loss}. */
	public String getLabel() {
		return this.label;
	}

	public BasedSequence getAt() {
		return this.at;
	}

	@Override
	public BasedSequence[] getSegments() {
		return new BasedSequence[] { getChars() };
	}

}
