package org.rlhfcourse.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page is part of its address: {@code /ja/…} is Japanese, everything
 * else English. The address alone decides, so a shared link shows every reader the same
 * page and caches stay correct.
 */
@Component("localeResolver")
class UrlPrefixLocaleResolver implements LocaleResolver {

	static final Locale JAPANESE = Locale.JAPANESE;

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		return (path.equals("/ja") || path.startsWith("/ja/")) ? JAPANESE : Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language follows the address; link to /ja/… instead");
	}

}
