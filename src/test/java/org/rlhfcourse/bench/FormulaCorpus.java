package org.rlhfcourse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.site.SiteBuilder;

/**
 * Every distinct formula of a content folder, in the order the site renders them: the
 * corpus both the JVM and the Node.js benchmarks typeset. Run as a program it writes the
 * corpus as JSON for Node.js.
 */
public final class FormulaCorpus {

	private FormulaCorpus() {
	}

	/** A formula and its mode. */
	public record Formula(String tex, boolean display) {

	}

	public static List<Formula> load(Path content) throws IOException {
		Set<Formula> formulas = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
		MarkdownRenderer recorder = new MarkdownRenderer((tex, display) -> {
			formulas.add(new Formula(tex, display));
			return "";
		}, CodeHighlighter.NONE);
		new SiteBuilder(recorder, Clock.systemUTC(), "", SiteBuilder.DEFAULT_FILE_TIMEOUT)
			.build(new ContentLoader().load(new DirectoryContentSource(content)));
		return new ArrayList<>(formulas);
	}

	public static void main(String[] args) throws IOException {
		List<Formula> corpus = load(Path.of(args[0]));
		List<Map<String, Object>> json = corpus.stream()
			.map((formula) -> Map.<String, Object>of("tex", formula.tex(), "display", formula.display()))
			.toList();
		Path out = Path.of(args[1]);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, JsonMapper.builder().build().writeValueAsString(json));
		System.out.println("corpus: " + corpus.size() + " formulas -> " + out);
	}

}
