package org.rlhfcourse.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report, for the requests Tomcat refuses before the application sees them
 * (a {@code %00} or a broken percent-encoding in the path, a backslash, ...): a 4xx is
 * answered with the site's own bad-request page and the {@link SecurityHeaders}, not
 * Tomcat's page. The page is the one the application renders at
 * {@link SiteErrorController#BAD_REQUEST_PATH}, fetched once when the server starts
 * ({@link #usePage}); until then, and for any other status, Tomcat's plain page without
 * report or server name is used. Either carries {@code Cache-Control: no-store}.
 * Thread-safe.
 */
public class SiteErrorReportValve extends ErrorReportValve {

	private final SecurityHeaders headers;

	private final AtomicReference<byte[]> page = new AtomicReference<>();

	public SiteErrorReportValve(SecurityHeaders headers) {
		this.headers = headers;
		setShowReport(false);
		setShowServerInfo(false);
	}

	/** Serves {@code html} (UTF-8) for every 4xx Tomcat answers by itself from now on. */
	public void usePage(byte[] html) {
		this.page.set(html.clone());
	}

	/** Whether the site's page is in use (else Tomcat's own). */
	public boolean hasPage() {
		return this.page.get() != null;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		byte[] html = this.page.get();
		int status = response.getStatus();
		// Called for every response not yet committed, successful ones too: only an error
		// page is touched.
		boolean errorPage = status >= 400 && response.getContentWritten() == 0 && !response.isCommitted();
		if (errorPage) {
			// Tomcat's own page too: an error answer is never kept by browsers or shared
			// caches.
			response.setHeader("Cache-Control", SiteErrorController.NO_STORE);
		}
		if (html == null || !errorPage || status > 499) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType("text/html;charset=UTF-8");
			this.headers.applyTo(response::setHeader);
			response.setContentLength(html.length);
			OutputStream out = response.getOutputStream();
			out.write(html);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the response was already used: there is no one left
			// to answer.
		}
	}

}
