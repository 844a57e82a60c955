package org.rlhfcourse.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chapter's title as a pandoc book gives it: {@code title}, else {@code page-title},
 * else the first {@code # } heading, shown once on the page.
 */
class ChapterTitleTests {

	@TempDir
	Path root;

	private final SiteBuilder builder = new SiteBuilder(
			new MarkdownRenderer((tex, display) -> "<span class=\"katex\">" + tex + "</span>", CodeHighlighter.NONE),
			Clock.fixed(Snapshots.BUILT, ZoneOffset.UTC), "", SiteBuilder.DEFAULT_FILE_TIMEOUT);

	@Test
	void firstHeadingIsTheTitleWhenThereIsNoFrontMatterAndLeavesTheBody() throws IOException {
		write("chapters/01-introduction.md", "# Introduction {#sec:intro}\n\nText with [a gap](/course/gone).\n");
		SiteSnapshot site = build();
		Chapter chapter = site.chapter("introduction").orElseThrow();
		assertThat(chapter.title()).isEqualTo("Introduction");
		assertThat(chapter.html()).doesNotContain("<h1").contains("<p>Text with");
		assertThat(chapter.markdown()).doesNotContain("# Introduction");
		assertThat(site.errors()).extracting(ContentProblem::toString)
			.as("lines keep their numbers")
			.containsExactly("chapters/01-introduction.md:3:19: error: broken link: no chapter, deck or page is "
					+ "served at /course/gone");
	}

	@Test
	void pageTitleIsTheTitleAndTheSameHeadingIsShownOnce() throws IOException {
		write("chapters/01-introduction.md",
				"---\npage-title: Introduction\nnext-url: /course/next\n---\n\n# Introduction\n\nText.\n");
		Chapter chapter = build().chapter("introduction").orElseThrow();
		assertThat(chapter.title()).isEqualTo("Introduction");
		assertThat(chapter.html()).doesNotContain("<h1");
	}

	@Test
	void titleInFrontMatterWinsAndADifferentHeadingStaysInTheText() throws IOException {
		write("chapters/01-dpo.md", "---\ntitle: Direct Preference Optimization\n---\n\n# A derivation\n\nText.\n");
		write("chapters/02-same.md", "---\ntitle: Same  Title\n---\n\n# Same Title\n\nText.\n");
		SiteSnapshot site = build();
		assertThat(site.chapter("dpo").orElseThrow().title()).isEqualTo("Direct Preference Optimization");
		assertThat(site.chapter("dpo").orElseThrow().html()).contains("<h1 id=\"a-derivation\">")
			.contains("A derivation</h1>");
		assertThat(site.chapter("same").orElseThrow().html()).doesNotContain("<h1");
	}

	@Test
	void headingInACodeBlockIsNoTitleAndNoTitleAtAllIsAnErrorAtLineOne() throws IOException {
		write("chapters/01-shell.md", "Some text.\n\n```bash\n# install it\npip install x\n```\n");
		SiteSnapshot site = build();
		assertThat(site.errors()).extracting(ContentProblem::toString)
			.containsExactly("chapters/01-shell.md:1:1: error: chapter has no title: add 'title' to the front matter "
					+ "or start the text with a '# Title' heading");
		assertThat(site.chapter("shell").orElseThrow().html()).contains("# install it");
	}

	@Test
	void malformedFrontMatterGivesOnlyItsOwnError() throws IOException {
		write("chapters/01-bad.md", "---\ndescription: [\n---\n\nText.\n");
		assertThat(build().errors()).extracting(ContentProblem::message)
			.singleElement()
			.asString()
			.startsWith("front matter is not valid YAML");
	}

	private SiteSnapshot build() throws IOException {
		write("site.yml", "title: Book\n");
		return this.builder.build(new ContentLoader().load(new DirectoryContentSource(this.root)));
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
