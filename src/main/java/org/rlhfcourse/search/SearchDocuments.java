package org.rlhfcourse.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.Page;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.render.deck.Deck;
import org.rlhfcourse.render.deck.Slide;

/**
 * Cuts a snapshot into {@link SearchDocument}s in book order: chapters in course order,
 * each section by section, then the slide decks slide by slide, then the standalone pages
 * (English before their translations).
 */
final class SearchDocuments {

	private static final int PER_PAGE = 1000;

	private SearchDocuments() {
	}

	static List<SearchDocument> of(SiteSnapshot snapshot) {
		List<SearchDocument> documents = new ArrayList<>();
		int page = 0;
		for (Chapter chapter : snapshot.chapters()) {
			add(documents, chapter.isAppendix() ? "appendix" : "chapter", chapter.url(), chapter.listTitle(),
					chapter.description(), chapter.html(), "en", ++page * PER_PAGE);
		}
		for (Deck deck : snapshot.decks()) {
			addDeck(documents, deck, ++page * PER_PAGE);
		}
		List<Page> pages = snapshot.pages()
			.values()
			.stream()
			.sorted(Comparator.comparing((Page each) -> !each.lang().equals("en")).thenComparing(Page::path))
			.toList();
		for (Page each : pages) {
			add(documents, "page", each.path(), each.title(), each.description(), each.html(), each.lang(),
					++page * PER_PAGE);
		}
		return documents;
	}

	/**
	 * One document per authored slide, linking to {@code /slides/slug#N}; the first
	 * carries the deck's title.
	 */
	private static void addDeck(List<SearchDocument> documents, Deck deck, int order) {
		for (Slide slide : deck.slides()) {
			if (slide.references() || slide.number() >= PER_PAGE) {
				continue;
			}
			String url = deck.url() + "#" + slide.number();
			String text = HtmlText.text(slide.html());
			String heading = slide.title().isEmpty() ? "Slide " + slide.number() : slide.title();
			documents.add(new SearchDocument("deck", url, deck.title(), (slide.number() == 1) ? "" : heading, text,
					"en", order + slide.number()));
		}
	}

	private static void add(List<SearchDocument> documents, String kind, String url, String title, String description,
			String html, String lang, int order) {
		List<HtmlText.Section> sections = HtmlText.sections(html);
		for (int i = 0; i < sections.size() && i < PER_PAGE; i++) {
			HtmlText.Section section = sections.get(i);
			if (i == 0) {
				String opening = (description + " " + section.text()).strip();
				documents.add(new SearchDocument(kind, url, title, "", opening, lang, order));
			}
			else if (!section.id().isEmpty()) {
				String heading = section.heading().isEmpty() ? section.id() : section.heading();
				documents.add(new SearchDocument(kind, url + "#" + section.id(), title, heading, section.text(), lang,
						order + i));
			}
		}
	}

}
