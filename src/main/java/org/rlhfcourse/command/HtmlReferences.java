package org.rlhfcourse.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The addresses a page names, read with jsoup, each with the position of its text in the
 * page: every {@code href}, {@code src} and {@code srcset} candidate (also
 * {@code xlink:href}, {@code data-src}), a form's {@code action}, the search endpoint
 * named by {@code data-search-live}, and the {@code url(…)}s of {@code <style>} elements.
 * Stateless.
 */
final class HtmlReferences {

	/** Attributes that name a site address the export does not fetch. */
	private static final Set<String> NAMING = Set.of("action", "formaction", "data-search-live");

	private HtmlReferences() {
	}

	/** The addresses {@code html} names, in source order. */
	static List<Reference> of(String html) {
		Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
		List<Reference> references = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey();
				boolean fetched = key.endsWith("href") || key.endsWith("src") || key.endsWith("srcset");
				if (!fetched && !NAMING.contains(key)) {
					continue;
				}
				Range value = attribute.sourceRange().valueRange();
				if (!value.isTracked()) {
					continue;
				}
				int start = value.start().pos();
				if (key.endsWith("srcset")) {
					srcset(html, start, value.end().pos(), references);
				}
				else {
					references.add(new Reference(attribute.getValue(), start, fetched));
				}
			}
			if (element.nameIs("style")) {
				for (DataNode data : element.dataNodes()) {
					int start = data.sourceRange().start().pos();
					for (Reference css : CssReferences.of(data.getWholeData())) {
						references.add(new Reference(css.address(), start + css.offset(), true));
					}
				}
			}
		}
		references.sort(Comparator.comparingInt(Reference::offset));
		return references;
	}

	/**
	 * Each candidate's address in a {@code srcset} written from {@code start} to
	 * {@code end}: the text before the first space of each comma-separated candidate.
	 */
	private static void srcset(String html, int start, int end, List<Reference> references) {
		int at = start;
		while (at < end) {
			while (at < end && (Character.isWhitespace(html.charAt(at)) || html.charAt(at) == ',')) {
				at++;
			}
			int addressEnd = at;
			while (addressEnd < end && !Character.isWhitespace(html.charAt(addressEnd))
					&& html.charAt(addressEnd) != ',') {
				addressEnd++;
			}
			if (addressEnd > at) {
				references.add(new Reference(Parser.unescapeEntities(html.substring(at, addressEnd), true), at, true));
			}
			at = addressEnd;
			while (at < end && html.charAt(at) != ',') {
				at++;
			}
		}
	}

}
