package org.rlhfcourse.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The last word on {@code Cache-Control}, whoever sets it (the page interceptor, the
 * static file handler, a controller), because two rules hold for every answer:
 * <ul>
 * <li>an error answer is never stored ({@code no-store}): a passing failure must not
 * outlive its cause, a not-found answer must not hide a page published a minute later,
 * and a refused search must not be replayed by a shared cache;</li>
 * <li>a static file asked for by its plain name ({@code /css/site.css}) may change at
 * that address, so it is cached briefly and revalidated by {@code ETag}; only
 * fingerprinted names ({@code /css/site-<hash>.css}) keep the year-long {@code immutable}
 * caching.</li>
 * </ul>
 * Runs on every dispatch, error dispatches included.
 */
class CacheHeadersFilter extends OncePerRequestFilter {

	static final String NO_STORE = "no-store";

	static final String REVALIDATE = "max-age=300, must-revalidate, public";

	/** The folders whose files are served fingerprinted. */
	private static final Set<String> FINGERPRINTED_FOLDERS = Set.of("css", "js", "img");

	private final ObjectProvider<ResourceUrlProvider> urls;

	CacheHeadersFilter(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new CacheHeaders(response, request));
	}

	/**
	 * Whether {@code request} asks for a fingerprinted folder's file by its plain name,
	 * that is whether the file has a fingerprinted address other than the one asked for.
	 */
	private boolean plainStaticFile(HttpServletRequest request) {
		String path;
		try {
			path = PageCache.pageKey(request);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int folderEnd = path.indexOf('/', 1);
		if (folderEnd < 0 || !FINGERPRINTED_FOLDERS.contains(path.substring(1, folderEnd))) {
			return false;
		}
		ResourceUrlProvider provider = this.urls.getIfAvailable();
		String fingerprinted = (provider != null) ? provider.getForLookupPath(path) : null;
		return fingerprinted != null;
	}

	private final class CacheHeaders extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		CacheHeaders(HttpServletResponse response, HttpServletRequest request) {
			super(response);
			this.request = request;
		}

		@Override
		public void setStatus(int status) {
			super.setStatus(status);
			if (status >= 400) {
				super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			}
		}

		@Override
		public void sendError(int status) throws IOException {
			super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			super.sendError(status, message);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? cacheControl(value) : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				setHeader(name, value);
			}
			else {
				super.addHeader(name, value);
			}
		}

		private String cacheControl(String value) {
			if (getStatus() >= 400) {
				return NO_STORE;
			}
			if (value != null && value.contains("immutable") && plainStaticFile(this.request)) {
				return REVALIDATE;
			}
			return value;
		}

	}

}
