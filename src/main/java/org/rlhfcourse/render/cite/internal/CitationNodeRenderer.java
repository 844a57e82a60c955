package org.rlhfcourse.render.cite.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

import org.rlhfcourse.render.core.Diagnostics;
import org.rlhfcourse.render.cite.BibEntry;
import org.rlhfcourse.render.cite.Citation;
import org.rlhfcourse.render.cite.CrossReference;
import org.rlhfcourse.render.cite.DocumentReferences;

/**
 * Writes citations as numbered links to the reference list, each with a card showing the
 * full reference on hover and focus (CSS alone; site.js adds placement inside the
 * viewport, touch and Escape); a group prints in number order with runs of three or more
 * collapsed ("[22–25]"), as numeric styles do. Cross-references are written as "Equation
 * 3"-style links. Unknown keys and labels render visibly as missing and are reported with
 * their position.
 */
public final class CitationNodeRenderer implements NodeRenderer {

	CitationNodeRenderer(DataHolder options) {
	}

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(Citation.class, this::render),
				new NodeRenderingHandler<>(CrossReference.class, this::render));
	}

	private void render(Citation node, NodeRendererContext context, HtmlWriter html) {
		DocumentReferences references = DocumentReferences.of(context.getDocument());
		Diagnostics diagnostics = Diagnostics.of(context.getDocument());
		if (node.isInText()) {
			Citation.Item item = node.getItems().get(0);
			Optional<BibEntry> entry = (references != null) ? references.entry(item.key()) : Optional.empty();
			if (entry.isEmpty()) {
				// A bare @word that is no known key is prose (a handle, a decorator);
				// warn only if it looks like a key.
				if (diagnostics != null && item.key().matches(".*\\p{L}.*\\d{4}.*")) {
					diagnostics.warning(item.at(),
							"'@" + item.key() + "' looks like a citation but is not in the bibliography");
				}
				html.text(node.getChars().toString());
				return;
			}
			html.text(entry.get().shortAuthors() + " ");
			html.raw("<span class=\"citation\">[");
			writeNumber(item, entry.get(), references, html);
			html.raw("]</span>");
			return;
		}
		html.raw("<span class=\"citation\">[");
		List<Cited> group = sorted(node.getItems(), references);
		for (int i = 0; i < group.size(); i++) {
			if (i > 0) {
				html.raw(", ");
			}
			Cited cited = group.get(i);
			Citation.Item item = cited.item();
			if (!item.prefix().isEmpty()) {
				html.text(item.prefix() + " ");
			}
			if (cited.entry().isEmpty()) {
				if (diagnostics != null) {
					diagnostics.error(item.at(), "unknown citation key '" + item.key() + "'; add it to a .bib file");
				}
				html.attr("class", "citation-missing").attr("title", "Unknown citation key").withAttr().tag("span");
				html.text("?" + item.key());
				html.tag("/span");
				continue;
			}
			writeNumber(item, cited.entry().get(), references, html);
			int last = i;
			while (last + 1 < group.size() && cited.isPlain() && group.get(last + 1).isPlain()
					&& group.get(last + 1).number() == group.get(last).number() + 1) {
				last++;
			}
			if (last - i >= 2) {
				Cited end = group.get(last);
				html.raw("\u2013");
				writeNumber(end.item(), end.entry().get(), references, html);
				i = last;
			}
			if (!item.locator().isEmpty()) {
				html.text((item.locator().startsWith(",") ? "" : " ") + item.locator());
			}
		}
		html.raw("]</span>");
	}

	/**
	 * The items of a citation group as numeric styles print them: by number, each
	 * reference once unless a locator or prefix sets it apart, unknown keys last in the
	 * order written.
	 */
	private static List<Cited> sorted(List<Citation.Item> items, DocumentReferences references) {
		List<Cited> known = new ArrayList<>();
		List<Cited> unknown = new ArrayList<>();
		Set<Integer> plainNumbers = new HashSet<>();
		for (Citation.Item item : items) {
			Optional<BibEntry> entry = (references != null) ? references.entry(item.key()) : Optional.empty();
			int number = entry.isPresent() ? references.number(item.key()).orElse(0) : 0;
			Cited cited = new Cited(item, entry, number);
			if (entry.isEmpty()) {
				unknown.add(cited);
			}
			else if (!cited.isPlain() || plainNumbers.add(number)) {
				known.add(cited);
			}
		}
		known.sort(Comparator.comparingInt(Cited::number));
		known.addAll(unknown);
		return known;
	}

	private static void writeNumber(Citation.Item item, BibEntry entry, DocumentReferences references,
			HtmlWriter html) {
		int number = references.number(item.key()).orElse(0);
		html.raw("<span class=\"cite\"><a class=\"cite-link\" href=\"#ref-" + escapeAttr(item.key()) + "\">" + number
				+ "</a><span class=\"cite-card\" role=\"tooltip\">" + entry.toHtml() + "</span></span>");
	}

	private void render(CrossReference node, NodeRendererContext context, HtmlWriter html) {
		DocumentReferences references = DocumentReferences.of(context.getDocument());
		Optional<String> name = (references != null) ? references.label(node.getLabel()) : Optional.empty();
		if (name.isEmpty()) {
			Diagnostics diagnostics = Diagnostics.of(context.getDocument());
			if (diagnostics != null) {
				diagnostics.error(node.getAt(),
						"unknown label '" + node.getLabel() + "'; label the target with {#" + node.getLabel() + "}");
			}
			html.attr("class", "cross-ref-missing").attr("title", "Unknown label").withAttr().tag("span");
			html.text("??" + node.getLabel());
			html.tag("/span");
			return;
		}
		html.attr("class", "cross-ref").attr("href", "#" + node.getLabel()).withAttr().tag("a");
		html.text(name.get());
		html.tag("/a");
	}

	/** One item of a citation group with what the bibliography says about it. */
	private record Cited(Citation.Item item, Optional<BibEntry> entry, int number) {

		/** Whether it is a bare number, which may join a range. */
		boolean isPlain() {
			return this.item.prefix().isEmpty() && this.item.locator().isEmpty();
		}

	}

	private static String escapeAttr(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
	}

	/** Creates the renderer for each document render. */
	public static final class Factory implements NodeRendererFactory {

		@Override
		public NodeRenderer apply(DataHolder options) {
			return new CitationNodeRenderer(options);
		}

	}

}
