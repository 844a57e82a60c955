package org.rlhfcourse.render.pandoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Turns pandoc conventions into structure after parsing: a lone image becomes a numbered
 * {@link Figure}, and a {@code Table: …} paragraph beside a table becomes its numbered
 * {@link TableCaption}. The labels found are left in the document under {@link #LABELS}
 * ("fig:x" → "Figure 1") for cross-references.
 */
final class PandocStructure extends DocumentPostProcessor {

	static final DataKey<Map<String, String>> LABELS = new DataKey<>("PANDOC_LABELS", Map.of());

	@Override
	public Document processDocument(Document document) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Paragraph paragraph) {
				paragraphs.add(paragraph);
			}
		}
		Map<String, String> labels = new LinkedHashMap<>();
		int figures = 0;
		int tables = 0;
		for (Paragraph paragraph : paragraphs) {
			if (isTableCaption(paragraph)) {
				TableBlock table = (paragraph.getPrevious() instanceof TableBlock previous) ? previous
						: (TableBlock) paragraph.getNext();
				String label = takeLabel(paragraph, "tbl:");
				TableCaption caption = new TableCaption(paragraph.getChars(), label, ++tables);
				Text first = (Text) paragraph.getFirstChild();
				String text = first.getChars().toString();
				int skip = text.startsWith("Table:") ? "Table:".length() : 1;
				first.setChars(first.getChars().subSequence(skip).trimStart());
				caption.takeChildren(paragraph);
				table.prependChild(caption);
				paragraph.unlink();
				if (!label.isEmpty()) {
					labels.put(label, "Table " + tables);
				}
			}
			else if (isLoneImage(paragraph)) {
				Image image = (Image) firstMeaningful(paragraph);
				String width = attribute(paragraph, "width");
				BasedSequence dark = attributeValue(paragraph, "data-dark-src");
				String label = takeLabel(paragraph, "fig:");
				Figure figure = new Figure(image, label, width, ++figures, dark);
				figure.appendChild(image);
				paragraph.insertBefore(figure);
				paragraph.unlink();
				if (!label.isEmpty()) {
					labels.put(label, "Figure " + figures);
				}
			}
		}
		document.set(LABELS, Map.copyOf(labels));
		return document;
	}

	private static boolean isTableCaption(Paragraph paragraph) {
		if (!(paragraph.getFirstChild() instanceof Text text)) {
			return false;
		}
		String start = text.getChars().toString();
		boolean marker = start.startsWith("Table: ") || start.startsWith(": ");
		return marker && (paragraph.getPrevious() instanceof TableBlock || paragraph.getNext() instanceof TableBlock);
	}

	private static boolean isLoneImage(Paragraph paragraph) {
		int images = 0;
		for (Node child : paragraph.getChildren()) {
			if (child instanceof Image) {
				images++;
			}
			else if (!(child instanceof AttributesNode || isBlank(child))) {
				return false;
			}
		}
		return images == 1;
	}

	private static Node firstMeaningful(Paragraph paragraph) {
		for (Node child : paragraph.getChildren()) {
			if (child instanceof Image) {
				return child;
			}
		}
		throw new IllegalStateException("no image");
	}

	private static boolean isBlank(Node node) {
		return node instanceof SoftLineBreak || (node instanceof Text text && text.getChars().isBlank());
	}

	/**
	 * Removes the attributes from the paragraph and returns the id if it has the prefix.
	 */
	private static String takeLabel(Paragraph paragraph, String prefix) {
		String label = "";
		for (Node child : new ArrayList<>(toList(paragraph.getChildren()))) {
			if (child instanceof AttributesNode attributes) {
				for (Node node : attributes.getChildren()) {
					if (node instanceof AttributeNode attribute && attribute.isId()
							&& attribute.getValue().toString().startsWith(prefix)) {
						label = attribute.getValue().toString();
					}
				}
				Node previous = attributes.getPrevious();
				attributes.unlink();
				if (previous instanceof Text text && text.getChars().isBlank()) {
					text.unlink();
				}
				else if (previous instanceof Text text) {
					text.setChars(text.getChars().trimEnd());
				}
			}
		}
		return label;
	}

	private static String attribute(Paragraph paragraph, String name) {
		return attributeValue(paragraph, name).toString();
	}

	/**
	 * The value of attribute {@code name} where it is written, an empty sequence when
	 * absent.
	 */
	private static BasedSequence attributeValue(Paragraph paragraph, String name) {
		for (Node child : paragraph.getChildren()) {
			if (child instanceof AttributesNode attributes) {
				for (Node node : attributes.getChildren()) {
					if (node instanceof AttributeNode attribute && attribute.getName().toString().equals(name)) {
						return attribute.getValue();
					}
				}
			}
		}
		return BasedSequence.NULL;
	}

	private static List<Node> toList(Iterable<Node> nodes) {
		List<Node> list = new ArrayList<>();
		nodes.forEach(list::add);
		return list;
	}

	static final class Factory extends DocumentPostProcessorFactory {

		@Override
		public DocumentPostProcessor apply(Document document) {
			return new PandocStructure();
		}

	}

}
