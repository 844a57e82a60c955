package org.rlhfcourse.site;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.DeepNesting;
import org.rlhfcourse.render.RenderGuard;
import org.rlhfcourse.render.cite.Bibliography;

/**
 * The bibliographies of one build. A file cites from the {@code .bib} named by its
 * {@code bibliography:} front matter (relative to the file), or else from every
 * {@code .bib} in its folder, merged. Each BibTeX file is parsed once per build (under
 * the build's guard, so a file that breaks the parser is one problem) and its problems
 * reported once. Thread-safe.
 */
final class Bibliographies {

	private final Content content;

	private final Map<String, Bibliography> parsed = new ConcurrentHashMap<>();

	private final Map<String, Bibliography> folders = new ConcurrentHashMap<>();

	private final List<ContentProblem> problems;

	private final RenderGuard guard;

	Bibliographies(Content content, List<ContentProblem> problems, RenderGuard guard) {
		this.content = content;
		this.problems = problems;
		this.guard = guard;
		content.assets().keySet().stream().filter((path) -> path.endsWith(".bib")).sorted().forEach(this::file);
	}

	/**
	 * The bibliography for {@code file}; a named but missing .bib is reported into
	 * {@code fileProblems}.
	 */
	Bibliography forFile(MarkdownFile file, List<ContentProblem> fileProblems) {
		String folder = folderOf(file.path());
		List<String> named;
		try {
			named = file.frontMatter().strings("bibliography");
		}
		catch (FrontMatter.InvalidFrontMatterException ex) {
			fileProblems
				.add(ContentProblem.error(file.path(), file.frontMatter().lineOf("bibliography"), ex.getMessage()));
			named = List.of();
		}
		if (named.isEmpty()) {
			return this.folders.computeIfAbsent(folder, this::mergeFolder);
		}
		Bibliography result = Bibliography.EMPTY;
		for (String name : named) {
			String path = folder.isEmpty() ? name : folder + "/" + name;
			if (!this.parsed.containsKey(path)) {
				fileProblems.add(ContentProblem.error(file.path(), file.frontMatter().lineOf("bibliography"),
						"bibliography file not found: " + name));
				continue;
			}
			result = result.merge(this.parsed.get(path));
		}
		return result;
	}

	private Bibliography mergeFolder(String folder) {
		Bibliography merged = Bibliography.EMPTY;
		for (String path : this.parsed.keySet().stream().sorted().toList()) {
			if (folderOf(path).equals(folder)) {
				merged = this.parsed.get(path).merge(merged);
			}
		}
		return merged;
	}

	private void file(String path) {
		SourceFile source = this.content.asset(path).orElseThrow();
		List<ContentProblem> found = new ArrayList<>();
		String text;
		try {
			text = source.text();
		}
		catch (CharacterCodingException ex) {
			text = null;
			found.add(ContentProblem.error(path, 0, "file is not valid UTF-8; save it as UTF-8"));
		}
		if (text != null) {
			String bibtex = text;
			Parsed result = this.guard.run(path, bibtex, () -> {
				List<ContentProblem> parsing = new ArrayList<>();
				return new Parsed(Bibliography.parse(path, bibtex, parsing), parsing);
			}, (problem) -> new Parsed(Bibliography.EMPTY, List.of(DeepNesting.locate(problem, bibtex))));
			this.parsed.put(path, result.bibliography());
			found.addAll(result.problems());
		}
		synchronized (this.problems) {
			this.problems.addAll(found);
		}
	}

	private static String folderOf(String path) {
		int slash = path.lastIndexOf('/');
		return (slash < 0) ? "" : path.substring(0, slash);
	}

	private record Parsed(Bibliography bibliography, List<ContentProblem> problems) {

	}

}
