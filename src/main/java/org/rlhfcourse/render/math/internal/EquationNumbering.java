package org.rlhfcourse.render.math.internal;

import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import org.rlhfcourse.render.math.DisplayMath;

/**
 * Numbers labelled display formulas in document order, as pandoc-crossref does;
 * unlabelled ones stay unnumbered.
 */
public final class EquationNumbering extends DocumentPostProcessor {

	@Override
	public Document processDocument(Document document) {
		int number = 0;
		for (Node node : document.getDescendants()) {
			if (node instanceof DisplayMath math && !math.getLabel().isEmpty()) {
				math.setNumber(++number);
			}
		}
		return document;
	}

	/** Creates the post-processor for each parsed document. */
	public static final class Factory extends DocumentPostProcessorFactory {

		@Override
		public DocumentPostProcessor apply(Document document) {
			return new EquationNumbering();
		}

	}

}
