package org.rlhfcourse.course;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.rlhfcourse.content.Routes;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.seo.CourseStructuredData;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.web.SiteAddress;

/**
 * The course outline and its chapters.
 */
@Controller
class CourseController {

	static final String VIEW_OUTLINE = "course/outline";

	static final String VIEW_CHAPTER = "course/chapter";

	private final SiteHolder site;

	private final CourseStructuredData structuredData = new CourseStructuredData();

	CourseController(SiteHolder site) {
		this.site = site;
	}

	@GetMapping(Routes.COURSE)
	String showOutline(Model model, HttpServletRequest request) {
		SiteSnapshot snapshot = this.site.current();
		Map<String, Chapter> chapters = snapshot.chapters()
			.stream()
			.collect(Collectors.toMap(Chapter::slug, Function.identity()));
		model.addAttribute("outline", snapshot.outline());
		model.addAttribute("intro", snapshot.courseIntroHtml());
		model.addAttribute("chapters", chapters);
		if (snapshot.outline().groups().isEmpty()) {
			// A book without lectures (no course.yml): the outline is every chapter, then
			// every appendix.
			model.addAttribute("bookChapters", snapshot.chapters().stream().filter((c) -> !c.isAppendix()).toList());
			model.addAttribute("bookAppendices", snapshot.chapters().stream().filter(Chapter::isAppendix).toList());
		}
		model.addAttribute("jsonLd",
				this.structuredData.course(snapshot, SiteAddress.resolve(snapshot.config(), request)));
		return VIEW_OUTLINE;
	}

	@GetMapping(Routes.CHAPTER)
	String showChapter(@PathVariable String slug, Model model, HttpServletRequest request) {
		SiteSnapshot snapshot = this.site.current();
		SiteConfig site = SiteAddress.resolve(snapshot.config(), request);
		Chapter chapter = snapshot.chapter(slug).orElseThrow(() -> new ChapterNotFoundException(slug));
		model.addAttribute("chapter", chapter);
		model.addAttribute("previous", Neighbour.of(chapter.display().previousUrl(), snapshot.previous(chapter)));
		model.addAttribute("next", Neighbour.of(chapter.display().nextUrl(), snapshot.next(chapter)));
		model.addAttribute("lecture", snapshot.outline().lectureFor(slug).orElse(null));
		model.addAttribute("bibtex", ChapterCitation.bibtex(chapter, site));
		model.addAttribute("jsonLd", this.structuredData.chapter(chapter, site));
		model.addAttribute("ogType", "article");
		return VIEW_CHAPTER;
	}

}
