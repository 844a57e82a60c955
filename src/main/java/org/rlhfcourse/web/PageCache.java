package org.rlhfcourse.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

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
import org.rlhfcourse.render.core.Sha256;
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

	private static final Set<String> NOT_COPIED = Set.of("content-length", "etag", "date", "transfer-encoding",
			"content-encoding", "vary");

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
		CachedPages<Entry> entries = entries();
		Entry entry = entries.get(key);
		if (entry == null) {
			ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
			chain.doFilter(new Unconditional(request), captured);
			entry = cacheable(captured) ? Entry.of(captured) : null;
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

	private CachedPages<Entry> entries() {
		SiteSnapshot current = this.site.current();
		List<ContentProblem> rejected = this.site.rejectedProblems();
		Generation now = this.generation.get();
		if (now == null || now.snapshot() != current || now.rejected() != rejected) {
			Generation fresh = new Generation(current, rejected, new CachedPages<>(this.maxBytes, Entry::bytes));
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
	private record Generation(SiteSnapshot snapshot, List<ContentProblem> rejected, CachedPages<Entry> entries) {
	}

	/** A complete response, ready to write in either encoding. */
	private record Entry(List<String[]> headers, byte[] body, byte[] gzipped, String etag) {

		/**
		 * Roughly what the entry holds on to: its arrays, its strings as UTF-16, and
		 * object headers.
		 */
		long bytes() {
			long size = 256L + this.body.length + this.gzipped.length + 2L * this.etag.length();
			for (String[] header : this.headers) {
				size += 64L + 2L * (header[0].length() + header[1].length());
			}
			return size;
		}

		static Entry of(ContentCachingResponseWrapper response) throws IOException {
			List<String[]> headers = new ArrayList<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
					for (String value : response.getHeaders(name)) {
						headers.add(new String[] { name, value });
					}
				}
			}
			headers.add(new String[] { "Content-Type", response.getContentType() });
			byte[] body = response.getContentAsByteArray();
			ByteArrayOutputStream gzip = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
				out.write(body);
			}
			return new Entry(List.copyOf(headers), body, gzip.toByteArray(),
					"W/\"" + Sha256.hex(body).substring(0, 32) + "\"");
		}

		void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
			// Set, not add: filters before this one (the security headers) have already
			// set some of these names.
			Set<String> set = new HashSet<>();
			for (String[] header : this.headers) {
				if (set.add(header[0].toLowerCase(Locale.ROOT))) {
					response.setHeader(header[0], header[1]);
				}
				else {
					response.addHeader(header[0], header[1]);
				}
			}
			response.setHeader("ETag", this.etag);
			response.setHeader("Vary", "Accept-Encoding");
			String ifNoneMatch = request.getHeader("If-None-Match");
			if (ifNoneMatch != null
					&& (ifNoneMatch.contains(this.etag) || ifNoneMatch.contains(this.etag.substring(2)))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setStatus(HttpServletResponse.SC_OK);
			String acceptEncoding = request.getHeader("Accept-Encoding");
			boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip")
					&& this.gzipped.length < this.body.length;
			byte[] bytes = gzip ? this.gzipped : this.body;
			if (gzip) {
				response.setHeader("Content-Encoding", "gzip");
			}
			response.setContentLength(bytes.length);
			if (!request.getMethod().equals("HEAD")) {
				response.getOutputStream().write(bytes);
			}
		}

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
