package org.rlhfcourse.web;

import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Puts the {@link SecurityHeaders} on every response Tomcat's connector writes, before
 * any valve or filter runs, so that even the answers Tomcat gives without running one
 * ({@code OPTIONS *}) carry them. Whatever runs later may set them again or reset them
 * (the application and {@link SiteErrorReportValve} set them on everything they answer).
 */
final class SecurityHeadersAdapter implements Adapter {

	private final Adapter adapter;

	private final SecurityHeaders headers;

	SecurityHeadersAdapter(Adapter adapter, SecurityHeaders headers) {
		this.adapter = adapter;
		this.headers = headers;
	}

	@Override
	public void service(Request request, Response response) throws Exception {
		this.headers.applyTo(response::setHeader);
		this.adapter.service(request, response);
	}

	@Override
	public boolean prepare(Request request, Response response) throws Exception {
		return this.adapter.prepare(request, response);
	}

	@Override
	public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
		return this.adapter.asyncDispatch(request, response, status);
	}

	@Override
	public void log(Request request, Response response, long time) {
		this.adapter.log(request, response, time);
	}

	@Override
	public void checkRecycled(Request request, Response response) {
		this.adapter.checkRecycled(request, response);
	}

	@Override
	public String getDomain() {
		return this.adapter.getDomain();
	}

}
