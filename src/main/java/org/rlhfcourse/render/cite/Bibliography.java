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
 * Bibliography entries by key, parsed from BibTeX with jbibtex. Field values are turned
 * from LaTeX into Unicode ({@code {\"u}} becomes ü, protective braces go). Immutable and
 * thread-safe once built.
 */
public final class Bibliography {

	public static final Bibliography EMPTY = new Bibliography(Map.of());

	/** Where jbibtex's lexer says it failed: "Lexical error at line 12, column 3." */
	private static final Pattern ERROR_LINE = Pattern.compile("line (\\d+)");

	/**
	 * jbibtex's own position in its message, which counts lines of the text it was given,
	 * not of the file.
	 */
	private static final Pattern ERROR_POSITION = Pattern.compile("\\s*at line \\d+, column \\d+\\.?");

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
	 * Parses the BibTeX text of {@code file}. Text outside entries is a comment, as in
	 * BibTeX. A bad entry is reported at its line and left out; every other entry loads.
	 * @param problems receives syntax errors and duplicate keys, with their lines
	 */
	public static Bibliography parse(String file, String bibtex, List<ContentProblem> problems) {
		List<BibTexScanner.Entry> scanned = BibTexScanner.scan(bibtex);
		Map<String, Integer> lines = entryLines(file, scanned, problems);
		char[] entriesOnly = blankExcept(bibtex, scanned, problems, file);
		Collection<BibTeXEntry> parsed;
		List<ContentProblem> resolution = new ArrayList<>();
		try {
			parsed = parser(file, resolution).parse(new StringReader(new String(entriesOnly))).getEntries().values();
			problems.addAll(resolution);
		}
		catch (ParseException | TokenMgrException ex) {
			parsed = entryByEntry(file, bibtex, scanned, problems);
		}
		catch (org.jbibtex.ObjectResolutionException ex) {
			problems.add(ContentProblem.error(file, 0, "BibTeX syntax error: " + firstLine(ex.getMessage())));
			return EMPTY;
		}
		Map<String, BibEntry> entries = new LinkedHashMap<>();
		for (BibTeXEntry entry : parsed) {
			String key = entry.getKey().getValue();
			Map<String, String> fields = new LinkedHashMap<>();
			for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
				fields.put(field.getKey().getValue().toLowerCase(java.util.Locale.ROOT),
						plain(field.getValue().toUserString()));
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

	private static BibTeXParser parser(String file, List<ContentProblem> problems) throws ParseException {
		return new BibTeXParser() {
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
	}

	/**
	 * The text with everything but closed entries blanked to spaces (newlines kept, so
	 * jbibtex's line numbers are the file's): comments never reach jbibtex, and an entry
	 * whose braces never balance is reported and left out.
	 */
	private static char[] blankExcept(String bibtex, List<BibTexScanner.Entry> entries, List<ContentProblem> problems,
			String file) {
		char[] text = new char[bibtex.length()];
		for (int i = 0; i < text.length; i++) {
			text[i] = (bibtex.charAt(i) == '\n') ? '\n' : ' ';
		}
		for (BibTexScanner.Entry entry : entries) {
			if (!entry.closed()) {
				problems.add(ContentProblem.error(file, entry.line(), "BibTeX syntax error: entry " + name(entry)
						+ " is never closed (a '{' without its '}'); the entry is left out"));
			}
			else if (!entry.type().equals("comment")) {
				bibtex.getChars(entry.start(), entry.end(), text, entry.start());
			}
		}
		return text;
	}

	/**
	 * The slow path once the file as a whole does not parse: each entry is parsed on its
	 * own, after the {@code @string} macros that parsed before it, so a bad entry (or
	 * macro) is reported at its own line and left out while every other entry loads. The
	 * cost is one parse per entry of the entry and the macros.
	 */
	private static List<BibTeXEntry> entryByEntry(String file, String bibtex, List<BibTexScanner.Entry> scanned,
			List<ContentProblem> problems) {
		StringBuilder macros = new StringBuilder();
		int macroLines = 0;
		List<BibTeXEntry> parsed = new ArrayList<>();
		for (BibTexScanner.Entry entry : scanned) {
			if (!entry.closed() || entry.type().equals("comment")) {
				continue;
			}
			String text = bibtex.substring(entry.start(), entry.end());
			try {
				BibTeXDatabase one = parser(file, problems).parse(new StringReader(macros + text));
				if (entry.isCitable()) {
					parsed.addAll(one.getEntries().values());
				}
				else {
					macros.append(text).append('\n');
					macroLines += 1 + (int) text.chars().filter((c) -> c == '\n').count();
				}
			}
			catch (ParseException ex) {
				int line = (ex.currentToken != null && ex.currentToken.next != null) ? ex.currentToken.next.beginLine
						: 0;
				problems.add(badEntry(file, entry, line, macroLines, ex.getMessage()));
			}
			catch (TokenMgrException | org.jbibtex.ObjectResolutionException ex) {
				Matcher at = ERROR_LINE.matcher(String.valueOf(ex.getMessage()));
				problems.add(badEntry(file, entry, at.find() ? Integer.parseInt(at.group(1)) : 0, macroLines,
						ex.getMessage()));
			}
		}
		return parsed;
	}

	/**
	 * A problem at the file line of jbibtex's {@code line} in the text of {@code entry}
	 * after the macros.
	 */
	private static ContentProblem badEntry(String file, BibTexScanner.Entry entry, int line, int macroLines,
			String message) {
		int fileLine = (line > macroLines) ? entry.line() + line - macroLines - 1 : entry.line();
		String reason = ERROR_POSITION.matcher(firstLine(message)).replaceAll("").strip();
		return ContentProblem.error(file, fileLine,
				"BibTeX syntax error in entry " + name(entry) + ": " + reason + "; the entry is left out");
	}

	private static String name(BibTexScanner.Entry entry) {
		return entry.key().isEmpty() ? "@" + entry.type() : "'" + entry.key() + "'";
	}

	/** Every entry of both; on a clash the entry of {@code this} wins. */
	public Bibliography merge(Bibliography other) {
		Map<String, BibEntry> merged = new LinkedHashMap<>(other.entries);
		merged.putAll(this.entries);
		return new Bibliography(merged);
	}

	private static Map<String, Integer> entryLines(String file, List<BibTexScanner.Entry> entries,
			List<ContentProblem> problems) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		for (BibTexScanner.Entry entry : entries) {
			if (!entry.isCitable() || entry.key().isEmpty()) {
				continue;
			}
			Integer first = lines.putIfAbsent(entry.key(), entry.line());
			if (first != null) {
				problems.add(ContentProblem.error(file, entry.line(),
						"duplicate BibTeX key '" + entry.key() + "' (first defined on line " + first + ")"));
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

	/**
	 * LaTeX to Unicode text; falls back to the raw text without braces if jbibtex cannot
	 * parse it.
	 */
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
