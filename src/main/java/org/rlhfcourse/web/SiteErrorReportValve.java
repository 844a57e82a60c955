package org.rlhfcourse.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * Tomcat's error report, for what Tomcat answers before the application sees it: a bad
 * request line or header, a broken path ({@code %00}), an unsupported HTTP version (505).
 * It answers with the site's own error page, rendered from the same templates as
 * {@link SiteErrorController} (once per snapshot and status), with the
 * {@link SecurityHeaders} and {@code Cache-Control: no-store}. An HTTP/0.9 request is
 * refused with 505 in HTTP/1.1 form, since an HTTP/0.9 answer has no status line or
 * headers to carry them. If the page cannot be rendered, Tomcat's plain page (no report,
 * no server name) is used.
 */
public class SiteErrorReportValve extends ErrorReportValve {

	private static final Logger logger = LoggerFactory.getLogger(SiteErrorReportValve.class);

	private final SecurityHeaders headers;

	private final ObjectProvider<SiteHolder> site;

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final ObjectProvider<ErrorViewResolver> errorViews;

	private final ObjectProvider<ResourceUrlProvider> urls;

	private final AtomicReference<Pages> pages = new AtomicReference<>(new Pages(null, Map.of()));

	SiteErrorReportValve(SecurityHeaders headers, ObjectProvider<SiteHolder> site,
			ObjectProvider<ThymeleafViewResolver> views, ObjectProvider<ErrorViewResolver> errorViews,
			ObjectProvider<ResourceUrlProvider> urls) {
		this.headers = headers;
		this.site = site;
		this.views = views;
		this.errorViews = errorViews;
		this.urls = urls;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (http09(request)) {
			response.sendError(HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED);
			response.setSuspended(false);
			report(request, response, null);
			return;
		}
		super.invoke(request, response);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		byte[] page;
		try {
			page = page(
					(status != null) ? status
							: (code < 500) ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR,
					request, response);
		}
		catch (Exception ex) {
			logger.warn("A plain error page answers {}: the site's cannot be rendered: {}", code, ex.toString());
			page = (code + " " + ((status != null) ? status.getReasonPhrase() : "Error") + "\n")
				.getBytes(StandardCharsets.UTF_8);
		}
		String type = (page.length > 0 && page[0] == '<') ? "text/html;charset=UTF-8" : "text/plain;charset=UTF-8";
		try {
			response.resetBuffer();
			if (http09(request)) {
				response.getOutputStream().write(http11Head(code, type, page.length));
			}
			else {
				this.headers.applyTo(response::setHeader);
				response.setHeader("Cache-Control", CacheHeadersFilter.NO_STORE);
				response.setContentType(type);
				response.setContentLength(page.length);
			}
			response.getOutputStream().write(page);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the response was already used: no one is left to
			// answer.
		}
	}

	/**
	 * Whether Tomcat answers {@code request} in HTTP/0.9, without status line or headers.
	 */
	private static boolean http09(Request request) {
		// An HTTP/0.9 request line has no version, and no headers follow it.
		String protocol = request.getProtocol();
		return (protocol == null || protocol.isEmpty()) && !request.getHeaderNames().hasMoreElements();
	}

	/** The status line and headers an HTTP/0.9 answer cannot carry, as body bytes. */
	private byte[] http11Head(int code, String type, int length) {
		StringBuilder head = new StringBuilder("HTTP/1.1 ").append(code).append(" HTTP Version Not Supported\r\n");
		this.headers.asMap().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("Cache-Control: no-store\r\nContent-Type: ")
			.append(type)
			.append("\r\nContent-Length: ")
			.append(length)
			.append("\r\nConnection: close\r\n\r\n");
		return head.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private byte[] page(HttpStatus status, Request request, Response response) throws Exception {
		SiteSnapshot snapshot = this.site.getObject().current();
		Pages current = this.pages.get();
		if (current.snapshot() != snapshot) {
			current = new Pages(snapshot, new ConcurrentHashMap<>());
			this.pages.set(current);
		}
		byte[] page = current.byStatus().get(status.value());
		if (page == null) {
			page = render(status, snapshot, request, response);
			current.byStatus().put(status.value(), page);
		}
		return page;
	}

	/**
	 * Renders the error view Spring Boot's convention names for {@code status}, as
	 * {@link SiteErrorController} does, for a neutral request: the site's language, no
	 * session, none of the refused request's attributes.
	 */
	private byte[] render(HttpStatus status, SiteSnapshot snapshot, Request request, Response response)
			throws Exception {
		Locale locale = Locale.forLanguageTag(snapshot.config().language());
		ThymeleafViewResolver views = this.views.getObject();
		ServletContext servletContext = ((WebApplicationContext) views.getApplicationContext()).getServletContext();
		HttpServletRequest neutral = new NeutralRequest(request, locale, servletContext);
		Map<String, Object> model = new HashMap<>(SiteErrorController.model(status));
		model.put("site", snapshot.config());
		ModelAndView page = this.errorViews.getObject().resolveErrorView(neutral, status, model);
		String viewName = (page != null) ? page.getViewName() : "error/5xx";
		ResourceUrlProvider urls = this.urls.getObject();
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response) {
			@Override
			public String encodeURL(String url) {
				// Links to static files by their fingerprinted names, as pages have them.
				String fingerprinted = urls.getForLookupPath(url);
				return (fingerprinted != null) ? fingerprinted : url;
			}
		};
		views.resolveViewName(viewName, locale).render(model, neutral, captured);
		return captured.getContentAsByteArray();
	}

	/** Error pages of one snapshot, by status. */
	private record Pages(SiteSnapshot snapshot, Map<Integer, byte[]> byStatus) {
	}

	/** A request for the error page itself, whatever the refused request held. */
	private static final class NeutralRequest extends HttpServletRequestWrapper {

		private final Locale locale;

		private final ServletContext servletContext;

		private final Map<String, Object> attributes = new ConcurrentHashMap<>();

		NeutralRequest(HttpServletRequest request, Locale locale, ServletContext servletContext) {
			super(request);
			this.locale = locale;
			this.servletContext = servletContext;
		}

		@Override
		public ServletContext getServletContext() {
			return this.servletContext;
		}

		@Override
		public String getContextPath() {
			return "";
		}

		@Override
		public String getRequestURI() {
			return "/error";
		}

		@Override
		public String getServletPath() {
			return "/error";
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public Locale getLocale() {
			return this.locale;
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(List.of(this.locale));
		}

		@Override
		public HttpSession getSession(boolean create) {
			return null;
		}

		@Override
		public HttpSession getSession() {
			return null;
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.get(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return Collections.enumeration(this.attributes.keySet());
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				this.attributes.remove(name);
			}
			else {
				this.attributes.put(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.remove(name);
		}

	}

}
