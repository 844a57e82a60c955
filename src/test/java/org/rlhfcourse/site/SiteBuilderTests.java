package org.rlhfcourse.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.math.MathException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building a snapshot from a content folder: the checks only the whole site can make, and
 * rebuilds that render only what changed. KaTeX is stood in for by a renderer that counts
 * its formulas.
 */
class SiteBuilderTests {

	@TempDir
	Path root;

	private final AtomicInteger formulas = new AtomicInteger();

	private final SiteBuilder builder = new SiteBuilder(new MarkdownRenderer((tex, display) -> {
		this.formulas.incrementAndGet();
		if (tex.contains("\\bad")) {
			throw new MathException("Undefined control sequence: \\bad");
		}
		return "<span class=\"katex\">" + tex + "</span>";
	}, CodeHighlighter.NONE), Clock.fixed(Snapshots.BUILT, ZoneOffset.UTC), "", SiteBuilder.DEFAULT_FILE_TIMEOUT);

	@Test
	void rebuildRendersOnlyTheChangedFile() throws IOException {
		smallSite();
		SiteSnapshot first = build();
		int renderedFirst = this.formulas.get();
		write("chapters/02-second.md", "---\ntitle: Second\n---\nNow $y$ and $z$.\n");
		SiteSnapshot second = build();
		assertThat(this.formulas.get() - renderedFirst).as("formulas typeset again").isEqualTo(2);
		assertThat(this.builder.cacheHits()).as("files taken from the cache").isEqualTo(2);
		assertThat(second.chapter("first").orElseThrow().html()).isSameAs(first.chapter("first").orElseThrow().html());
		assertThat(second.chapter("second").orElseThrow().html()).contains("<span class=\"katex\">z</span>");
	}

	@Test
	void editingAChapterReusesTheDecksAndEditingADeckBuildsThemAgain() throws IOException {
		smallSite();
		write("decks/intro.md", "---\ntitle: Intro\n---\n# Intro\n\nA slide with $d$.\n");
		SiteSnapshot first = build();
		int typeset = this.formulas.get();
		write("chapters/02-second.md", "---\ntitle: Second\n---\nBack to [the first](/course/first), edited.\n");
		SiteSnapshot second = build();
		assertThat(this.formulas.get()).as("no deck rendered again").isEqualTo(typeset);
		assertThat(second.deck("intro").orElseThrow()).isSameAs(first.deck("intro").orElseThrow());
		write("decks/intro.md", "---\ntitle: Intro\n---\n# Intro\n\nA slide with $e$.\n");
		SiteSnapshot third = build();
		assertThat(this.formulas.get()).as("the edited deck rendered again").isGreaterThan(typeset);
		assertThat(third.deck("intro").orElseThrow().slides().toString()).contains("<span class=\"katex\">e</span>");
	}

	@Test
	void changeInANonMarkdownFileRendersEverythingAgain() throws IOException {
		smallSite();
		SiteSnapshot first = build();
		write("chapters/references.bib", "@misc{b, title={B}}\n");
		SiteSnapshot second = build();
		assertThat(this.builder.cacheHits()).isZero();
		assertThat(second.chapter("first").orElseThrow().html())
			.isNotSameAs(first.chapter("first").orElseThrow().html())
			.isEqualTo(first.chapter("first").orElseThrow().html());
	}

	@Test
	void changeInFrontMatterAloneRendersTheFileAgain() throws IOException {
		smallSite();
		build();
		write("chapters/01-first.md", "---\ntitle: First, renamed\n---\nSee [the next](/course/second), $x$.\n");
		SiteSnapshot second = build();
		assertThat(second.chapter("first").orElseThrow().title()).isEqualTo("First, renamed");
		assertThat(this.builder.cacheHits()).isEqualTo(2);
	}

	@Test
	void problemsOfAnUnchangedFileAreReportedAgainOnRebuild() throws IOException {
		smallSite();
		write("chapters/02-second.md", "---\ntitle: Second\n---\n\nBroken $\\bad$ formula.\n");
		assertThat(build().errors()).extracting(ContentProblem::toString)
			.containsExactly("chapters/02-second.md:5:9: error: math: Undefined control sequence: \\bad");
		write("pages/about.md", "---\ntitle: About\n---\nText\n");
		SiteSnapshot second = build();
		assertThat(this.builder.cacheHits()).isEqualTo(3);
		assertThat(second.errors()).hasSize(1);
	}

	@Test
	void brokenInternalLinksAreErrorsAtTheirLine() throws IOException {
		smallSite();
		write("chapters/02-second.md", """
				---
				title: Second
				---

				Back to [the first](/course/first#intro) and [the outline](/course).
				Missing: [a chapter](/course/nope) and, on the next line,
				[a page](/nowhere?x=1). Files are not pages: [css](/css/site.css), [img](/assets/chapters/a.png).
				External: [site](https://example.org/course/nope).
				""");
		assertThat(build().errors()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/02-second.md:6:22: error: broken link: no chapter, deck or page is served at /course/nope",
					"chapters/02-second.md:7:10: error: broken link: no chapter, deck or page is served at /nowhere");
	}

	@Test
	void linksInRawHtmlAreCheckedHoweverTheirAttributesAreQuoted() throws IOException {
		smallSite();
		write("chapters/02-second.md", """
				---
				title: Second
				---

				<a href='/course/gone'>single quotes</a> and <a href=/course/away>none</a>.
				<span data-href="/not-a-link">not a link</span> <a href="/course/first">fine</a>.
				""");
		assertThat(build().errors()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/02-second.md:5:10: error: broken link: no chapter, deck or page is served at /course/gone",
					"chapters/02-second.md:5:54: error: broken link: no chapter, deck or page is served at /course/away");
	}

	@Test
	void linksToExistingDecksResolveAndMissingDecksAreErrors() throws IOException {
		smallSite();
		write("decks/first.md", "---\ntitle: First deck\n---\n# Slide\n");
		write("chapters/01-first.md", "---\ntitle: First\nslides: first\n---\nSee [the slides](/slides/first).\n");
		write("chapters/02-second.md",
				"---\ntitle: Second\nlecture: 2\nslides: second\n---\nSee [its slides](/slides/second).\n");
		assertThat(build().errors()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/02-second.md:4:1: error: slides: 'second' names a deck that does not exist; add decks/second.md or fix the name",
					"chapters/02-second.md:6:18: error: broken link: no chapter, deck or page is served at /slides/second");
	}

	@Test
	void lectureVideosAreReadAndMalformedOnesReportedAtTheKey() throws IOException {
		smallSite();
		write("chapters/01-first.md", "---\ntitle: First\npage-title: First, in full\nlectures:\n"
				+ "  - {label: Video, video: \"https://example.org/v\"}\n  - {label: No address}\n---\nText.\n");
		SiteSnapshot site = build();
		Chapter first = site.chapter("first").orElseThrow();
		assertThat(first.pageTitle()).isEqualTo("First, in full");
		assertThat(first.display().lectures())
			.containsExactly(new Chapter.LectureVideo("Video", "https://example.org/v"));
		assertThat(site.errors()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/01-first.md:4:1: error: each entry of 'lectures' needs a 'label' and a 'video' address (http(s):// or /…)");
	}

	@Test
	void lectureNamingAMissingDeckIsAnError() throws IOException {
		smallSite();
		write("course.yml", "groups:\n  - title: Core\n    lectures:\n      - number: 1\n        title: One\n"
				+ "        chapter: first\n        deck: first\n");
		assertThat(build().errors()).extracting(ContentProblem::toString)
			.containsExactly("course.yml:1:1: error: lecture 1 names deck 'first', which does not exist in decks/");
	}

	@Test
	void pagesTheSiteCannotRouteOrThatClashAreErrors() throws IOException {
		smallSite();
		write("pages/course.md", "---\ntitle: Shadowed\n---\nText\n");
		write("pages/notes/deep.md", "---\ntitle: Too deep\n---\nText\n");
		write("pages/About.md", "---\ntitle: Capital\n---\nText\n");
		SiteSnapshot site = build();
		assertThat(site.errors()).extracting(ContentProblem::file)
			.containsExactly("pages/About.md", "pages/course.md", "pages/notes/deep.md");
		assertThat(site.errors()).allSatisfy((error) -> assertThat(error.message()).startsWith("this page would be"));
	}

	@Test
	void brokenNavigationLinkIsAnError() throws IOException {
		smallSite();
		write("site.yml", "title: Test\nnavigation:\n  - label: Course\n    url: /course\n"
				+ "  - label: Blog\n    url: /blog\n  - label: Elsewhere\n    url: https://example.org/\n");
		assertThat(build().errors()).extracting(ContentProblem::toString)
			.containsExactly("site.yml:1:1: error: navigation link 'Blog' points to /blog, which no page has");
	}

	@Test
	void urlsListEveryPageInCourseOrder() throws IOException {
		smallSite();
		write("pages/about.md", "---\ntitle: About\n---\nText\n");
		write("pages/ja/about.md", "---\ntitle: About\nlang: ja\n---\nText\n");
		assertThat(build().urls()).containsExactly("/", "/course", "/course/first", "/course/second", "/slides",
				"/about", "/ja/about");
	}

	@Test
	void baseUrlOverridesSiteFile() throws IOException {
		smallSite();
		SiteBuilder exporting = new SiteBuilder(new MarkdownRenderer((tex, display) -> tex, CodeHighlighter.NONE),
				Clock.systemUTC(), "https://course.example.org", SiteBuilder.DEFAULT_FILE_TIMEOUT);
		SiteSnapshot site = exporting.build(new ContentLoader().load(new DirectoryContentSource(this.root)));
		assertThat(site.config().baseUrl()).isEqualTo("https://course.example.org");
		assertThat(build().config().baseUrl()).isEqualTo("https://example.org");
	}

	/**
	 * One bad file of each kind beside two good chapters: exactly one error naming the
	 * file (and the line where there is one), and the good chapters still build.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void badFileGivesOneClearErrorAndTheRestStillBuilds(String kind, BadFile bad, String expected) throws IOException {
		smallSite();
		bad.writeInto(this.root);
		SiteSnapshot site = build();
		assertThat(site.errors()).extracting(ContentProblem::toString).singleElement().asString().startsWith(expected);
		assertThat(site.chapters()).extracting(Chapter::slug).contains("first", "second");
		assertThat(site.chapter("first").orElseThrow().html()).contains("<span class=\"katex\">x</span>");
	}

	static Stream<Arguments> badFiles() {
		return Stream.of(
				Arguments.of("malformed YAML front matter",
						(BadFile) (root) -> write(root, "chapters/03-bad.md",
								"---\ntitle: Bad\nlecture: [3\n---\nText\n"),
						"chapters/03-bad.md:3:12: error: front matter is not valid YAML: "),
				Arguments.of("malformed site.yml",
						(BadFile) (root) -> write(root, "site.yml", "title: Site\nnavigation:\n  - label: [oops\n"),
						"site.yml:3:1: error: not valid: "),
				Arguments.of("not UTF-8",
						(BadFile) (root) -> Files.write(root.resolve("chapters/03-latin1.md"),
								"---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1)),
						"chapters/03-latin1.md:1:1: error: file is not valid UTF-8; save it as UTF-8"),
				Arguments.of("empty file", (BadFile) (root) -> write(root, "chapters/03-empty.md", ""),
						"chapters/03-empty.md:1:1: error: file is empty"),
				Arguments.of("huge file",
						(BadFile) (root) -> write(root, "chapters/03-huge.md",
								"---\ntitle: Huge\n---\n" + "word ".repeat(2 * 1024 * 1024)),
						"chapters/03-huge.md:1:1: error: file is larger than 8 MiB"),
				Arguments.of("link out of the content folder", (BadFile) (root) -> {
					Path outside = Files.createTempFile("outside", ".md");
					outside.toFile().deleteOnExit();
					Files.writeString(outside, "---\ntitle: Secret\n---\n");
					Files.createSymbolicLink(root.resolve("chapters/03-secret.md"), outside);
				}, "chapters/03-secret.md:1:1: error: link points outside the content folder"),
				Arguments.of("two chapters with the same slug",
						(BadFile) (root) -> write(root, "chapters/03-first.md", "---\ntitle: Again\n---\nText\n"),
						"chapters/03-first.md:1:1: error: chapter slug 'first' is already used by chapters/01-first.md"));
	}

	/** Writes one bad file into a content folder. */
	@FunctionalInterface
	interface BadFile {

		void writeInto(Path root) throws IOException;

	}

	private void smallSite() throws IOException {
		write("site.yml", "title: Test\nbase-url: https://example.org\n");
		write("chapters/references.bib", "@misc{a, title={A}}\n");
		write("chapters/01-first.md", "---\ntitle: First\n---\nSee [the next](/course/second), $x$.\n");
		write("chapters/02-second.md", "---\ntitle: Second\n---\nBack to [the first](/course/first), $y$.\n");
	}

	private SiteSnapshot build() throws IOException {
		return this.builder.build(new ContentLoader().load(new DirectoryContentSource(this.root)));
	}

	private void write(String path, String text) throws IOException {
		write(this.root, path, text);
	}

	private static void write(Path root, String path, String text) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
