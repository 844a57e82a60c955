package org.rlhfcourse.web;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.rlhfcourse.content.ContentPath;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.site.SiteHolder;

/**
 * Serves the images and files that content links to, from the snapshot in memory: only
 * files of the content folder, only of the types below, so nothing else on the machine
 * can be reached through this path. The snapshot holds only files whose real path lies in
 * the content folder (links out of it are refused when it is read), and this controller
 * never opens a file itself. Addresses are decoded as {@link ContentPath} encodes them.
 */
@Controller
class ContentAssetController {

	private static final Map<String, MediaType> TYPES = Map.ofEntries(
			Map.entry("svg", MediaType.valueOf("image/svg+xml")), Map.entry("png", MediaType.IMAGE_PNG),
			Map.entry("jpg", MediaType.IMAGE_JPEG), Map.entry("jpeg", MediaType.IMAGE_JPEG),
			Map.entry("gif", MediaType.IMAGE_GIF), Map.entry("webp", MediaType.valueOf("image/webp")),
			Map.entry("pdf", MediaType.APPLICATION_PDF),
			Map.entry("bib", MediaType.valueOf("text/plain;charset=UTF-8")),
			Map.entry("woff2", MediaType.valueOf("font/woff2")), Map.entry("woff", MediaType.valueOf("font/woff")));

	private final SiteHolder site;

	ContentAssetController(SiteHolder site) {
		this.site = site;
	}

	@GetMapping(AssetLookup.URL_PREFIX + "**")
	ResponseEntity<byte[]> showAsset(HttpServletRequest request) {
		String encoded = request.getRequestURI().substring(AssetLookup.URL_PREFIX.length());
		String path = ContentPath.ofUrl(encoded).orElse("");
		String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
		MediaType type = TYPES.get(extension);
		SourceFile file = (type != null) ? this.site.current().assets().get(path) : null;
		if (file == null) {
			throw new AssetNotFoundException(encoded);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
			.body(file.bytes());
	}

	/** No servable content file at the path. */
	static class AssetNotFoundException extends NotFoundException {

		AssetNotFoundException(String path) {
			super("No asset " + path);
		}

	}

}
