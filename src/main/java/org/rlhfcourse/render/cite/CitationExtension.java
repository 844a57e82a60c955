package org.rlhfcourse.render.cite;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import org.rlhfcourse.render.cite.internal.CitationInlineParser;
import org.rlhfcourse.render.cite.internal.CitationNodeRenderer;

/**
 * Pandoc citations and cross-references for flexmark. Before rendering, call
 * {@link DocumentReferences#collect} so numbers are known wherever a reference stands.
 */
public final class CitationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	private CitationExtension() {
	}

	public static CitationExtension create() {
		return new CitationExtension();
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder parserBuilder) {
		parserBuilder.customInlineParserExtensionFactory(new CitationInlineParser.Factory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
		if (rendererBuilder.isRendererType("HTML")) {
			rendererBuilder.nodeRendererFactory(new CitationNodeRenderer.Factory());
		}
	}

}
