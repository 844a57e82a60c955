package org.rlhfcourse.render.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;

import org.rlhfcourse.render.math.DisplayMath;

/**
 * What one document cites and labels, collected before rendering so that a reference can
 * come before its target: citation numbers in order of first citation (IEEE style) and
 * the numbers of labelled equations, figures and tables. One instance per document
 * render; not thread-safe.
 */
public final class DocumentReferences {

	public static final NullableDataKey<DocumentReferences> KEY = new NullableDataKey<>("RLHF_REFERENCES");

	private final Bibliography bibliography;

	private final Map<String, Integer> numbers = new LinkedHashMap<>();

	private final Map<String, String> labels = new LinkedHashMap<>();

	private DocumentReferences(Bibliography bibliography) {
		this.bibliography = bibliography;
	}

	/**
	 * Numbers every citation and label of {@code document} and attaches the result to it.
	 * @param labelled the figure and table labels found by the caller's structure pass,
	 * with their display names ("Figure 2"), in document order
	 */
	public static DocumentReferences collect(Document document, Bibliography bibliography,
			Map<String, String> labelled) {
		DocumentReferences references = new DocumentReferences(bibliography);
		int equation = 0;
		for (Node node : document.getDescendants()) {
			if (node instanceof DisplayMath math && !math.getLabel().isEmpty()) {
				references.labels.putIfAbsent(math.getLabel().toString(), "Equation " + (++equation));
			}
			else if (node instanceof Citation citation) {
				for (Citation.Item item : citation.getItems()) {
					if (bibliography.entry(item.key()).isPresent()) {
						references.numbers.putIfAbsent(item.key(), references.numbers.size() + 1);
					}
				}
			}
		}
		labelled.forEach(references.labels::putIfAbsent);
		document.set(KEY, references);
		return references;
	}

	public Optional<BibEntry> entry(String key) {
		return this.bibliography.entry(key);
	}

	/** The reference number of a cited key. */
	public Optional<Integer> number(String key) {
		return Optional.ofNullable(this.numbers.get(key));
	}

	/** "Equation 3", "Figure 1" or "Table 2" for a label. */
	public Optional<String> label(String label) {
		return Optional.ofNullable(this.labels.get(label));
	}

	/** The cited entries in reference-list order. */
	public List<BibEntry> cited() {
		List<BibEntry> cited = new ArrayList<>();
		this.numbers.keySet().forEach((key) -> this.bibliography.entry(key).ifPresent(cited::add));
		return cited;
	}

	public static DocumentReferences of(Document document) {
		return KEY.get(document);
	}

}
