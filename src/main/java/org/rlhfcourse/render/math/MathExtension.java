package org.rlhfcourse.render.math;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;

import org.rlhfcourse.render.math.internal.DisplayMathBlockParser;
import org.rlhfcourse.render.math.internal.EquationNumbering;
import org.rlhfcourse.render.math.internal.MathInlineParser;
import org.rlhfcourse.render.math.internal.MathNodeRenderer;

/**
 * Pandoc-style TeX math for flexmark: inline {@code $…$} and {@code \(…\)}, display
 * {@code $$…$$} and {@code \[…\]} (inline or as blocks, optionally labelled
 * {@code {#eq:name}}), and {@code ```math} fences, typeset on the server by the
 * {@link MathRenderer} given as {@link #RENDERER}.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	/** The typesetter; without one every formula is reported as an error. */
	public static final NullableDataKey<MathRenderer> RENDERER = new NullableDataKey<>("MATH_RENDERER");

	/**
	 * Whether a display formula's box is a keyboard-scrollable region
	 * ({@code tabindex="0"}, {@code role="region"}, a label), as on reading pages where a
	 * wide formula scrolls sideways. Set it to {@code false} on a document for a fixed
	 * canvas such as a slide, where formulas are scaled to fit and a tab stop would only
	 * get in the way.
	 */
	public static final DataKey<Boolean> SCROLLING_DISPLAY = new DataKey<>("MATH_SCROLLING_DISPLAY", true);

	private MathExtension() {
	}

	public static MathExtension create() {
		return new MathExtension();
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder parserBuilder) {
		parserBuilder.customBlockParserFactory(new DisplayMathBlockParser.Factory());
		parserBuilder.customInlineParserExtensionFactory(new MathInlineParser.Factory());
		parserBuilder.postProcessorFactory(new EquationNumbering.Factory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
		if (rendererBuilder.isRendererType("HTML")) {
			rendererBuilder.nodeRendererFactory(new MathNodeRenderer.Factory());
		}
	}

}
