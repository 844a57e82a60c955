package org.rlhfcourse.render.pandoc;

import java.util.Set;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

import org.rlhfcourse.content.ContentPath;
import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.render.core.Diagnostics;

/**
 * Resolves relative image and file links against the Markdown file's folder, as pandoc
 * does, and points them at the served copy under {@code /assets/}, through
 * {@link ContentPath} as decks do. A missing image, an absolute image path, or a path
 * that climbs out of the content folder, is a content error at the image.
 */
final class AssetLinkResolver implements LinkResolver {

	@Override
	public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
		String url = link.getUrl();
		boolean image = link.getLinkType() == LinkType.IMAGE;
		if (!(image || link.getLinkType() == LinkType.LINK) || url.isEmpty() || url.startsWith("#")
				|| ContentPath.isAddress(url) || (!image && url.startsWith("/"))) {
			return link;
		}
		Diagnostics diagnostics = Diagnostics.of(context.getDocument());
		AssetLookup assets = AssetLookup.KEY.get(context.getDocument());
		String path;
		try {
			path = ContentPath.resolve((diagnostics != null) ? diagnostics.file() : "", url);
		}
		catch (ContentPath.ContentPathException ex) {
			report(diagnostics, node, ex.getMessage());
			return link.withStatus(LinkStatus.INVALID);
		}
		if (assets != null && assets.find(path).isPresent()) {
			return link.withUrl(ContentPath.url(path)).withStatus(LinkStatus.VALID);
		}
		if (image) {
			report(diagnostics, node, "image not found: " + url + " (looked for content/" + path + ")");
		}
		return link;
	}

	private static void report(Diagnostics diagnostics, Node node, String message) {
		if (diagnostics != null) {
			diagnostics.error(node.getChars(), message);
		}
	}

	static final class Factory implements LinkResolverFactory {

		@Override
		public Set<Class<?>> getAfterDependents() {
			return null;
		}

		@Override
		public Set<Class<?>> getBeforeDependents() {
			return null;
		}

		@Override
		public boolean affectsGlobalScope() {
			return false;
		}

		@Override
		public LinkResolver apply(LinkResolverBasicContext context) {
			return new AssetLinkResolver();
		}

	}

}
