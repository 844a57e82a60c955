package org.rlhfcourse.slides;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.rlhfcourse.content.Routes;
import org.rlhfcourse.render.deck.Deck;
import org.rlhfcourse.render.deck.DeckStylesheet;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * The list of slide decks, the deck viewer and each deck's own stylesheet. A deck's
 * address is its file path under {@code decks/} without {@code .md}, so decks in
 * subfolders get nested addresses.
 */
@Controller
class DeckController {

	static final String VIEW_LIST = "slides/list";

	static final String VIEW_DECK = "slides/deck";

	private static final MediaType CSS = MediaType.valueOf("text/css;charset=UTF-8");

	private final SiteHolder site;

	DeckController(SiteHolder site) {
		this.site = site;
	}

	@GetMapping(Routes.SLIDES)
	String showDecks(Model model) {
		SiteSnapshot snapshot = this.site.current();
		model.addAttribute("decks", snapshot.decks());
		model.addAttribute("chapters",
				snapshot.chapters().stream().collect(Collectors.toMap(Chapter::slug, Function.identity())));
		return VIEW_LIST;
	}

	@GetMapping(Routes.DECK)
	String showDeck(HttpServletRequest request, Model model) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String slug = Routes.deckSlug(path).orElseThrow();
		SiteSnapshot snapshot = this.site.current();
		Deck deck = snapshot.deck(slug).orElseThrow(() -> new DeckNotFoundException(slug));
		model.addAttribute("deck", deck);
		model.addAttribute("chapter", snapshot.chapter(deck.chapter()).orElse(null));
		model.addAttribute("pageStylesheets", deck.stylesheet().isPresent()
				? List.of("/css/slides.css", deck.stylesheetUrl()) : List.of("/css/slides.css"));
		model.addAttribute("pageScripts", List.of("/js/slides.js"));
		return VIEW_DECK;
	}

	/**
	 * A deck's own stylesheet, at {@code /slides/<deck>/custom.<hash>.css}. The hash
	 * names the exact text, so the file is cached for good; an old hash after an edit is
	 * not found. ({@code **} may only open a pattern, so the {@code /slides/} prefix is
	 * checked here.)
	 */
	@GetMapping("/**/custom.{hash:[0-9a-f]+}.css")
	ResponseEntity<String> showStylesheet(HttpServletRequest request, @PathVariable String hash) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String slug = Routes.deckSlug(path.substring(0, path.lastIndexOf('/'))).orElse("");
		DeckStylesheet stylesheet = this.site.current()
			.deck(slug)
			.map(Deck::stylesheet)
			.filter((found) -> found.isPresent() && found.hash().equals(hash))
			.orElseThrow(() -> new DeckNotFoundException(path));
		return ResponseEntity.ok()
			.contentType(CSS)
			.cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.body(stylesheet.css());
	}

}
