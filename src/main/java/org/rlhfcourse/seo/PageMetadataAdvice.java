package org.rlhfcourse.seo;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.rlhfcourse.site.SiteHolder;

/**
 * Gives every page its canonical address ({@code canonicalUrl}: the base URL from {@code site.yml} and the path,
 * without the query), which the layout uses for {@code <link rel="canonical">} and OpenGraph. Error pages get none;
 * a handler may replace it, e.g. when it shows a page under another address.
 */
@ControllerAdvice
class PageMetadataAdvice {

	private final SiteHolder site;

	PageMetadataAdvice(SiteHolder site) {
		this.site = site;
	}

	@ModelAttribute
	void addCanonicalUrl(HttpServletRequest request, Model model) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return;
		}
		model.addAttribute("canonicalUrl", this.site.current().config().baseUrl() + request.getRequestURI());
	}

}
