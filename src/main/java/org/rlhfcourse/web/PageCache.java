package org.rlhfcourse.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.Routes;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * Serves rendered pages from memory. The first request for a page renders it as usual;
 * the complete response (headers, body, a gzipped body and an ETag) is then kept for as
 * long as the snapshot it came from is live, so later requests cost a map lookup and a
 * write, like a static file server. A new snapshot, or a refused reload whose problems
 * pages show, starts an empty cache, so readers never get a page of an older site. Only
 * successful GET/HEAD responses are kept.
 * <p>
 * Pages are keyed by the path Spring routes on ({@link #pageKey}): decoded, without
 * {@code ;parameters}. So {@code /course/dpo}, {@code /course/%64po} and
 * {@code /course/dpo;v=1} share one entry, and made-up spellings of an address cannot
 * multiply it. Nothing else of the request is in the key: no page depends on the query
 * string (only search reads one, and search is never kept) or on the host the request
 * names ({@link SiteAddress}), so {@code /course/dpo?x=1} with any {@code Host} is the
 * cached {@code /course/dpo} and no request can force a render. A miss renders the
 * request without its query string, so what is kept is exactly the plain page. Entries
 * are bounded by their bytes, least recently used evicted first ({@link CachedPages}), so
 * no stream of addresses can grow the heap past the budget.
 */
final class PageCache extends OncePerRequestFilter {

	private static final Set<String> CACHEABLE_TYPES = Set.of("text/html", "application/xml", "application/atom+xml",
			"text/plain", "application/json");

	private final SiteHolder site;

	private final long maxBytes;

	private final AtomicReference<Generation> generation = new AtomicReference<>();

	/**
	 * @param maxBytes how many bytes of responses (plain and gzipped bodies, headers,
	 * keys) one snapshot may keep
	 */
	PageCache(SiteHolder site, long maxBytes) {
		this.site = site;
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !(method.equals("GET") || method.equals("HEAD"));
	}

	/**
	 * The path within the application as Spring's {@link RequestPath} matches it against
	 * mappings: each segment percent-decoded and without its {@code ;parameters}, then
	 * encoded again so the key is unambiguous.
	 */
	static String pageKey(HttpServletRequest request) {
		StringBuilder key = new StringBuilder();
		for (PathContainer.Element element : RequestPath.parse(request.getRequestURI(), request.getContextPath())
			.pathWithinApplication()
			.elements()) {
			key.append((element instanceof PathContainer.PathSegment segment)
					? UriUtils.encodePathSegment(segment.valueToMatch(), StandardCharsets.UTF_8) : element.value());
		}
		return key.isEmpty() ? "/" : key.toString();
	}

	private static boolean neverKept(String path) {
		return Routes.isNeverCached(path) || Routes.readsQuery(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key;
		try {
			key = pageKey(request);
		}
		catch (IllegalArgumentException ex) {
			// A broken percent-encoding: Tomcat refuses these first; whatever answers,
			// nothing is kept.
			chain.doFilter(request, response);
			return;
		}
		if (neverKept(key)) {
			chain.doFilter(request, response);
			return;
		}
		CachedPages<CachedResponse> entries = entries();
		CachedResponse entry = entries.get(key);
		if (entry == null) {
			ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
			chain.doFilter(new Unconditional(request), captured);
			entry = cacheable(captured) ? CachedResponse.of(captured) : null;
			if (entry == null) {
				captured.copyBodyToResponse();
				return;
			}
			entries.put(key, entry);
			response.reset();
		}
		entry.write(request, response);
	}

	/** How many pages the live generation keeps. */
	int size() {
		return entries().size();
	}

	/** How many bytes the live generation keeps. */
	long bytes() {
		return entries().bytes();
	}

	private CachedPages<CachedResponse> entries() {
		SiteSnapshot current = this.site.current();
		List<ContentProblem> rejected = this.site.rejectedProblems();
		Generation now = this.generation.get();
		if (now == null || now.snapshot() != current || now.rejected() != rejected) {
			Generation fresh = new Generation(current, rejected,
					new CachedPages<>(this.maxBytes, CachedResponse::bytes));
			this.generation.compareAndSet(now, fresh);
			now = this.generation.get();
		}
		return now.entries();
	}

	private static boolean cacheable(ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == 200 && type != null
				&& CACHEABLE_TYPES.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT))
				&& response.getHeader("Set-Cookie") == null;
	}

	/**
	 * Pages of one snapshot, with one set of refused-reload problems (which pages show as
	 * a banner).
	 */
	private record Generation(SiteSnapshot snapshot, List<ContentProblem> rejected,
			CachedPages<CachedResponse> entries) {
	}

	/**
	 * The request without its conditional headers and its query string, so the response
	 * captured for the cache is always the complete plain page.
	 */
	private static final class Unconditional extends HttpServletRequestWrapper {

		private static final Set<String> HIDDEN = Set.of("if-none-match", "if-modified-since", "range", "if-range");

		Unconditional(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public long getDateHeader(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
