package org.rlhfcourse.render.pandoc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

import org.rlhfcourse.render.AssetLookup;
import org.rlhfcourse.render.Diagnostics;

/**
 * Resolves relative image and file links against the Markdown file's folder, as pandoc does, and points them at
 * the served copy under {@code /assets/}. A missing image, or a path that climbs out of the content folder, is a
 * content error at the image.
 */
final class AssetLinkResolver implements LinkResolver {

	@Override
	public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
		String url = link.getUrl();
		boolean image = link.getLinkType() == LinkType.IMAGE;
		if (!(image || link.getLinkType() == LinkType.LINK) || url.isEmpty() || url.startsWith("/")
				|| url.startsWith("#") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
			return link;
		}
		Diagnostics diagnostics = Diagnostics.of(context.getDocument());
		AssetLookup assets = AssetLookup.KEY.get(context.getDocument());
		String path = resolve(diagnostics != null ? diagnostics.file() : "", url);
		if (path == null) {
			report(diagnostics, node, "'" + url + "' points outside the content folder");
			return link.withStatus(LinkStatus.INVALID);
		}
		if (assets != null && assets.find(path).isPresent()) {
			return link.withUrl(AssetLookup.URL_PREFIX + path).withStatus(LinkStatus.VALID);
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

	/** Joins {@code url} to the folder of {@code file}; {@code null} when it climbs above the root. */
	static String resolve(String file, String url) {
		String clean = url.replaceAll("[?#].*$", "");
		Deque<String> parts = new ArrayDeque<>();
		int slash = file.lastIndexOf('/');
		if (slash > 0) {
			for (String part : file.substring(0, slash).split("/")) {
				parts.addLast(part);
			}
		}
		for (String part : clean.split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				if (parts.isEmpty()) {
					return null;
				}
				parts.removeLast();
			}
			else {
				parts.addLast(java.net.URLDecoder.decode(part, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return String.join("/", parts);
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
