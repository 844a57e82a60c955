package org.rlhfcourse.render.pandoc;

import java.util.Map;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The pandoc Markdown that flexmark lacks: fenced divs, grid tables, figures from lone
 * images, {@code Table:} captions and relative asset links. Labels of figures and tables
 * are available from {@link #labels(Document)}.
 */
public final class PandocExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	/**
	 * Whether figure captions start with "Figure N." (chapters); slides caption figures
	 * as written, as colloquium does.
	 */
	public static final DataKey<Boolean> FIGURE_NUMBERS = new DataKey<>("PANDOC_FIGURE_NUMBERS", true);

	private PandocExtension() {
	}

	public static PandocExtension create() {
		return new PandocExtension();
	}

	/**
	 * The figure and table labels of a parsed document with their display names, in
	 * document order.
	 */
	public static Map<String, String> labels(Document document) {
		return PandocStructure.LABELS.get(document);
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder parserBuilder) {
		parserBuilder.customBlockParserFactory(new FencedDivParser.Factory());
		parserBuilder.customBlockParserFactory(new GridTableParser.Factory());
		parserBuilder.postProcessorFactory(new PandocStructure.Factory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
		if (rendererBuilder.isRendererType("HTML")) {
			rendererBuilder.nodeRendererFactory(new PandocNodeRenderer.Factory());
			rendererBuilder.linkResolverFactory(new AssetLinkResolver.Factory());
		}
	}

}
