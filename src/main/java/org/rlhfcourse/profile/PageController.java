package org.rlhfcourse.profile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.rlhfcourse.site.Page;
import org.rlhfcourse.site.SiteHolder;

/**
 * Standalone pages from {@code content/pages/}: the author's profile, the essay and its Japanese version, and any
 * page a maintainer adds. The page's {@code layout} picks the template.
 */
@Controller
class PageController {

	private final SiteHolder site;

	PageController(SiteHolder site) {
		this.site = site;
	}

	@GetMapping("/{name:[a-z0-9][a-z0-9-]*}")
	String showPage(@PathVariable String name, Model model) {
		return show("/" + name, model);
	}

	@GetMapping("/ja/{name:[a-z0-9][a-z0-9-]*}")
	String showJapanesePage(@PathVariable String name, Model model) {
		return show("/ja/" + name, model);
	}

	private String show(String path, Model model) {
		Page page = this.site.current().page(path).orElseThrow(() -> new PageNotFoundException(path));
		model.addAttribute("page", page);
		return switch (page.layout()) {
			case "profile" -> "profile/profile";
			case "essay" -> "profile/essay";
			default -> "profile/page";
		};
	}

}
