package org.rlhfcourse.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every front matter key that chapters, decks and pages read, given values of every odd
 * shape: each build yields a snapshot with the other files intact and the trouble
 * reported as problems, never an exception. The table is generated: keys × values, one
 * build each, all by one builder over one folder whose files each build rewrites.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OddFrontMatterTests {

	/**
	 * The keys read by the chapter, page and deck builders (and by profile templates), in
	 * one list.
	 */
	static final List<String> KEYS = List.of("title", "description", "lecture", "slides", "page-title",
			"meta-description", "prev-url", "next-url", "lectures", "bibliography", "layout", "lang", "translation",
			"person", "article", "portrait", "author", "date", "chapter", "custom_css", "aspect_ratio", "theme",
			"fonts", "footer", "figure_captions");

	/**
	 * Values of every YAML shape, and strings that trip up paths, URIs, format strings
	 * and parsers.
	 */
	static final Map<String, String> VALUES = values();

	private final SiteBuilder builder = new SiteBuilder(
			new MarkdownRenderer((tex, display) -> tex, CodeHighlighter.NONE),
			Clock.fixed(Snapshots.BUILT, ZoneOffset.UTC), "", SiteBuilder.DEFAULT_FILE_TIMEOUT);

	@TempDir
	Path root;

	static Stream<Arguments> keysAndValues() {
		return KEYS.stream()
			.flatMap((key) -> VALUES.entrySet()
				.stream()
				.map((value) -> Arguments.of(key, value.getKey(), value.getValue())));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("keysAndValues")
	void anyValueOfAnyKeyYieldsASnapshotWithProblemsInsteadOfAnException(String key, String shape, String yaml)
			throws IOException {
		String frontMatter = (key.equals("title") ? "" : "title: Probe\n") + key + ": " + yaml + "\n";
		write("chapters/01-probe.md", "---\n" + frontMatter + "---\nThe probe's body.\n");
		write("chapters/02-good.md", "---\ntitle: Good\n---\nA fine body.\n");
		write("decks/probe.md", "---\n" + frontMatter + "---\n# Probe\n\n---\n\n## Second\n\nText.\n");
		write("pages/probe.md", "---\n" + frontMatter + "---\nA page.\n");
		SiteSnapshot snapshot = this.builder.build(new ContentLoader().load(new DirectoryContentSource(this.root)));
		assertThat(snapshot).isNotNull();
		assertThat(snapshot.chapter("good")).get()
			.satisfies((good) -> assertThat(good.html()).contains("A fine body."));
		assertThat(snapshot.chapters()).extracting(Chapter::slug).contains("probe");
		assertThat(snapshot.problems()).allSatisfy((problem) -> {
			assertThat(problem.file()).isIn("chapters/01-probe.md", "decks/probe.md", "pages/probe.md", "site.yml");
			assertThat(problem.toString()).matches("(?s)[^:]+:\\d+:\\d+: (error|warning): .+");
		});
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private static Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("whole number", "42");
		values.put("huge number", "-1.5e300");
		values.put("list", "[a, b]");
		values.put("list of mappings", "[{label: a, video: /v}, {x: 1}]");
		values.put("mapping", "{a: 1, left: '{n}', heading: Inter}");
		values.put("null", "null");
		values.put("empty string", "\"\"");
		values.put("boolean", "true");
		values.put("very long string", "x".repeat(20_000));
		values.put("percent", "\"100% of %s %d %n %20\"");
		values.put("colon", "\"a: b:c\"");
		values.put("spaces", "\"  a  b  \"");
		values.put("parent path", "../../../etc/passwd");
		values.put("non-ASCII", "\"日本語 é ü 😀 \\u202E\"");
		values.put("literal block", "|\n  .slide { color: red; }\n  h1 { margin: 0 }\n");
		values.put("folded block", ">\n  folded %20 ../x\n  text\n");
		values.put("date", "2026-13-45");
		values.put("URI-breaking", "\"a b\\\\c{d}|e^f`g<h>\"");
		return values;
	}

}
