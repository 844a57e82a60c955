package org.rlhfcourse.render.deck;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Colloquium's slide structure as a flexmark extension: the parser turns a lone
 * {@code |||} paragraph into a {@link SlideNodes.ColumnBreak}, a lone
 * {@code <!-- step -->} into a {@link SlideNodes.StepBreak} and a fenced
 * {@code box}/{@code conversation}/{@code chart}/{@code builtwith} block into a
 * {@link SlideNodes.Element}; {@link SlideNodeRenderer} draws them, and list items become
 * reveal steps when the slide animates its bullets. Only deck rendering adds it.
 */
final class SlideExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	private SlideExtension() {
	}

	static SlideExtension create() {
		return new SlideExtension();
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder parserBuilder) {
		parserBuilder.postProcessorFactory(new Factory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
		if (rendererBuilder.isRendererType("HTML")) {
			rendererBuilder.nodeRendererFactory(SlideNodeRenderer::new);
			rendererBuilder.attributeProviderFactory(new ItemSteps.Factory());
		}
	}

	/** Replaces the blocks colloquium gives a meaning by slide nodes. */
	private static final class Factory extends NodePostProcessorFactory {

		Factory() {
			super(false);
			addNodes(Paragraph.class, HtmlCommentBlock.class, FencedCodeBlock.class);
		}

		@Override
		public NodePostProcessor apply(Document document) {
			return new Structure();
		}

	}

	private static final class Structure extends NodePostProcessor {

		@Override
		public void process(NodeTracker state, Node node) {
			Node replacement = null;
			if (node instanceof Paragraph && node.getParent() instanceof Document
					&& node.getChars().trim().equals("|||")) {
				replacement = new SlideNodes.ColumnBreak(node.getChars());
			}
			else if (node instanceof HtmlCommentBlock && node.getParent() instanceof Document
					&& isStep(node.getChars().toString().strip())) {
				replacement = new SlideNodes.StepBreak(node.getChars());
			}
			else if (node instanceof FencedCodeBlock code
					&& SlideElements.NAMES.contains(code.getInfo().toString().strip())) {
				replacement = new SlideNodes.Element(code.getChars(), code.getInfo().toString().strip(),
						code.getContentChars().toString());
			}
			if (replacement != null) {
				node.insertBefore(replacement);
				node.unlink();
				state.nodeRemoved(node);
				state.nodeAdded(replacement);
			}
		}

		/** Whether {@code text} is {@code <!--}, {@code step}, {@code -->} and blanks. */
		private static boolean isStep(String text) {
			if (!text.startsWith("<!--") || !text.endsWith("-->")) {
				return false;
			}
			return text.substring(4, text.length() - 3).strip().equals("step");
		}

	}

	/** Numbers list items as reveal steps on slides that animate their bullets. */
	private static final class ItemSteps implements AttributeProvider {

		private final SlideState state;

		ItemSteps(SlideState state) {
			this.state = state;
		}

		@Override
		public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
			if (this.state == null || !this.state.animateItems() || !(node instanceof ListItem)
					|| (part != CoreNodeRenderer.TIGHT_LIST_ITEM && part != CoreNodeRenderer.LOOSE_LIST_ITEM)) {
				return;
			}
			String classes = attributes.getValue("class");
			attributes.remove("class");
			attributes.addValue("data-fragment-index", String.valueOf(this.state.nextFragment()));
			attributes.addValue("class", classes.isEmpty() ? "fragment" : "fragment " + classes);
		}

		static final class Factory extends IndependentAttributeProviderFactory {

			@Override
			public AttributeProvider apply(LinkResolverContext context) {
				return new ItemSteps(SlideState.KEY.get(context.getDocument()));
			}

		}

	}

}
