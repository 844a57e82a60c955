package org.rlhfcourse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a Lucene query without Lucene's query syntax, so no input can be a syntax error:
 * every word (or "quoted phrase", when the quotes pair up) must occur in some field, as an analysed phrase, and
 * fields count by their boost. The last word, while still being typed, also matches as a prefix.
 */
final class SearchQuery {

	/** Inputs longer than this many UTF-8 bytes are refused. */
	static final int MAX_BYTES = 1024;

	private static final Pattern WORDS = Pattern.compile("\"([^\"]*)\"|(\\S+)");

	private static final Pattern PREFIXABLE = Pattern.compile("[\\p{L}\\p{N}]{2,}");

	/** Words after this many are ignored, which keeps every query far below Lucene's clause limit. */
	static final int MAX_WORDS = 24;

	private static final int MAX_WORD_LENGTH = 64;

	private SearchQuery() {
	}

	/** The input with control and format characters turned into spaces, trimmed. */
	static String clean(String input) {
		return (input != null) ? input.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ").strip() : "";
	}

	/**
	 * The query for a cleaned input, or empty when nothing in it can match (only punctuation or stop words).
	 * @param input cleaned input
	 * @param analyzer the per-field analyzer of the index
	 * @param boosts the fields to search with their boosts
	 * @param prefixField the unstemmed field for matching a word being typed
	 */
	static Optional<Query> parse(String input, Analyzer analyzer, Map<String, Float> boosts, String prefixField) {
		String text = balancedQuotes(input) ? input : input.replace('"', ' ');
		QueryBuilder builder = new QueryBuilder(analyzer);
		List<Query> words = new ArrayList<>();
		Matcher matcher = WORDS.matcher(text);
		while (matcher.find() && words.size() < MAX_WORDS) {
			boolean quoted = matcher.group(1) != null;
			String word = quoted ? matcher.group(1) : matcher.group(2);
			if (word.codePointCount(0, word.length()) > MAX_WORD_LENGTH) {
				word = word.substring(0, word.offsetByCodePoints(0, MAX_WORD_LENGTH));
			}
			boolean last = matcher.end() == text.length() && !quoted;
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			int clauses = 0;
			for (Map.Entry<String, Float> field : boosts.entrySet()) {
				Query query = builder.createPhraseQuery(field.getKey(), word);
				if (query != null) {
					fields.add(new BoostQuery(query, field.getValue()), Occur.SHOULD);
					clauses++;
				}
			}
			if (last && PREFIXABLE.matcher(word).matches()) {
				Term prefix = new Term(prefixField, word.toLowerCase(java.util.Locale.ROOT));
				fields.add(new BoostQuery(new PrefixQuery(prefix), 0.5f), Occur.SHOULD);
				clauses++;
			}
			if (clauses > 0) {
				words.add(fields.build());
			}
		}
		if (words.isEmpty()) {
			return Optional.empty();
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		words.forEach((query) -> all.add(query, Occur.MUST));
		return Optional.of(all.build());
	}

	private static boolean balancedQuotes(String input) {
		return input.chars().filter((c) -> c == '"').count() % 2 == 0;
	}

}
