package org.rlhfcourse.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The security headers every response carries, computed once from {@link HttpProperties}.
 * Used by {@link SecurityHeadersFilter} for everything the application answers and by
 * {@link SiteErrorReportValve} for the requests Tomcat refuses before the application
 * sees them.
 */
public final class SecurityHeaders {

	private final Map<String, String> headers;

	public SecurityHeaders(HttpProperties properties) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Content-Security-Policy", properties.contentSecurityPolicy());
		all.put("X-Content-Type-Options", "nosniff");
		all.put("Referrer-Policy", properties.referrerPolicy());
		all.put("Permissions-Policy", properties.permissionsPolicy());
		all.put("X-Frame-Options", "DENY");
		all.put("Cross-Origin-Opener-Policy", "same-origin");
		if (properties.hsts().enabled()) {
			all.put("Strict-Transport-Security", properties.hsts().headerValue());
		}
		this.headers = Map.copyOf(all);
	}

	/** The headers by name. */
	public Map<String, String> asMap() {
		return this.headers;
	}

	/** Sets every header with {@code setHeader}, replacing any value set before. */
	public void applyTo(BiConsumer<String, String> setHeader) {
		this.headers.forEach(setHeader);
	}

}
