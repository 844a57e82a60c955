package org.rlhfcourse.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.CourseSiteApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} as an author runs it: the whole content folder rendered, every problem
 * printed where an editor can jump to it, and an exit code a build can stop on. Running
 * it on the bundled content keeps bad content out of the repository.
 */
class CheckCommandTests {

	@TempDir
	Path root;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void bundledContentPassesTheCheck() {
		int exit = check("--site.content-dir=content");
		assertThat(lines()).as(this.output.toString(StandardCharsets.UTF_8))
			.noneMatch((line) -> line.contains(": error: "))
			.last()
			.asString()
			.startsWith("OK: ")
			.contains(" chapters, ")
			.endsWith(" 0 errors, 0 warnings");
		assertThat(exit).isZero();
	}

	@Test
	void pandocBookWithoutCourseFilePassesTheCheck() {
		int exit = check("--site.content-dir=src/test/resources/book");
		assertThat(lines()).as(this.output.toString(StandardCharsets.UTF_8))
			.containsExactly("OK: 6 chapters, 0 pages checked; 0 errors, 0 warnings");
		assertThat(exit).isZero();
	}

	@Test
	void brokenBibliographyEntriesAreReportedAtTheirLinesAndTheOtherEntriesStillCite() throws IOException {
		write("site.yml", "title: Book\n");
		try (var bib = getClass().getResourceAsStream("/fixtures/book-with-broken-entry.bib")) {
			write("chapters/references.bib", new String(bib.readAllBytes(), StandardCharsets.UTF_8));
		}
		write("chapters/01-introduction.md",
				"# Introduction\n\nSee [@christiano2017deep; @ziegler2019fine] and " + "[@sutton2018reinforcement].\n");
		int exit = check("--site.content-dir=" + this.root);
		assertThat(lines()).hasSize(3)
			.first()
			.asString()
			.startsWith("chapters/references.bib:18:")
			.contains(": error: BibTeX syntax error in entry 'broken2020syntax': ");
		assertThat(lines().get(1)).isEqualTo("chapters/references.bib:30:1: error: BibTeX syntax error: entry "
				+ "'unclosed2021' is never closed (a '{' without its '}'); the entry is left out");
		assertThat(lines().get(2)).isEqualTo("FAILED: 1 chapters, 0 pages checked; 2 errors, 0 warnings");
		assertThat(exit).isEqualTo(1);
	}

	@Test
	void everyProblemIsPrintedWithItsPositionThenASummaryAndTheExitCodeIsOne() throws IOException {
		write("site.yml", "title: Test\n");
		write("chapters/01-good.md", "---\ntitle: Good\n---\n\nSee [the other](/course/other).\n");
		write("chapters/02-bad.md", "---\ntitle: Bad\ndescription: [\n---\n\nText.\n");
		write("pages/about.md", "---\ntitle: About\n---\n\nNo title here: fine. [Gone](/course/gone)\n");
		int exit = check("--site.content-dir=" + this.root);
		assertThat(lines()).containsExactly(
				"chapters/01-good.md:5:17: error: broken link: no chapter, deck or page is served at /course/other",
				"chapters/02-bad.md:3:15: error: front matter is not valid YAML: while parsing a flow node",
				"pages/about.md:5:29: error: broken link: no chapter, deck or page is served at /course/gone",
				"FAILED: 2 chapters, 1 pages checked; 3 errors, 0 warnings");
		assertThat(exit).isEqualTo(1);
	}

	@Test
	void warningsAloneDoNotFailTheCheck() throws IOException {
		write("chapters/01-only.md", "---\ntitle: Only\n---\n\nText.\n");
		int exit = check("--site.content-dir=" + this.root);
		assertThat(lines()).containsExactly("site.yml:1:1: warning: no site.yml; using default site settings",
				"OK: 1 chapters, 0 pages checked; 0 errors, 1 warning");
		assertThat(exit).isZero();
	}

	@Test
	void checkStartsNoWebServer() throws IOException {
		write("site.yml", "title: Test\n");
		write("chapters/01-only.md", "---\ntitle: Only\n---\n\nText.\n");
		try (ServerSocket taken = new ServerSocket(0)) {
			int exit = check("--site.content-dir=" + this.root, "--server.port=" + taken.getLocalPort());
			assertThat(exit).isZero();
		}
	}

	@Test
	void commandMayFollowOptionsAsSpringBootRunPassesThem() throws IOException {
		write("chapters/01-only.md", "---\ntitle: Only\n---\n\n[Gone](/gone)\n");
		try (PrintStream out = new PrintStream(this.output, true, StandardCharsets.UTF_8)) {
			assertThat(SiteCommands.run(CourseSiteApplication.class,
					new String[] { "--site.content-dir=" + this.root, "check" }, out))
				.hasValue(1);
			assertThat(SiteCommands.run(CourseSiteApplication.class, new String[] { "--server.port=0" }, out))
				.as("no command: serve")
				.isEmpty();
		}
		assertThat(lines())
			.contains("chapters/01-only.md:5:8: error: broken link: no chapter, deck or page is served at /gone");
	}

	private int check(String... args) {
		String[] command = new String[args.length + 1];
		command[0] = "check";
		System.arraycopy(args, 0, command, 1, args.length);
		try (PrintStream out = new PrintStream(this.output, true, StandardCharsets.UTF_8)) {
			return SiteCommands.run(CourseSiteApplication.class, command, out).orElseThrow();
		}
	}

	private List<String> lines() {
		return this.output.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
