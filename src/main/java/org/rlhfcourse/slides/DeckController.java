package org.rlhfcourse.slides;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * The list of slide decks and the deck viewer. A deck's address is its file path under {@code decks/} without
 * {@code .md}, so decks in subfolders get nested addresses.
 */
@Controller
class DeckController {

	static final String VIEW_LIST = "slides/list";

	static final String VIEW_DECK = "slides/deck";

	private static final String PREFIX = "/slides/";

	private final SiteHolder site;

	DeckController(SiteHolder site) {
		this.site = site;
	}

	@GetMapping("/slides")
	String showDecks(Model model) {
		SiteSnapshot snapshot = this.site.current();
		model.addAttribute("decks", snapshot.decks());
		model.addAttribute("chapters",
				snapshot.chapters().stream().collect(Collectors.toMap(Chapter::slug, Function.identity())));
		return VIEW_LIST;
	}

	@GetMapping("/slides/**")
	String showDeck(HttpServletRequest request, Model model) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String slug = path.substring(PREFIX.length());
		SiteSnapshot snapshot = this.site.current();
		Deck deck = snapshot.deck(slug).orElseThrow(() -> new DeckNotFoundException(slug));
		model.addAttribute("deck", deck);
		model.addAttribute("chapter", snapshot.chapter(deck.chapter()).orElse(null));
		model.addAttribute("pageStylesheets", deck.customCssPath().isEmpty() ? List.of("/css/slides.css")
				: List.of("/css/slides.css", "/assets/" + deck.customCssPath()));
		model.addAttribute("pageScripts", List.of("/js/slides.js"));
		return VIEW_DECK;
	}

}
