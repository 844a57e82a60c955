package org.rlhfcourse.render.pandoc;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.data.DataHolder;

import org.rlhfcourse.content.ContentPath;
import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.render.core.Diagnostics;
import org.rlhfcourse.render.cite.DocumentReferences;

/**
 * Writes fenced divs, figures and table captions.
 */
final class PandocNodeRenderer implements NodeRenderer {

	/**
	 * When a dark variant shows without a chosen theme; theme.js switches it to follow
	 * the reader's choice.
	 */
	private static final String DARK_MEDIA = "(prefers-color-scheme: dark)";

	private static final Pattern SVG_SIZE = Pattern.compile(
			"<svg[^>]*?\\bwidth=\"(\\d+(?:\\.\\d+)?)(?:px)?\"[^>]*?\\bheight=\"(\\d+(?:\\.\\d+)?)(?:px)?\"",
			Pattern.DOTALL);

	private static final Pattern SVG_VIEWBOX = Pattern
		.compile("<svg[^>]*?\\bviewBox=\"[-\\d.]+[ ,]+[-\\d.]+[ ,]+([\\d.]+)[ ,]+([\\d.]+)\"", Pattern.DOTALL);

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(FencedDiv.class, this::render),
				new NodeRenderingHandler<>(Figure.class, this::render),
				new NodeRenderingHandler<>(TableCaption.class, this::render),
				new NodeRenderingHandler<>(GridTable.class, this::render));
	}

	private void render(FencedDiv node, NodeRendererContext context, HtmlWriter html) {
		if (!node.isClosed()) {
			Diagnostics diagnostics = Diagnostics.of(context.getDocument());
			if (diagnostics != null) {
				diagnostics.error(
						node.getChars().isEmpty() ? node.getDocument().getChars().subSequence(0, 0) : node.getChars(),
						"fenced div ':::' is never closed; end it with a line ':::'");
			}
		}
		if (!node.getId().isEmpty()) {
			html.attr("id", node.getId());
		}
		if (!node.getClasses().isEmpty()) {
			html.attr("class", String.join(" ", node.getClasses()));
		}
		html.withAttr().tagLine("div", () -> context.renderChildren(node));
	}

	/**
	 * A figure: the image (inside a {@code <picture>} with a dark-mode {@code <source>}
	 * when it has {@code data-dark-src}) and its numbered caption, rendered as Markdown
	 * so cross-references, math and emphasis in it work; the alt text is the caption as
	 * plain text.
	 */
	private void render(Figure node, NodeRendererContext context, HtmlWriter html) {
		Image image = node.getImage();
		String caption = FigureCaption.plainText(image, DocumentReferences.of(context.getDocument())).strip();
		ResolvedLink link = context.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null, null);
		if (caption.isBlank()) {
			Diagnostics diagnostics = Diagnostics.of(context.getDocument());
			if (diagnostics != null) {
				diagnostics.warning(image.getChars(), "figure has no caption; write one as the image's alt text");
			}
		}
		if (!node.getLabel().isEmpty()) {
			html.attr("id", node.getLabel());
		}
		html.attr("class", "figure").withAttr().tagLine("figure", () -> {
			Optional<String> dark = darkSource(node, context);
			if (dark.isPresent()) {
				html.tag("picture");
				html.attr("media", DARK_MEDIA)
					.attr("srcset", dark.get().replace(" ", "%20").replace(",", "%2C"))
					.attr("data-dark", "")
					.withAttr()
					.tagVoid("source");
			}
			html.attr("src", link.getUrl()).attr("alt", caption);
			dimensions(context, link.getUrl()).ifPresent((size) -> html.attr("width", size[0]).attr("height", size[1]));
			if (!node.getWidth().isEmpty()) {
				html.attr("style", "width:" + node.getWidth().replaceAll("[^0-9.%a-z]", ""));
			}
			html.attr("loading", "lazy").attr("decoding", "async").withAttr().tagVoid("img");
			if (dark.isPresent()) {
				html.tag("/picture");
			}
			if (!caption.isBlank()) {
				html.tag("figcaption");
				if (PandocExtension.FIGURE_NUMBERS.get(context.getDocument())) {
					html.raw("<span class=\"figure-number\">Figure " + node.getNumber() + ".</span> ");
				}
				context.renderChildren(image);
				html.tag("/figcaption");
			}
		});
	}

	/**
	 * The served address of the figure's dark variant, resolved like its image; empty
	 * when there is none or the file is missing, which is an error at the attribute.
	 */
	private static Optional<String> darkSource(Figure node, NodeRendererContext context) {
		String url = node.getDarkSource().toString().strip();
		if (url.isEmpty()) {
			return Optional.empty();
		}
		Diagnostics diagnostics = Diagnostics.of(context.getDocument());
		AssetLookup assets = AssetLookup.KEY.get(context.getDocument());
		boolean relative = !(url.startsWith("/") || ContentPath.isAddress(url));
		if (relative && diagnostics != null && assets != null) {
			try {
				String path = ContentPath.resolve(diagnostics.file(), url);
				if (assets.find(path).isEmpty()) {
					diagnostics.error(node.getDarkSource(),
							"dark image not found: " + url + " (looked for content/" + path + ")");
					return Optional.empty();
				}
			}
			catch (ContentPath.ContentPathException ex) {
				diagnostics.error(node.getDarkSource(), "data-dark-src: " + ex.getMessage());
				return Optional.empty();
			}
		}
		return Optional.of(context.resolveLink(LinkType.IMAGE, url, null, null).getUrl());
	}

	private void render(GridTable node, NodeRendererContext context, HtmlWriter html) {
		Diagnostics diagnostics = Diagnostics.of(context.getDocument());
		if (diagnostics != null && !node.getProblem().isEmpty()) {
			diagnostics.error(node.getChars(), node.getProblem());
		}
		html.withAttr().tagIndent("table", () -> context.renderChildren(node));
	}

	private void render(TableCaption node, NodeRendererContext context, HtmlWriter html) {
		if (!node.getLabel().isEmpty()) {
			html.attr("id", node.getLabel());
		}
		html.withAttr().tag("caption");
		html.raw("<span class=\"table-number\">Table " + node.getNumber() + ".</span> ");
		context.renderChildren(node);
		html.tag("/caption");
	}

	/**
	 * Width and height of an SVG asset, so the browser reserves its space before it
	 * loads.
	 */
	private static Optional<String[]> dimensions(NodeRendererContext context, String url) {
		AssetLookup assets = AssetLookup.KEY.get(context.getDocument());
		if (assets == null || !url.startsWith(ContentPath.URL_PREFIX) || !url.endsWith(".svg")) {
			return Optional.empty();
		}
		Optional<byte[]> file = ContentPath.ofUrl(url.substring(ContentPath.URL_PREFIX.length())).flatMap(assets::find);
		return file.flatMap((bytes) -> {
			String svg = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
			Matcher size = SVG_SIZE.matcher(svg);
			if (size.find()) {
				return Optional.of(new String[] { round(size.group(1)), round(size.group(2)) });
			}
			Matcher viewBox = SVG_VIEWBOX.matcher(svg);
			return viewBox.find() ? Optional.of(new String[] { round(viewBox.group(1)), round(viewBox.group(2)) })
					: Optional.empty();
		});
	}

	private static String round(String number) {
		return String.valueOf(Math.round(Double.parseDouble(number)));
	}

	static final class Factory implements NodeRendererFactory {

		@Override
		public NodeRenderer apply(DataHolder options) {
			return new PandocNodeRenderer();
		}

	}

}
