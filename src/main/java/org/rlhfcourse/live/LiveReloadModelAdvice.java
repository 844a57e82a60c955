package org.rlhfcourse.live;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.site.SiteHolder;

/**
 * With live reload on, tells the layout to load the reload script and to show the content
 * errors an author must fix: those of the last refused rebuild, else those the live site
 * was built with. Never active in production.
 */
@ControllerAdvice
@ConditionalOnBooleanProperty("site.live-reload.enabled")
class LiveReloadModelAdvice {

	private final SiteHolder site;

	LiveReloadModelAdvice(SiteHolder site) {
		this.site = site;
	}

	@ModelAttribute("liveReload")
	boolean liveReload() {
		return true;
	}

	@ModelAttribute("contentErrors")
	List<ContentProblem> contentErrors() {
		List<ContentProblem> rejected = this.site.rejectedProblems();
		List<ContentProblem> problems = rejected.isEmpty() ? this.site.current().problems() : rejected;
		return problems.stream().filter(ContentProblem::isError).toList();
	}

	/**
	 * Whether the page shown predates the errors (a rebuild was refused) rather than
	 * containing them.
	 */
	@ModelAttribute("contentErrorsRefused")
	boolean contentErrorsRefused() {
		return !this.site.rejectedProblems().isEmpty();
	}

}
