package org.rlhfcourse.seo;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.web.SiteAddress;

/**
 * What crawlers, feed readers and language models read: the sitemap, robots.txt, llms.txt
 * (and its full text) and the Atom feed of chapters, all from the live snapshot with
 * absolute addresses under the {@link SiteAddress}.
 */
@RestController
class SeoController {

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final SiteHolder site;

	private final XmlDocuments xml = new XmlDocuments();

	SeoController(SiteHolder site) {
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> showSitemap(HttpServletRequest request) {
		SiteSnapshot snapshot = this.site.current();
		return ResponseEntity.ok()
			.contentType(XML)
			.body(this.xml.sitemap(snapshot, SiteAddress.baseUrl(snapshot.config(), request)));
	}

	@GetMapping("/feed.xml")
	ResponseEntity<String> showFeed(HttpServletRequest request) {
		SiteSnapshot snapshot = this.site.current();
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(this.xml.feed(snapshot, SiteAddress.resolve(snapshot.config(), request)));
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> showRobots(HttpServletRequest request) {
		SiteSnapshot snapshot = this.site.current();
		String robots = "User-agent: *\nAllow: /\n\nSitemap: " + SiteAddress.baseUrl(snapshot.config(), request)
				+ "/sitemap.xml\n";
		return ResponseEntity.ok().contentType(TEXT).body(robots);
	}

	@GetMapping("/llms.txt")
	ResponseEntity<String> showLlmsText(HttpServletRequest request) {
		SiteSnapshot snapshot = this.site.current();
		return ResponseEntity.ok()
			.contentType(TEXT)
			.body(LlmsText.summary(snapshot, SiteAddress.resolve(snapshot.config(), request)));
	}

	@GetMapping("/llms-full.txt")
	ResponseEntity<String> showLlmsFullText(HttpServletRequest request) {
		SiteSnapshot snapshot = this.site.current();
		return ResponseEntity.ok()
			.contentType(TEXT)
			.body(LlmsText.full(snapshot, SiteAddress.resolve(snapshot.config(), request)));
	}

}
