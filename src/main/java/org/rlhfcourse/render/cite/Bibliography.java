package org.rlhfcourse.render.cite;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

import org.rlhfcourse.content.ContentProblem;

/**
 * Bibliography entries by key, parsed from BibTeX with jbibtex. Field values are turned from LaTeX into Unicode
 * ({@code {\"u}} becomes ü, protective braces go). Immutable and thread-safe once built.
 */
public final class Bibliography {

	public static final Bibliography EMPTY = new Bibliography(Map.of());

	private static final Pattern ENTRY_START = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s]+)\\s*,");

	private final Map<String, BibEntry> entries;

	private Bibliography(Map<String, BibEntry> entries) {
		this.entries = Map.copyOf(entries);
	}

	public Optional<BibEntry> entry(String key) {
		return Optional.ofNullable(this.entries.get(key));
	}

	public int size() {
		return this.entries.size();
	}

	public Collection<BibEntry> entries() {
		return this.entries.values();
	}

	/**
	 * Parses the BibTeX text of {@code file}.
	 * @param problems receives syntax errors and duplicate keys, with their lines
	 */
	public static Bibliography parse(String file, String bibtex, List<ContentProblem> problems) {
		Map<String, Integer> lines = entryLines(file, bibtex, problems);
		BibTeXDatabase database;
		try {
			BibTeXParser parser = new BibTeXParser() {
				@Override
				public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) {
					if (string == null) {
						problems.add(ContentProblem.error(file, 0, "unknown @string macro '" + key.getValue() + "'"));
					}
				}

				@Override
				public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
					if (entry == null) {
						problems.add(ContentProblem.error(file, 0, "crossref to unknown entry '" + key.getValue() + "'"));
					}
				}
			};
			database = parser.parse(new StringReader(bibtex));
		}
		catch (ParseException ex) {
			int line = (ex.currentToken != null && ex.currentToken.next != null) ? ex.currentToken.next.beginLine : 0;
			problems.add(ContentProblem.error(file, line, "BibTeX syntax error: " + firstLine(ex.getMessage())));
			return EMPTY;
		}
		catch (TokenMgrException | org.jbibtex.ObjectResolutionException ex) {
			problems.add(ContentProblem.error(file, 0, "BibTeX syntax error: " + firstLine(ex.getMessage())));
			return EMPTY;
		}
		Map<String, BibEntry> entries = new LinkedHashMap<>();
		for (BibTeXEntry entry : database.getEntries().values()) {
			String key = entry.getKey().getValue();
			Map<String, String> fields = new LinkedHashMap<>();
			for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
				fields.put(field.getKey().getValue().toLowerCase(java.util.Locale.ROOT), plain(field.getValue().toUserString()));
			}
			String authorField = fields.remove("author");
			if (authorField == null) {
				authorField = fields.getOrDefault("editor", "");
			}
			entries.put(key, new BibEntry(key, entry.getType().getValue().toLowerCase(java.util.Locale.ROOT),
					splitAuthors(authorField), fields, lines.getOrDefault(key, 0)));
		}
		return new Bibliography(entries);
	}

	/** Every entry of both; on a clash the entry of {@code this} wins. */
	public Bibliography merge(Bibliography other) {
		Map<String, BibEntry> merged = new LinkedHashMap<>(other.entries);
		merged.putAll(this.entries);
		return new Bibliography(merged);
	}

	private static Map<String, Integer> entryLines(String file, String bibtex, List<ContentProblem> problems) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		Matcher matcher = ENTRY_START.matcher(bibtex);
		while (matcher.find()) {
			String type = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
			if (type.equals("string") || type.equals("comment") || type.equals("preamble")) {
				continue;
			}
			int line = 1 + (int) bibtex.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count();
			Integer first = lines.putIfAbsent(matcher.group(2), line);
			if (first != null) {
				problems.add(ContentProblem.error(file, line,
						"duplicate BibTeX key '" + matcher.group(2) + "' (first defined on line " + first + ")"));
			}
		}
		return lines;
	}

	private static List<String> splitAuthors(String field) {
		List<String> names = new ArrayList<>();
		for (String name : field.split("\\s+and\\s+")) {
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		return names;
	}

	/** LaTeX to Unicode text; falls back to the raw text without braces if jbibtex cannot parse it. */
	static String plain(String latex) {
		if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('~') < 0) {
			return latex.strip().replaceAll("\\s+", " ");
		}
		try {
			return new LaTeXPrinter().print(new LaTeXParser().parse(latex)).strip().replaceAll("\\s+", " ");
		}
		catch (ParseException | TokenMgrException ex) {
			return latex.replace("{", "").replace("}", "").strip().replaceAll("\\s+", " ");
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable entry";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
