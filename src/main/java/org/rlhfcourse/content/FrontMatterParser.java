package org.rlhfcourse.content;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Splits a Markdown file into YAML front matter and body. The front matter may be
 * preceded by blank lines and HTML comments (licence headers); it is parsed once with
 * Jackson into a {@link FrontMatter}. Thread-safe.
 */
public final class FrontMatterParser {

	private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*:");

	private static final TypeReference<LinkedHashMap<String, Object>> MAPPING = new TypeReference<>() {
	};

	private final YAMLMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	/**
	 * Parses the text of {@code path}.
	 * @param problems receives a problem for malformed front matter; the body is still
	 * returned
	 */
	public MarkdownFile parse(SourceFile file, String text, List<ContentProblem> problems) {
		String[] lines = text.split("\n", -1);
		int index = skipPreamble(lines);
		if (index >= lines.length || !lines[index].stripTrailing().equals("---")) {
			return new MarkdownFile(file.path(), FrontMatter.EMPTY, text, file.lastModified());
		}
		int open = index;
		int close = -1;
		for (int i = open + 1; i < lines.length; i++) {
			String line = lines[i].stripTrailing();
			if (line.equals("---") || line.equals("...")) {
				close = i;
				break;
			}
		}
		if (close < 0) {
			problems.add(ContentProblem.error(file.path(), open + 1, 1,
					"front matter opened with '---' is never closed; add a line '---' after it"));
			return new MarkdownFile(file.path(), FrontMatter.EMPTY, text, file.lastModified());
		}
		FrontMatter frontMatter = parseYaml(file.path(), lines, open, close, problems);
		StringBuilder body = new StringBuilder(text.length());
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				body.append('\n');
			}
			if (i > close) {
				body.append(lines[i]);
			}
		}
		return new MarkdownFile(file.path(), frontMatter, body.toString(), file.lastModified());
	}

	private FrontMatter parseYaml(String path, String[] lines, int open, int close, List<ContentProblem> problems) {
		StringBuilder yamlText = new StringBuilder();
		Map<String, Integer> keyLines = new HashMap<>();
		for (int i = open + 1; i < close; i++) {
			yamlText.append(lines[i]).append('\n');
			Matcher key = TOP_LEVEL_KEY.matcher(lines[i]);
			if (key.find()) {
				keyLines.putIfAbsent(key.group(1), i + 1);
			}
		}
		if (yamlText.toString().isBlank()) {
			return FrontMatter.EMPTY;
		}
		try {
			Map<String, Object> values = this.yaml.readValue(yamlText.toString(), MAPPING);
			return new FrontMatter(values == null ? Map.of() : values, keyLines);
		}
		catch (JacksonException ex) {
			int yamlLine = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : -1;
			int line = (yamlLine > 0) ? open + 1 + yamlLine : open + 1;
			int column = (ex.getLocation() != null) ? Math.max(ex.getLocation().getColumnNr(), 0) : 0;
			problems.add(ContentProblem.error(path, line, column,
					"front matter is not valid YAML: " + firstLine(ex.getOriginalMessage())));
			return FrontMatter.EMPTY;
		}
	}

	/** Skips blank lines and HTML comments before the front matter. */
	private static int skipPreamble(String[] lines) {
		int i = 0;
		while (i < lines.length) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				i++;
			}
			else if (line.startsWith("<!--")) {
				while (i < lines.length && !lines[i].contains("-->")) {
					i++;
				}
				i++;
			}
			else {
				break;
			}
		}
		return i;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable value";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
