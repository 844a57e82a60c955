package org.rlhfcourse.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.render.math.KatexAssets;
import org.rlhfcourse.site.SiteHolder;

/**
 * Puts what the shared layout needs into every model, error pages included.
 */
@ControllerAdvice
class SiteModelAdvice {

	private final SiteHolder site;

	private final String katexCss = KatexAssets.webPath("dist/katex.min.css");

	private final String katexFonts = KatexAssets.webPath("dist/fonts/");

	SiteModelAdvice(SiteHolder site) {
		this.site = site;
	}

	@ModelAttribute("site")
	SiteConfig site() {
		return this.site.current().config();
	}

	@ModelAttribute("katexCss")
	String katexCss() {
		return this.katexCss;
	}

	@ModelAttribute("katexFonts")
	String katexFonts() {
		return this.katexFonts;
	}

}
