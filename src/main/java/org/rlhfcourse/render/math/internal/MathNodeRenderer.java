package org.rlhfcourse.render.math.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.rlhfcourse.render.core.Diagnostics;
import org.rlhfcourse.render.math.DisplayMath;
import org.rlhfcourse.render.math.InlineMath;
import org.rlhfcourse.render.math.MathException;
import org.rlhfcourse.render.math.MathExtension;
import org.rlhfcourse.render.math.MathRenderer;

/**
 * Writes math nodes as typeset HTML. A formula that fails to typeset is reported to the
 * document's {@link Diagnostics} at its position and shown as its escaped source with an
 * error style, so one bad formula never breaks a page. Fenced code blocks with the info
 * string {@code math} are display formulas; every other fenced block is left to flexmark.
 * <p>
 * A display formula is a row of two boxes: the typeset formula in a box of its own, which
 * alone scrolls sideways when the formula is too wide, and the equation number beside it,
 * so the number never covers the formula. On reading pages the formula's box is a
 * labelled region keyboard users can focus and scroll
 * ({@link MathExtension#SCROLLING_DISPLAY}). One instance per document render: it counts
 * unnumbered formulas so that each region's label is unique on the page.
 */
public final class MathNodeRenderer implements NodeRenderer {

	private final MathRenderer math;

	private int unnumbered;

	MathNodeRenderer(DataHolder options) {
		this.math = MathExtension.RENDERER.get(options);
	}

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(InlineMath.class, this::render),
				new NodeRenderingHandler<>(DisplayMath.class, this::render),
				new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
	}

	private void render(InlineMath node, NodeRendererContext context, HtmlWriter html) {
		typeset(node.getText(), node.isDisplay(), context, html);
	}

	private void render(DisplayMath node, NodeRendererContext context, HtmlWriter html) {
		Diagnostics diagnostics = Diagnostics.of(context.getDocument());
		if (diagnostics != null && !node.isClosed()) {
			diagnostics.error(node.getOpeningMarker(),
					"display math opened with '" + node.getOpeningMarker() + "' is never closed; end it with '"
							+ MathDelimiters.closerFor(node.getOpeningMarker().toString())
							+ "' before the next blank line");
		}
		if (diagnostics != null && node.getTrailing().isNotNull() && !node.getTrailing().isEmpty()) {
			diagnostics.error(node.getTrailing(), "unexpected text after display math: '" + node.getTrailing()
					+ "'; only a label such as {#eq:name} may follow");
		}
		writeDisplay(node.getText(), node.getLabel().toString(), node.getNumber(), context, html);
	}

	private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
		if (!node.getInfo().toString().trim().equals("math")) {
			context.delegateRender();
			return;
		}
		writeDisplay(node.getContentChars(), "", 0, context, html);
	}

	private void writeDisplay(BasedSequence tex, String label, int number, NodeRendererContext context,
			HtmlWriter html) {
		html.line();
		if (!label.isEmpty()) {
			html.attr("id", label);
		}
		html.attr("class", (number > 0) ? "math math-display numbered" : "math math-display").withAttr().tag("div");
		html.attr("class", "math-box");
		if (MathExtension.SCROLLING_DISPLAY.get(context.getDocument())) {
			String name = (number > 0) ? "Equation " + number : "Unnumbered equation " + (++this.unnumbered);
			html.attr("tabindex", "0").attr("role", "region").attr("aria-label", name);
		}
		html.withAttr().tag("div");
		typeset(tex, true, context, html);
		html.tag("/div");
		if (number > 0) {
			html.raw("<span class=\"eq-number\">(" + number + ")</span>");
		}
		html.tag("/div").line();
	}

	private void typeset(BasedSequence tex, boolean display, NodeRendererContext context, HtmlWriter html) {
		try {
			if (this.math == null) {
				throw new MathException("no math renderer is configured");
			}
			html.raw(this.math.render(tex.toString(), display));
		}
		catch (MathException ex) {
			Diagnostics diagnostics = Diagnostics.of(context.getDocument());
			if (diagnostics != null) {
				diagnostics.error(tex, "math: " + ex.getMessage());
			}
			html.attr("class", "math-error").attr("title", ex.getMessage()).withAttr().tag("code");
			html.text(tex.toString());
			html.tag("/code");
		}
	}

	/** Creates the renderer for each document render. */
	public static final class Factory implements NodeRendererFactory {

		@Override
		public NodeRenderer apply(DataHolder options) {
			return new MathNodeRenderer(options);
		}

	}

}
