package org.rlhfcourse.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.content.Routes;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.render.deck.Deck;

/**
 * The checks only the whole site can make, run on a built snapshot: every internal link
 * leads to a page the snapshot serves (or to a deck in {@code decks/}), every chapter or
 * deck the outline, a chapter or a deck names exists, and every standalone page has an
 * address the site routes and nothing else claims. Stateless.
 */
final class SiteChecks {

	private static final String DECKS = "decks/";

	List<ContentProblem> check(Content content, SiteSnapshot snapshot, Map<String, String> sources) {
		List<ContentProblem> problems = new ArrayList<>();
		Set<String> decks = new HashSet<>();
		content.decks().forEach((deck) -> decks.add(Routes.deckSlug(deck)));
		checkDecks(content, decks, problems);
		Set<String> urls = new HashSet<>(snapshot.urls());
		decks.forEach((deck) -> urls.add(Routes.deck(deck)));
		for (Chapter chapter : snapshot.chapters()) {
			checkLinks(chapter.sourcePath(), chapter.html(), sources.get(chapter.sourcePath()), urls, problems);
		}
		for (Page page : snapshot.pages().values()) {
			checkRoute(page, problems);
			checkLinks(page.sourcePath(), page.html(), sources.get(page.sourcePath()), urls, problems);
		}
		checkLinks(ContentLoader.COURSE_FILE, snapshot.courseIntroHtml(), null, urls, problems);
		for (SiteConfig.NavItem item : snapshot.config().navigation()) {
			String target = (item.url() != null) ? item.url() : "";
			if (isBroken(target, urls)) {
				problems.add(ContentProblem.error(ContentLoader.SITE_FILE, 0,
						"navigation link '" + item.label() + "' points to " + target + ", which no page has"));
			}
		}
		return problems;
	}

	/**
	 * Every chapter the outline's lectures and appendices name exists, and so does every
	 * chapter a deck's {@code chapter:} names (checked before the snapshot is made, as
	 * these are reported with the files' own problems).
	 */
	static void checkReferences(CourseOutline outline, List<Chapter> chapters, List<Deck> decks,
			List<ContentProblem> problems) {
		List<String> slugs = chapters.stream().map(Chapter::slug).toList();
		for (CourseOutline.Lecture lecture : outline.lectures()) {
			if (lecture.chapter() != null && !slugs.contains(lecture.chapter())) {
				problems.add(ContentProblem.error(ContentLoader.COURSE_FILE, 0, "lecture " + lecture.number()
						+ " names chapter '" + lecture.chapter() + "', which does not exist in chapters/"));
			}
		}
		for (CourseOutline.Appendix appendix : outline.appendices()) {
			if (appendix.chapter() != null && !slugs.contains(appendix.chapter())) {
				problems.add(ContentProblem.error(ContentLoader.COURSE_FILE, 0, "appendix " + appendix.label()
						+ " names chapter '" + appendix.chapter() + "', which does not exist in chapters/"));
			}
		}
		for (Deck deck : decks) {
			if (!deck.chapter().isEmpty() && !slugs.contains(deck.chapter())) {
				problems.add(ContentProblem.error(deck.sourcePath(), 0,
						"chapter '" + deck.chapter() + "' does not exist in chapters/"));
			}
		}
	}

	private static void checkDecks(Content content, Set<String> decks, List<ContentProblem> problems) {
		for (Content.ChapterFile chapter : content.chapters()) {
			MarkdownFile file = chapter.file();
			String deck;
			try {
				deck = file.frontMatter().string("slides").orElse("");
			}
			catch (FrontMatter.InvalidFrontMatterException ex) {
				continue;
			}
			if (!deck.isEmpty() && !decks.contains(deck)) {
				problems.add(ContentProblem.error(file.path(), file.frontMatter().lineOf("slides"), "slides: '" + deck
						+ "' names a deck that does not exist; add " + DECKS + deck + ".md or fix the name"));
			}
		}
		for (CourseOutline.Lecture lecture : content.outline().lectures()) {
			if (lecture.deck() != null && !decks.contains(lecture.deck())) {
				problems.add(ContentProblem.error(ContentLoader.COURSE_FILE, 0, "lecture " + lecture.number()
						+ " names deck '" + lecture.deck() + "', which does not exist in " + DECKS));
			}
		}
	}

	private static void checkRoute(Page page, List<ContentProblem> problems) {
		String path = page.path();
		if (!Routes.isPagePath(path)) {
			problems.add(ContentProblem.error(page.sourcePath(), 0,
					"this page would be served at " + path
							+ ", which the site does not route; name pages with lowercase letters, digits and dashes, "
							+ "directly in pages/ (or pages/ja/ for Japanese)"));
		}
		else if (Routes.isReserved(path)) {
			problems.add(ContentProblem.error(page.sourcePath(), 0,
					"this page would be served at " + path + ", an address the site already uses; rename the file"));
		}
	}

	private static void checkLinks(String file, String html, String source, Set<String> urls,
			List<ContentProblem> problems) {
		int searchFrom = 0;
		for (Element link : Jsoup.parseBodyFragment(html).select("[href]")) {
			String target = link.attr("href");
			if (!isBroken(target, urls)) {
				continue;
			}
			int line = 0;
			int column = 0;
			if (source != null) {
				int at = source.indexOf("](" + target, searchFrom);
				at = (at >= 0) ? at + 2 : source.indexOf(target, searchFrom);
				if (at < 0) {
					at = source.indexOf(target);
				}
				if (at >= 0) {
					searchFrom = at + target.length();
					line = lineOf(source, at);
					column = at - source.lastIndexOf('\n', at - 1);
				}
			}
			problems.add(ContentProblem.error(file, line, column,
					"broken link: no chapter, deck or page is served at " + pathOf(target)));
		}
	}

	/** Whether {@code target}, a link on the site, is internal and leads nowhere. */
	private static boolean isBroken(String target, Set<String> urls) {
		if (!target.startsWith("/") || target.startsWith("//")) {
			return false;
		}
		String path = pathOf(target);
		if (Routes.isInFileFolder(path) || Routes.isFile(path)) {
			return false;
		}
		return !urls.contains(path);
	}

	private static String pathOf(String target) {
		String path = Routes.pathOf(target);
		return path.isEmpty() ? "/" : path;
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
