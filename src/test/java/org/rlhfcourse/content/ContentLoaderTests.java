package org.rlhfcourse.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLoaderTests {

	@TempDir
	Path root;

	private final ContentLoader loader = new ContentLoader();

	@Test
	void chaptersAreOrderedByNumberAndNamedBySlug() throws IOException {
		write("site.yml", "title: Test site\nbase-url: https://example.org/\n");
		write("chapters/10-later.md", "---\ntitle: Later\n---\nText\n");
		write("chapters/02-earlier.md", "---\ntitle: Earlier\n---\nText\n");
		write("chapters/refs.bib", "@misc{a, title={A}}\n");
		Content content = this.loader.load(new DirectoryContentSource(this.root));
		assertThat(content.chapters()).extracting(Content.ChapterFile::slug).containsExactly("earlier", "later");
		assertThat(content.site().title()).isEqualTo("Test site");
		assertThat(content.site().baseUrl()).isEqualTo("https://example.org");
		assertThat(content.asset("chapters/refs.bib")).isPresent();
		assertThat(content.problems()).isEmpty();
	}

	@Test
	void appendicesFollowTheChaptersLetteredInTheOrderOfTheirNames() throws IOException {
		write("site.yml", "title: Book\n");
		write("chapters/appendix-b-notation.md", "# Notation\n");
		write("chapters/02-dpo.md", "# DPO\n");
		write("chapters/appendix-a-definitions.md", "# Definitions\n");
		write("chapters/01-introduction.md", "# Introduction\n");
		Content content = this.loader.load(new DirectoryContentSource(this.root));
		assertThat(content.problems()).isEmpty();
		assertThat(content.chapters())
			.extracting(Content.ChapterFile::slug, Content.ChapterFile::appendix, Content.ChapterFile::number)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("introduction", "", 1),
					org.assertj.core.groups.Tuple.tuple("dpo", "", 2),
					org.assertj.core.groups.Tuple.tuple("definitions", "A", 1),
					org.assertj.core.groups.Tuple.tuple("notation", "B", 2));
	}

	@Test
	void numberedAppendicesAreLetteredByNumberAndShareTheChapterSlugs() throws IOException {
		write("site.yml", "title: Book\n");
		write("chapters/01-glossary.md", "# Glossary\n");
		write("chapters/appendix-10-proofs.md", "# Proofs\n");
		write("chapters/appendix-00-setup.md", "# Setup\n");
		write("chapters/appendix-02-glossary.md", "# Glossary again\n");
		Content content = this.loader.load(new DirectoryContentSource(this.root));
		assertThat(content.chapters()).extracting(Content.ChapterFile::slug, Content.ChapterFile::appendix)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("glossary", ""),
					org.assertj.core.groups.Tuple.tuple("setup", "A"),
					org.assertj.core.groups.Tuple.tuple("proofs", "B"));
		assertThat(content.problems()).extracting(ContentProblem::toString)
			.containsExactly("chapters/appendix-02-glossary.md:1:1: error: chapter slug 'glossary' is already used by "
					+ "chapters/01-glossary.md; rename one of them");
	}

	@Test
	void badFilesAreReportedAndTheRestStillLoads() throws IOException {
		write("site.yml", "title: Site\n");
		write("chapters/01-good.md", "---\ntitle: Good\n---\nText\n");
		write("chapters/02-good.md", "---\ntitle: Same slug\n---\nText\n");
		write("chapters/03-empty.md", "  \n");
		Files.write(this.root.resolve("chapters/04-latin1.md"), new byte[] { '#', ' ', (byte) 0xE9, '\n' });
		write("chapters/Notes.md", "---\ntitle: Misnamed\n---\n");
		write("chapters/05-huge.md", "---\ntitle: Huge\n---\n" + "x".repeat(9 * 1024 * 1024));
		write("chapters/06-yaml.md", "---\ntitle: Bad\ndescription: [unclosed\n---\nText\n");
		Content content = this.loader.load(new DirectoryContentSource(this.root));
		assertThat(content.chapters()).extracting(Content.ChapterFile::slug).containsExactly("good", "yaml");
		assertThat(content.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/02-good.md:1:1: error: chapter slug 'good' is already used by chapters/01-good.md; rename one of them",
					"chapters/03-empty.md:1:1: error: file is empty",
					"chapters/04-latin1.md:1:1: error: file is not valid UTF-8; save it as UTF-8",
					"chapters/05-huge.md:1:1: error: file is larger than 8 MiB",
					"chapters/06-yaml.md:3:23: error: front matter is not valid YAML: while parsing a flow sequence",
					"chapters/Notes.md:1:1: error: chapter files are named NN-slug.md (for example 04-reward-modeling.md), "
							+ "appendices appendix-a-slug.md, directly in chapters/");
	}

	@Test
	void linkOutOfTheContentFolderIsRefused(@TempDir Path outside) throws IOException {
		write("site.yml", "title: Site\n");
		Path secret = Files.writeString(outside.resolve("secret.md"), "---\ntitle: Secret\n---\n");
		Files.createDirectories(this.root.resolve("pages"));
		Files.createSymbolicLink(this.root.resolve("pages/secret.md"), secret);
		Content content = this.loader.load(new DirectoryContentSource(this.root));
		assertThat(content.pages()).isEmpty();
		assertThat(content.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("outside the content folder"));
	}

	@Test
	void filesInALinkedFolderCountOnlyWhenTheFolderIsInside(@TempDir Path outside) throws IOException {
		write("site.yml", "title: Site\n");
		write("chapters/images/plot.png", "png");
		Files.writeString(outside.resolve("secret.png"), "secret");
		Files.createSymbolicLink(this.root.resolve("chapters/linked"), outside);
		Files.createSymbolicLink(this.root.resolve("chapters/figures"), this.root.resolve("chapters/images"));
		Content content = this.loader.load(new DirectoryContentSource(this.root));
		assertThat(content.assets()).containsOnlyKeys("chapters/images/plot.png", "chapters/figures/plot.png");
		assertThat(content.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/linked:1:1: error: link points outside the content folder; copy the file in instead");
	}

	@Test
	void malformedSiteFileIsReportedWithItsLine() throws IOException {
		write("site.yml", "title: Site\nnavigation:\n  - label: [oops\n");
		Content content = this.loader.load(new DirectoryContentSource(this.root));
		assertThat(content.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("site.yml");
			assertThat(problem.line()).isGreaterThanOrEqualTo(3);
		});
		assertThat(content.site()).isEqualTo(SiteConfig.DEFAULT);
	}

	@Test
	void markdownInTheDecksFolderThatIsNoDeckIsSkippedWithAWarning() throws IOException {
		Content content = this.loader
			.load(new DirectoryContentSource(Path.of("src/test/resources/fixtures/colloquium-decks").toAbsolutePath()));
		assertThat(content.decks()).extracting(MarkdownFile::path)
			.containsExactly("decks/after-references.md", "decks/layouts.md");
		assertThat(content.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"decks/README.md:1:1: warning: a README describes the decks and is not one; it is not "
							+ "published",
					"decks/planning-notes.md:1:1: warning: not a slide deck (a deck starts with front matter such as "
							+ "'title:', as colloquium's do); it is not published");
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
