package org.rlhfcourse.render.code;

import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.DataKey;

/**
 * Server-side syntax highlighting of fenced code blocks that name a language. Blocks
 * without a language, with one the highlighter does not know, or with {@code math} are
 * left to the other renderers.
 */
public final class CodeHighlightExtension implements HtmlRenderer.HtmlRendererExtension {

	/** The highlighter; without one, code blocks render plain. */
	public static final DataKey<CodeHighlighter> HIGHLIGHTER = new DataKey<>("CODE_HIGHLIGHTER", CodeHighlighter.NONE);

	private CodeHighlightExtension() {
	}

	public static CodeHighlightExtension create() {
		return new CodeHighlightExtension();
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
		if (rendererBuilder.isRendererType("HTML")) {
			rendererBuilder.nodeRendererFactory(Renderer::new);
		}
	}

	private static final class Renderer implements NodeRenderer {

		private final CodeHighlighter highlighter;

		Renderer(DataHolder options) {
			this.highlighter = HIGHLIGHTER.get(options);
		}

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
		}

		private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
			String language = node.getInfo().toString().trim().split("[\\s{]", 2)[0].toLowerCase(java.util.Locale.ROOT);
			Optional<String> highlighted = (language.isEmpty() || language.equals("math")) ? Optional.empty()
					: this.highlighter.highlight(node.getContentChars().toString(), language);
			if (highlighted.isEmpty()) {
				context.delegateRender();
				return;
			}
			html.line();
			html.tag("pre").openPre();
			html.attr("class", "hljs language-" + language).withAttr().tag("code");
			html.raw(highlighted.get());
			html.tag("/code");
			html.tag("/pre").closePre();
			html.line();
		}

	}

}
