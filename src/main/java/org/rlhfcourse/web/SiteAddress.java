package org.rlhfcourse.web;

import jakarta.servlet.http.HttpServletRequest;

import org.rlhfcourse.content.SiteConfig;

/**
 * The site's public address for absolute links (canonical, OpenGraph, hreflang, JSON-LD,
 * citations, sitemap, feed, llms.txt, robots.txt). The configured one wins:
 * {@code site.base-url}, else {@code base-url} in {@code site.yml} (the snapshot's config
 * already holds whichever applies). Without either, the server's own local address,
 * {@code http://localhost:PORT} with the port the request was accepted on, which is right
 * on a developer's machine and nowhere else.
 * <p>
 * Never the address the request names: a page is the same whatever its {@code Host} or
 * {@code X-Forwarded-*} headers say, so the page cache can serve it to everyone and no
 * header can put another host into a cached page.
 */
public final class SiteAddress {

	private SiteAddress() {
	}

	/** The base URL, without a trailing slash. */
	public static String baseUrl(SiteConfig config, HttpServletRequest request) {
		if (!config.baseUrl().isBlank()) {
			return config.baseUrl();
		}
		int port = request.getLocalPort();
		return "http://localhost" + ((port == 80 || port <= 0) ? "" : ":" + port);
	}

	/** {@code config} with the base URL for this request filled in. */
	public static SiteConfig resolve(SiteConfig config, HttpServletRequest request) {
		return config.baseUrl().isBlank() ? config.withBaseUrl(baseUrl(config, request)) : config;
	}

}
