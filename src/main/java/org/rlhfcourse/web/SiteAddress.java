package org.rlhfcourse.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.rlhfcourse.content.SiteConfig;

/**
 * The site's public address for absolute links (canonical, OpenGraph, hreflang, JSON-LD,
 * citations, sitemap, feed, llms.txt, robots.txt). The configured one wins:
 * {@code site.base-url}, else {@code base-url} in {@code site.yml} (the snapshot's config
 * already holds whichever applies). Without either, the address the request came to, as
 * the server sees it: behind a proxy, its {@code X-Forwarded-*} headers count through
 * {@code server.forward-headers-strategy}. Production should configure it, since then no
 * request can choose it.
 */
public final class SiteAddress {

	private SiteAddress() {
	}

	/**
	 * Whether absolute links depend on the request, so a response must not be reused for
	 * another host.
	 */
	public static boolean derivedFromRequest(SiteConfig config) {
		return config.baseUrl().isBlank();
	}

	/** The base URL, without a trailing slash. */
	public static String baseUrl(SiteConfig config, HttpServletRequest request) {
		if (!derivedFromRequest(config)) {
			return config.baseUrl();
		}
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString().replaceAll("/+$", "");
	}

	/** {@code config} with the base URL for this request filled in. */
	public static SiteConfig resolve(SiteConfig config, HttpServletRequest request) {
		return derivedFromRequest(config) ? config.withBaseUrl(baseUrl(config, request)) : config;
	}

}
