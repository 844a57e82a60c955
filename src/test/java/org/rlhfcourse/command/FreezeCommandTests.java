package org.rlhfcourse.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.CourseSiteApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code freeze} writes the formulas and code a content folder needs into its
 * {@code .freeze} folder, one file per entry, keeps exactly those on a second run, and
 * writes nothing when a file fails.
 */
class FreezeCommandTests {

	@TempDir
	Path root;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void writesOneFilePerFormulaAndCodeBlockAndDropsThoseNoLongerUsed() throws IOException {
		write("site.yml", "title: Test\n");
		write("chapters/01-one.md", """
				---
				title: One
				---
				Inline $a^2 + b^2$ and

				$$E = mc^2$$

				```python
				print("hi")
				```
				""");
		assertThat(freeze()).as(printed()).isZero();
		assertThat(printed()).contains("freeze: 2 formulas and 1 code blocks in " + frozen() + " (3 files written");
		assertThat(entries("katex")).hasSize(2);
		assertThat(entries("highlightjs")).hasSize(1);
		assertThat(Files.readString(entries("katex").getFirst())).contains("\"script\" : \"katex ");

		write("chapters/01-one.md", """
				---
				title: One
				---
				Only $a^2 + b^2$ now.
				""");
		this.output.reset();
		assertThat(freeze()).as(printed()).isZero();
		assertThat(printed()).contains("freeze: 1 formulas and 0 code blocks").contains("(0 files written, 2 removed)");
		assertThat(entries("katex")).singleElement()
			.satisfies((entry) -> assertThat(Files.readString(entry)).contains("\"input\" : \"a^2 + b^2\""));
	}

	@Test
	void aFailedFileMeansNothingIsWritten() throws IOException {
		write("site.yml", "title: Test\n");
		write("chapters/01-one.md", """
				---
				title: One
				---
				Good $x^2$, bad $\\frac{1}{$.
				""");
		assertThat(freeze()).as(printed()).isOne();
		assertThat(printed()).contains("freeze failed: 1 error, nothing written");
		assertThat(frozen()).doesNotExist();
	}

	@Test
	void theBundledContentCannotBeFrozen() {
		int exit = SiteCommands
			.run(CourseSiteApplication.class, new String[] { "freeze", "--site.content-dir=classpath:content" },
					new PrintStream(this.output, true, StandardCharsets.UTF_8))
			.orElseThrow();
		assertThat(exit).isEqualTo(2);
		assertThat(printed()).contains("give the folder to freeze with --site.content-dir=DIR");
	}

	private int freeze() {
		return SiteCommands
			.run(CourseSiteApplication.class, new String[] { "freeze", "--site.content-dir=" + this.root.resolve("") },
					new PrintStream(this.output, true, StandardCharsets.UTF_8))
			.orElseThrow();
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	private Path frozen() {
		return this.root.resolve(".freeze");
	}

	private List<Path> entries(String script) throws IOException {
		try (Stream<Path> files = Files.walk(frozen().resolve(script))) {
			return files.filter((path) -> path.toString().endsWith(".json")).sorted().toList();
		}
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
