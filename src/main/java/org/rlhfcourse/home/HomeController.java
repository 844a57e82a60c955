package org.rlhfcourse.home;

import java.util.Comparator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.rlhfcourse.content.Routes;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * The landing page: what the site offers, with the way into the course first.
 */
@Controller
class HomeController {

	static final String VIEW_HOME = "home";

	private final SiteHolder site;

	HomeController(SiteHolder site) {
		this.site = site;
	}

	@GetMapping(Routes.HOME)
	String showHome(Model model) {
		SiteSnapshot snapshot = this.site.current();
		model.addAttribute("chapters", snapshot.chapters());
		model.addAttribute("outline", snapshot.outline());
		model.addAttribute("taughtLectures",
				snapshot.outline().lectures().stream().filter((lecture) -> lecture.chapter() != null).count());
		model.addAttribute("latest",
				snapshot.chapters()
					.stream()
					.filter((chapter) -> chapter.lecture() > 0)
					.max(Comparator.comparing(Chapter::lastModified).thenComparingInt(Chapter::number))
					.orElse(null));
		model.addAttribute("decks", snapshot.decks());
		model.addAttribute("profile", snapshot.page("/profile").orElse(null));
		model.addAttribute("essay", snapshot.page("/essay").orElse(null));
		return VIEW_HOME;
	}

}
