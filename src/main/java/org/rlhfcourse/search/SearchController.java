package org.rlhfcourse.search;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Site search: a plain GET form that works without JavaScript ({@code /search?q=}, and
 * {@code /ja/search?q=} for the same results with the page in Japanese, as every
 * {@code /ja/} address is), and a small JSON answer for results as you type
 * ({@code /search.json?q=}). Any input gets an answer page; only an input over 1 kB is
 * refused, with 400.
 */
@Controller
class SearchController {

	static final String VIEW_RESULTS = "search/results";

	/** Hits shown while typing. */
	static final int LIVE_LIMIT = 8;

	/** Hits on one page of results; the pages after it are linked. */
	static final int PAGE_SIZE = 20;

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping({ "/search", "/ja/search" })
	String showResults(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) String page, Model model, HttpServletResponse response) {
		int number = pageNumber(page);
		SearchResults results = this.search.search(query, (number - 1) * PAGE_SIZE, PAGE_SIZE);
		if (results.outcome() == SearchResults.Outcome.TOO_LONG) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("results", results);
		model.addAttribute("shownQuery", (results.outcome() == SearchResults.Outcome.TOO_LONG) ? "" : results.query());
		model.addAttribute("noindex", true);
		model.addAttribute("resultPage", (results.offset() / PAGE_SIZE) + 1);
		model.addAttribute("resultPages", Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return VIEW_RESULTS;
	}

	/**
	 * The search page of a copy of the site without its server ({@code export} writes it
	 * as {@code search/index.html}): the same page, searching in the browser from the
	 * exported index, and saying so to readers without JavaScript.
	 */
	@GetMapping({ StaticSearchIndex.PAGE, "/ja" + StaticSearchIndex.PAGE })
	String showStaticResults(Model model) {
		model.addAttribute("results", new SearchResults("", SearchResults.Outcome.EMPTY, List.of()));
		model.addAttribute("shownQuery", "");
		model.addAttribute("noindex", true);
		model.addAttribute("staticSearch", true);
		model.addAttribute("resultPage", 1);
		model.addAttribute("resultPages", 1);
		return VIEW_RESULTS;
	}

	/**
	 * The page asked for, counting from 1; anything that is not a page number within
	 * reach means the first page, as a reader who edits the address would expect.
	 */
	static int pageNumber(String page) {
		if (page == null || !page.matches("[0-9]{1,4}")) {
			return 1;
		}
		return Math.clamp(Integer.parseInt(page), 1, SiteSearch.MAX_OFFSET / PAGE_SIZE + 1);
	}

	@GetMapping(path = "/search.json", produces = "application/json")
	@ResponseBody
	ResponseEntity<LiveResults> liveResults(@RequestParam(name = "q", required = false) String query) {
		SearchResults results = this.search.search(query, LIVE_LIMIT);
		HttpStatus status = (results.outcome() == SearchResults.Outcome.TOO_LONG) ? HttpStatus.BAD_REQUEST
				: HttpStatus.OK;
		String shown = (status == HttpStatus.OK) ? results.query() : "";
		return ResponseEntity.status(status)
			.body(new LiveResults(shown, results.outcome().name().toLowerCase(java.util.Locale.ROOT), results.total(),
					results.hits()));
	}

	/**
	 * The JSON answer for results as you type.
	 *
	 * @param query the input as searched
	 * @param outcome {@code searched}, {@code empty}, {@code too_long},
	 * {@code nothing_to_search} or {@code too_complex}
	 * @param total how many hits there are in all; the results page lists them
	 * @param results the hits: title, url, snippet (escaped HTML with {@code <mark>}),
	 * kind
	 */
	record LiveResults(String query, String outcome, int total, List<SearchHit> results) {

	}

}
