package org.rlhfcourse.render.pandoc;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Node;

import org.rlhfcourse.render.cite.CrossReference;
import org.rlhfcourse.render.cite.DocumentReferences;
import org.rlhfcourse.render.math.InlineMath;

/**
 * A figure caption as plain text for the image's alt attribute: cross-references read as
 * what they link to ("Equation 2"), math as its TeX, everything else as its text.
 */
final class FigureCaption {

	private FigureCaption() {
	}

	/**
	 * @param references the document's labels, or {@code null} outside a full render
	 * (references then stay as written)
	 */
	static String plainText(Node caption, DocumentReferences references) {
		StringBuilder text = new StringBuilder();
		for (Node child : caption.getChildren()) {
			if (child instanceof CrossReference reference) {
				text.append((references != null)
						? references.label(reference.getLabel()).orElse(reference.getChars().toString())
						: reference.getChars().toString());
			}
			else if (child instanceof InlineMath math) {
				text.append(math.getText());
			}
			else if (child instanceof SoftLineBreak) {
				text.append(' ');
			}
			else if (child.hasChildren()) {
				text.append(plainText(child, references));
			}
			else {
				text.append(new TextCollectingVisitor().collectAndGetText(child));
			}
		}
		return text.toString();
	}

}
