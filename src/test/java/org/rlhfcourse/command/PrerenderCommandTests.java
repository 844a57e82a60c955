package org.rlhfcourse.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.CourseSiteApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code prerender} builds the site through the same configuration as the server and
 * writes what the content needed from KaTeX and highlight.js, and only that.
 */
class PrerenderCommandTests {

	@TempDir
	Path root;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void writesTheFormulasAndCodeOfThisContentOnly() throws IOException {
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
		Path formulas = this.root.resolve("out/formulas.json");
		int exit = SiteCommands
			.run(CourseSiteApplication.class,
					new String[] { "prerender", formulas.toString(), "--site.content-dir=" + this.root.resolve("") },
					new PrintStream(this.output, true, StandardCharsets.UTF_8))
			.orElseThrow();
		assertThat(exit).as(this.output.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("prerender: 2 formulas and 1 code blocks");
		assertThat(Files.readString(formulas)).contains("\"script\":\"katex ").contains("katex-display");
		assertThat(Files.readString(formulas.resolveSibling("code.json"))).contains("\"script\":\"highlightjs ")
			.contains("hljs-string");
	}

	@Test
	void aFileGivenUpPastItsLimitFailsThePrerenderAndNothingIsWritten() throws IOException {
		write("site.yml", "title: Test\n");
		write("chapters/01-one.md", """
				---
				title: One
				---
				Inline $a^2 + b^2$ and $\\sum_{i=1}^n i$.
				""");
		write("chapters/02-two.md", """
				---
				title: Two
				---
				No math here.
				""");
		Path formulas = this.root.resolve("out/formulas.json");
		// A fresh script engine needs far more than a millisecond (of CPU time, or thirty
		// by the clock) for its first formula.
		int exit = prerender(formulas, "--site.render.file-timeout=1ms");
		String printed = this.output.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(printed).isOne();
		assertThat(printed)
			.containsPattern("chapters/01-one.md:1:1: error: render (took longer than 1ms|made no progress for 30ms)")
			.contains("prerender failed: 1 error, nothing written");
		assertThat(formulas).doesNotExist();
		assertThat(formulas.resolveSibling("code.json")).doesNotExist();
	}

	@Test
	void aFormulaKatexRejectsFailsThePrerender() throws IOException {
		write("site.yml", "title: Test\n");
		write("chapters/01-one.md", """
				---
				title: One
				---
				Good $x^2$, bad $\\frac{1}{$.
				""");
		Path formulas = this.root.resolve("out/formulas.json");
		int exit = prerender(formulas);
		String printed = this.output.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(printed).isOne();
		assertThat(printed).contains("chapters/01-one.md:4:").contains("prerender failed: 1 error");
		assertThat(formulas).doesNotExist();
	}

	private int prerender(Path formulas, String... options) {
		List<String> args = new ArrayList<>(
				List.of("prerender", formulas.toString(), "--site.content-dir=" + this.root.resolve("")));
		args.addAll(List.of(options));
		return SiteCommands
			.run(CourseSiteApplication.class, args.toArray(String[]::new),
					new PrintStream(this.output, true, StandardCharsets.UTF_8))
			.orElseThrow();
	}

	@Test
	void withoutAFileItPrintsUsage() {
		int exit = SiteCommands
			.run(CourseSiteApplication.class, new String[] { "prerender" },
					new PrintStream(this.output, true, StandardCharsets.UTF_8))
			.orElseThrow();
		assertThat(exit).isEqualTo(2);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).startsWith("usage: prerender FILE");
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
