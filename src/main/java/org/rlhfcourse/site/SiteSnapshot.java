package org.rlhfcourse.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rlhfcourse.content.Routes;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.deck.Deck;

/**
 * The whole site rendered at one moment. Immutable: requests only look things up in it,
 * and a reload builds a new one and swaps it in, so a reader never sees a half-built
 * site.
 *
 * @param config site settings
 * @param outline the course outline
 * @param courseIntroHtml the outline's introduction, rendered
 * @param chapters chapters in course order
 * @param pages standalone pages by URL path
 * @param assets non-Markdown content files by content path
 * @param problems everything wrong with the content this snapshot was built from
 * @param builtAt when it was built
 * @param decks slide decks ordered by address
 */
public record SiteSnapshot(SiteConfig config, CourseOutline outline, String courseIntroHtml, List<Chapter> chapters,
		Map<String, Page> pages, Map<String, SourceFile> assets, List<ContentProblem> problems, Instant builtAt,
		List<Deck> decks) {

	public SiteSnapshot {
		chapters = List.copyOf(chapters);
		decks = List.copyOf(decks);
		pages = Map.copyOf(pages);
		assets = Map.copyOf(assets);
		problems = List.copyOf(problems);
	}

	public Optional<Deck> deck(String slug) {
		return this.decks.stream().filter((deck) -> deck.slug().equals(slug)).findFirst();
	}

	public Optional<Chapter> chapter(String slug) {
		return this.chapters.stream().filter((chapter) -> chapter.slug().equals(slug)).findFirst();
	}

	public Optional<Chapter> previous(Chapter chapter) {
		int index = this.chapters.indexOf(chapter);
		return (index > 0) ? Optional.of(this.chapters.get(index - 1)) : Optional.empty();
	}

	public Optional<Chapter> next(Chapter chapter) {
		int index = this.chapters.indexOf(chapter);
		return (index >= 0 && index + 1 < this.chapters.size()) ? Optional.of(this.chapters.get(index + 1))
				: Optional.empty();
	}

	public Optional<Page> page(String path) {
		return Optional.ofNullable(this.pages.get(path));
	}

	/**
	 * Every page address the site serves, in a stable order: home, the outline, chapters
	 * in course order, then standalone pages by path. Export writes exactly these, and
	 * link checks resolve against them.
	 */
	public List<String> urls() {
		List<String> urls = new ArrayList<>();
		urls.add(Routes.HOME);
		urls.add(Routes.COURSE);
		this.chapters.forEach((chapter) -> urls.add(chapter.url()));
		urls.add(Routes.SLIDES);
		this.decks.forEach((deck) -> urls.add(deck.url()));
		this.pages.keySet().stream().sorted().forEach(urls::add);
		return urls;
	}

	/** A copy with {@code more} problems added, kept in reading order. */
	SiteSnapshot withProblems(List<ContentProblem> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<ContentProblem> all = new ArrayList<>(this.problems);
		all.addAll(more);
		all.sort(ContentProblem.ORDER);
		return new SiteSnapshot(this.config, this.outline, this.courseIntroHtml, this.chapters, this.pages, this.assets,
				all, this.builtAt, this.decks);
	}

	public List<ContentProblem> errors() {
		return this.problems.stream().filter(ContentProblem::isError).toList();
	}

}
