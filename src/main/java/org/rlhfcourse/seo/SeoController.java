package org.rlhfcourse.seo;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * What crawlers, feed readers and language models read: the sitemap, robots.txt, llms.txt (and its full text) and
 * the Atom feed of chapters, all from the live snapshot with absolute addresses from {@code site.yml}'s base URL.
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
	ResponseEntity<String> showSitemap() {
		return ResponseEntity.ok().contentType(XML).body(this.xml.sitemap(this.site.current()));
	}

	@GetMapping("/feed.xml")
	ResponseEntity<String> showFeed() {
		return ResponseEntity.ok().contentType(ATOM).body(this.xml.feed(this.site.current()));
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> showRobots() {
		SiteSnapshot snapshot = this.site.current();
		String robots = "User-agent: *\nAllow: /\n\nSitemap: " + snapshot.config().baseUrl() + "/sitemap.xml\n";
		return ResponseEntity.ok().contentType(TEXT).body(robots);
	}

	@GetMapping("/llms.txt")
	ResponseEntity<String> showLlmsText() {
		return ResponseEntity.ok().contentType(TEXT).body(LlmsText.summary(this.site.current()));
	}

	@GetMapping("/llms-full.txt")
	ResponseEntity<String> showLlmsFullText() {
		return ResponseEntity.ok().contentType(TEXT).body(LlmsText.full(this.site.current()));
	}

}
