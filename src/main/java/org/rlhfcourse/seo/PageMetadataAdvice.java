package org.rlhfcourse.seo;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.rlhfcourse.content.Routes;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.web.SiteAddress;

/**
 * Gives every page its canonical address ({@code canonicalUrl}: the {@link SiteAddress}
 * and the path, without the query), which the layout uses for
 * {@code <link rel="canonical">} and OpenGraph. Error pages get none; a handler may
 * replace it, e.g. when it shows a page under another address.
 */
@ControllerAdvice
class PageMetadataAdvice {

	private final SiteHolder site;

	PageMetadataAdvice(SiteHolder site) {
		this.site = site;
	}

	/**
	 * The request's path decoded and encoded again, without {@code ;parameters}: one
	 * page, one canonical address, however the request spelled it.
	 */
	static String canonicalPath(HttpServletRequest request) {
		return Routes.canonicalPath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@ModelAttribute
	void addCanonicalUrl(HttpServletRequest request, Model model) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return;
		}
		model.addAttribute("canonicalUrl",
				SiteAddress.baseUrl(this.site.current().config(), request) + canonicalPath(request));
	}

}
