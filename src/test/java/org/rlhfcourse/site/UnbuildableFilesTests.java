package org.rlhfcourse.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that crash a renderer, overflow its stack or render forever: each is one problem
 * on its first line, and the rest of the site builds. The stand-in for KaTeX throws on
 * {@code \boom} and never returns on {@code \slow}.
 */
@Timeout(120)
class UnbuildableFilesTests {

	@TempDir
	Path root;

	private final CountDownLatch never = new CountDownLatch(1);

	private final SiteBuilder builder = builder(Duration.ofSeconds(60));

	/** A builder whose files may each take {@code limit}. */
	private SiteBuilder builder(Duration limit) {
		return new SiteBuilder(new MarkdownRenderer((tex, display) -> {
			if (tex.contains("\\boom")) {
				throw new IllegalStateException("renderer state lost");
			}
			while (tex.contains("\\slow") && this.never.getCount() > 0) {
				Thread.onSpinWait();
			}
			return tex;
		}, CodeHighlighter.NONE), Clock.fixed(Snapshots.BUILT, ZoneOffset.UTC), "", limit);
	}

	@AfterEach
	void release() {
		this.never.countDown();
	}

	@Test
	void blockQuotesNestedTenThousandDeepAreOneErrorPerFile() throws IOException {
		goodChapter();
		String deep = "> ".repeat(10_000) + "deep\n";
		write("chapters/01-deep.md", "---\ntitle: Deep\n---\n" + deep);
		write("decks/deep.md", "---\ntitle: Deep\n---\n# Deep\n\n" + deep);
		SiteSnapshot snapshot = build();
		assertThat(snapshot.errors()).extracting(ContentProblem::file)
			.containsExactly("chapters/01-deep.md", "decks/deep.md");
		assertThat(snapshot.errors()).extracting(ContentProblem::toString)
			.allSatisfy((error) -> assertThat(error).contains("error: internal: nesting too deep to render"))
			.satisfiesExactly((chapter) -> assertThat(chapter).startsWith("chapters/01-deep.md:4:1: "),
					(deck) -> assertThat(deck).startsWith("decks/deep.md:6:1: "));
		assertThat(snapshot.chapter("deep")).get().extracting(Chapter::title).isEqualTo("Deep");
		assertThat(snapshot.chapter("good").orElseThrow().html()).contains("Fine.");
	}

	@Test
	void exceptionInOneChapterIsOneInternalErrorAndTheOthersBuild() throws IOException {
		goodChapter();
		write("chapters/01-broken.md", "---\ntitle: Broken\n---\nA formula $\\boom$ here.\n");
		SiteSnapshot snapshot = build();
		assertThat(snapshot.errors()).extracting(ContentProblem::toString)
			.containsExactly("chapters/01-broken.md:1:1: error: internal: renderer state lost");
		assertThat(snapshot.chapter("good").orElseThrow().html()).contains("Fine.");
	}

	@Test
	void fileRenderingPastTheLimitIsOneErrorAndTheOthersBuild() throws IOException {
		SiteBuilder limited = builder(Duration.ofSeconds(2));
		goodChapter();
		build(this.builder);
		build(limited);
		write("pages/slow.md", "---\ntitle: Slow\n---\nA formula $\\slow$ that never ends.\n");
		SiteSnapshot snapshot = build(limited);
		assertThat(snapshot.errors()).extracting(ContentProblem::toString)
			.containsExactly("pages/slow.md:1:1: error: render took longer than 2s of CPU time "
					+ "(site.render.file-timeout); simplify the file (very long lines, unclosed constructs) or split it");
		assertThat(snapshot.page("/slow")).get().extracting(Page::title).isEqualTo("Slow");
		assertThat(snapshot.chapter("good").orElseThrow().html()).contains("Fine.");
	}

	@Test
	void nestingTooDeepAfterOrdinaryTextIsReportedAtItsLine() throws IOException {
		goodChapter();
		write("chapters/01-deep.md",
				"---\ntitle: Deep\n---\n\nIntro text, [a link](/course/good).\n\n" + "> ".repeat(10_000) + "deep\n");
		SiteSnapshot snapshot = build();
		assertThat(snapshot.errors()).extracting(ContentProblem::toString)
			.containsExactly("chapters/01-deep.md:7:1: error: internal: nesting too deep to render (block quotes, "
					+ "lists or brackets inside each other); flatten it");
	}

	@Test
	void chapterGivenUpForTimeOnAReloadKeepsItsLastGoodOutputWithTheError() throws IOException {
		SiteBuilder limited = builder(Duration.ofMillis(300));
		goodChapter();
		write("chapters/01-slow.md", "---\ntitle: Slow\n---\nQuick so far: $x$.\n");
		SiteSnapshot first = build(limited);
		assertThat(first.errors()).isEmpty();
		write("chapters/01-slow.md", "---\ntitle: Slow, edited\n---\nNow $\\slow$.\n");
		SiteSnapshot second = build(limited);
		assertThat(second.errors()).extracting(ContentProblem::toString)
			.containsExactly("chapters/01-slow.md:1:1: error: render took longer than 300ms of CPU time "
					+ "(site.render.file-timeout); simplify the file (very long lines, unclosed constructs) or split it");
		Chapter slow = second.chapter("slow").orElseThrow();
		assertThat(slow.html()).as("the last good body, not an empty one").contains("Quick so far");
		assertThat(slow.title()).isEqualTo("Slow");
		assertThat(limited.keptFiles()).containsExactly("chapters/01-slow.md");
	}

	@Test
	void fileGivenUpForTimeWithoutAnEarlierBuildIsEmptyAndKeepsNothing() throws IOException {
		SiteBuilder limited = builder(Duration.ofMillis(300));
		goodChapter();
		write("chapters/01-slow.md", "---\ntitle: Slow\n---\nNow $\\slow$.\n");
		SiteSnapshot snapshot = build(limited);
		assertThat(snapshot.chapter("slow").orElseThrow().html()).isEmpty();
		assertThat(limited.keptFiles()).isEmpty();
	}

	@Test
	void reloadWhoseOnlyErrorIsAFileThatKeptItsOutputGoesLiveWithTheOtherEdits() throws IOException {
		SiteBuilder limited = builder(Duration.ofMillis(300));
		goodChapter();
		write("chapters/01-slow.md", "---\ntitle: Slow\n---\nQuick so far: $x$.\n");
		List<SiteBuilt> builds = new ArrayList<>();
		SiteHolder holder = new SiteHolder(new DirectoryContentSource(this.root), new ContentLoader(), limited,
				(event) -> builds.add((SiteBuilt) event));
		write("chapters/01-slow.md", "---\ntitle: Slow\n---\nNow $\\slow$.\n");
		write("chapters/02-good.md", "---\ntitle: Good\n---\nEdited while the other file was slow.\n");
		holder.reload();
		assertThat(builds).extracting(SiteBuilt::live).containsExactly(true, true);
		assertThat(holder.current().chapter("good").orElseThrow().html()).contains("Edited while");
		assertThat(holder.current().chapter("slow").orElseThrow().html()).contains("Quick so far");
		assertThat(holder.current().errors()).extracting(ContentProblem::file).containsExactly("chapters/01-slow.md");
		write("chapters/02-good.md", "---\ntitle: Good\n---\nA [broken link](/course/nowhere).\n");
		holder.reload();
		assertThat(builds).extracting(SiteBuilt::live)
			.as("any other error is refused as before")
			.containsExactly(true, true, false);
		assertThat(holder.current().chapter("good").orElseThrow().html()).contains("Edited while");
	}

	@Test
	void deckWithInlineCssAsCustomCssStillLetsTheSiteStart() throws IOException {
		goodChapter();
		write("decks/styled.md", """
				---
				title: Styled
				custom_css: |
				  .slide h2 { color: #c00; }
				  .slide p { font-size: 90%; }
				---
				# Styled
				""");
		SiteHolder holder = new SiteHolder(new DirectoryContentSource(this.root), new ContentLoader(), this.builder,
				(event) -> {
				});
		assertThat(holder.current().chapter("good")).isPresent();
		assertThat(holder.current().problems()).extracting(ContentProblem::file).doesNotContain("chapters/02-good.md");
	}

	private void goodChapter() throws IOException {
		write("chapters/02-good.md", "---\ntitle: Good\n---\nFine.\n");
	}

	private SiteSnapshot build() throws IOException {
		return build(this.builder);
	}

	private SiteSnapshot build(SiteBuilder builder) throws IOException {
		return builder.build(new ContentLoader().load(new DirectoryContentSource(this.root)));
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
