package org.rlhfcourse.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the {@link SecurityHeaders} on every response the application sends: pages, static
 * files, and error pages. It runs on error dispatches too, because an error may arrive
 * after something reset the response. Headers are set before the chain runs, so they are
 * in place however early the response is committed.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	private final SecurityHeaders headers;

	SecurityHeadersFilter(SecurityHeaders headers) {
		this.headers = headers;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.headers.applyTo(response::setHeader);
		chain.doFilter(request, response);
	}

}
