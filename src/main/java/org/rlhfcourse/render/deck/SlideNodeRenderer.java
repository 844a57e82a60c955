package org.rlhfcourse.render.deck;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

import org.rlhfcourse.render.core.Diagnostics;

/**
 * Draws the {@link SlideNodes}: columns as grid cells, steps as numbered fragments and
 * elements through the slide's {@link SlideState}. A break left where no layout uses it
 * renders as its source did.
 */
final class SlideNodeRenderer implements NodeRenderer {

	SlideNodeRenderer(DataHolder options) {
	}

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(SlideNodes.Columns.class, this::columns),
				new NodeRenderingHandler<>(SlideNodes.Column.class, this::column),
				new NodeRenderingHandler<>(SlideNodes.Step.class, this::step),
				new NodeRenderingHandler<>(SlideNodes.Element.class, this::element),
				new NodeRenderingHandler<>(SlideNodes.ColumnBreak.class, this::columnBreak),
				new NodeRenderingHandler<>(SlideNodes.StepBreak.class, this::stepBreak));
	}

	private void columns(SlideNodes.Columns node, NodeRendererContext context, HtmlWriter html) {
		html.line();
		wrap("<div class=\"slide-body deck-columns\" style=\"grid-template-columns: " + node.template() + "\">", node,
				context, html);
	}

	private void column(SlideNodes.Column node, NodeRendererContext context, HtmlWriter html) {
		wrap("<div class=\"col\">", node, context, html);
	}

	private void step(SlideNodes.Step node, NodeRendererContext context, HtmlWriter html) {
		SlideState state = SlideState.KEY.get(context.getDocument());
		int index = (state != null) ? state.nextFragment() : 0;
		wrap("<div data-fragment-index=\"" + index + "\" class=\"fragment\">", node, context, html);
	}

	/**
	 * Writes {@code open}, the node's children without blank space around them, and the
	 * closing tag; grid cells and steps then hold exactly their blocks.
	 */
	private static void wrap(String open, Node node, NodeRendererContext context, HtmlWriter html) {
		NodeRendererContext inner = context.getSubContext(false);
		inner.renderChildren(node);
		html.raw(open).raw(inner.getHtmlWriter().toString().strip()).raw("</div>");
	}

	private void element(SlideNodes.Element node, NodeRendererContext context, HtmlWriter html) {
		SlideState state = SlideState.KEY.get(context.getDocument());
		if (state == null) {
			html.raw("<pre><code class=\"language-" + node.name() + "\">" + DeckCitations.escape(node.yaml())
					+ "</code></pre>");
			html.line();
			return;
		}
		html.line();
		html.raw(state.element(node.name(), node.yaml(), line(node, context)));
		html.line();
	}

	private void columnBreak(SlideNodes.ColumnBreak node, NodeRendererContext context, HtmlWriter html) {
		html.line();
		html.raw("<p>|||</p>");
		html.line();
	}

	private void stepBreak(SlideNodes.StepBreak node, NodeRendererContext context, HtmlWriter html) {
		html.line();
		html.raw(node.getChars().trimEOL());
		html.line();
	}

	private static int line(Node node, NodeRendererContext context) {
		Diagnostics diagnostics = Diagnostics.of(context.getDocument());
		return (diagnostics != null) ? diagnostics.line(node.getChars())
				: context.getDocument().getLineNumber(node.getStartOffset()) + 1;
	}

}
