package org.rlhfcourse.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterParserTests {

	private final FrontMatterParser parser = new FrontMatterParser();

	private final List<ContentProblem> problems = new ArrayList<>();

	@Test
	void frontMatterAfterLicenceCommentIsParsedAndBodyKeepsLineNumbers() {
		MarkdownFile file = parse(
				"<!-- Licensed CC BY 4.0\n     by the authors -->\n---\ntitle: \"DPO\"\nlecture: 8\n---\n\n## First\n");
		assertThat(file.frontMatter().string("title")).hasValue("DPO");
		assertThat(file.frontMatter().integer("lecture")).hasValue(8);
		assertThat(file.body().split("\n", -1)[7]).isEqualTo("## First");
		assertThat(file.body()).doesNotContain("title").doesNotContain("Licensed");
		assertThat(this.problems).isEmpty();
	}

	@Test
	void unknownKeysAreKept() {
		MarkdownFile file = parse("---\ntitle: T\ncustom_css: deck.css\nfonts: {heading: Inter}\n---\nBody\n");
		assertThat(file.frontMatter().string("custom_css")).hasValue("deck.css");
		assertThat(file.frontMatter().map("fonts")).containsEntry("heading", "Inter");
		assertThat(this.problems).isEmpty();
	}

	@Test
	void malformedYamlIsReportedAtItsLine() {
		parse("---\ntitle: ok\ndescription: [unclosed\nlecture: 3\n---\nBody\n");
		assertThat(this.problems).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("chapters/01-test.md");
			assertThat(problem.line()).isBetween(3, 5);
			assertThat(problem.message()).startsWith("front matter is not valid YAML");
		});
	}

	@Test
	void unclosedFrontMatterIsReportedAtItsOpening() {
		parse("\n---\ntitle: x\n\nBody without end\n");
		assertThat(this.problems).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(2);
			assertThat(problem.message()).contains("never closed");
		});
	}

	@Test
	void duplicateKeysAreAnError() {
		parse("---\ntitle: a\ntitle: b\n---\n");
		assertThat(this.problems).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("Duplicate").contains("title"));
	}

	@Test
	void wrongTypeNamesTheKeyAndItsLine() {
		MarkdownFile file = parse("---\ntitle: t\nlecture: five\n---\n");
		assertThat(file.frontMatter().lineOf("lecture")).isEqualTo(3);
		org.assertj.core.api.Assertions.assertThatExceptionOfType(FrontMatter.InvalidFrontMatterException.class)
			.isThrownBy(() -> file.frontMatter().integer("lecture"))
			.withMessageContaining("whole number");
	}

	@Test
	void fileWithoutFrontMatterIsAllBody() {
		MarkdownFile file = parse("## Just text\n");
		assertThat(file.frontMatter().values()).isEmpty();
		assertThat(file.body()).isEqualTo("## Just text\n");
	}

	private MarkdownFile parse(String text) {
		SourceFile source = new SourceFile("chapters/01-test.md", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
		return this.parser.parse(source, text, this.problems);
	}

}
