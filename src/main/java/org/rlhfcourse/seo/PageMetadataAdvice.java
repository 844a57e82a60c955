package org.rlhfcourse.seo;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.UrlPathHelper;

import org.rlhfcourse.site.SiteHolder;

/**
 * Gives every page its canonical address ({@code canonicalUrl}: the base URL from {@code site.yml} and the path,
 * without the query), which the layout uses for {@code <link rel="canonical">} and OpenGraph. Error pages get none;
 * a handler may replace it, e.g. when it shows a page under another address.
 */
@ControllerAdvice
class PageMetadataAdvice {

	private final SiteHolder site;

	/** Decodes the path and drops {@code ;parameters}: one page, one canonical address, however it is spelled. */
	private final UrlPathHelper paths = new UrlPathHelper();

	PageMetadataAdvice(SiteHolder site) {
		this.site = site;
	}

	@ModelAttribute
	void addCanonicalUrl(HttpServletRequest request, Model model) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return;
		}
		String path = this.paths.getPathWithinApplication(request);
		model.addAttribute("canonicalUrl",
				this.site.current().config().baseUrl() + UriUtils.encodePath(path, StandardCharsets.UTF_8));
	}

}
