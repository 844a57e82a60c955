package org.rlhfcourse.profile;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

import org.rlhfcourse.content.Routes;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Page;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.web.SiteAddress;

/**
 * Standalone pages from {@code content/pages/}: the author's profile, the essay and its
 * Japanese version, and any page a maintainer adds. The page's {@code layout} picks the
 * template.
 */
@Controller
class PageController {

	private final SiteHolder site;

	private final StructuredData structuredData = new StructuredData();

	PageController(SiteHolder site) {
		this.site = site;
	}

	@GetMapping(Routes.PAGE)
	String showPage(@PathVariable String name, Model model, HttpServletRequest request) {
		model.addAttribute("fallback", false);
		return show("/" + name, model, request);
	}

	/**
	 * A Japanese page, or the English one marked as such when no translation exists yet.
	 */
	@GetMapping(Routes.JA_PAGE)
	String showJapanesePage(@PathVariable String name, Model model, HttpServletRequest request) {
		boolean translated = this.site.current().page("/ja/" + name).isPresent();
		model.addAttribute("fallback", !translated);
		return show(translated ? "/ja/" + name : "/" + name, model, request);
	}

	private String show(String path, Model model, HttpServletRequest request) {
		SiteSnapshot snapshot = this.site.current();
		SiteConfig site = SiteAddress.resolve(snapshot.config(), request);
		Page page = snapshot.page(path).orElseThrow(() -> new PageNotFoundException(path));
		model.addAttribute("page", page);
		model.addAttribute("jsonLd", this.structuredData.of(page, site));
		Page translation = page.translation().isEmpty() ? null : snapshot.page(page.translation()).orElse(null);
		model.addAttribute("translation", translation);
		model.addAttribute("canonicalUrl", site.baseUrl() + page.path());
		if (page.layout().equals("essay")) {
			model.addAttribute("ogType", "article");
		}
		if (translation != null) {
			String base = site.baseUrl();
			model.addAttribute("alternates", List.of(new Alternate(page.lang(), base + page.path()),
					new Alternate(translation.lang(), base + translation.path())));
		}
		return switch (page.layout()) {
			case "profile" -> "profile/profile";
			case "essay" -> "profile/essay";
			default -> "profile/page";
		};
	}

	/**
	 * A language version of the page, for {@code hreflang} links.
	 *
	 * @param lang the language tag
	 * @param url the absolute address of that version
	 */
	record Alternate(String lang, String url) {

	}

}
