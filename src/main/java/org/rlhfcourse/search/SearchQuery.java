package org.rlhfcourse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a Lucene query without Lucene's query syntax, so no
 * input can be a syntax error: every word (or "quoted phrase", when the quotes pair up)
 * must occur in some field, as an analysed phrase, and fields count by their boost. An
 * unquoted word also matches words a typo or two away, for much less than the word
 * itself, so exact matches come first. The last word, while still being typed, also
 * matches as a prefix.
 */
final class SearchQuery {

	/** Inputs longer than this many UTF-8 bytes are refused. */
	static final int MAX_BYTES = 1024;

	/**
	 * Any Unicode space separates words, including the ideographic space of Japanese
	 * input methods.
	 */
	private static final Pattern WORDS = Pattern.compile("\"([^\"]*)\"|(\\S+)", Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * A word that may be misspelt: letters only, as typos in numbers or symbols are
	 * rarely typos.
	 */
	private static final Pattern FUZZABLE = Pattern.compile("\\p{IsLatin}{4,}");

	private static final Pattern PREFIXABLE = Pattern.compile("[\\p{L}\\p{N}]{2,}");

	/**
	 * Words after this many are ignored, which keeps every query far below Lucene's
	 * clause limit.
	 */
	static final int MAX_WORDS = 24;

	private static final int MAX_WORD_LENGTH = 64;

	/**
	 * Only the first words also match with typos, which keeps the rewritten query under
	 * the clause limit.
	 */
	static final int MAX_FUZZY_WORDS = 8;

	/** How much a match with typos counts next to the same field matched exactly. */
	static final float FUZZY_WEIGHT = 0.2f;

	/** How much the word being typed counts as the start of a longer word. */
	static final float PREFIX_WEIGHT = 0.5f;

	static final int FUZZY_EXPANSIONS = 10;

	private SearchQuery() {
	}

	/** The input with control and format characters turned into spaces, trimmed. */
	static String clean(String input) {
		return (input != null) ? input.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ").strip() : "";
	}

	/**
	 * The query for a cleaned input, or empty when nothing in it can match (only
	 * punctuation or stop words).
	 * @param input cleaned input
	 * @param analyzer the per-field analyzer of the index
	 * @param boosts the fields to search with their boosts
	 * @param fuzzyFields those of the fields where words also match with typos
	 * (Latin-script fields)
	 * @param prefixField the unstemmed, accent-folded field for matching a word being
	 * typed
	 */
	static Optional<Query> parse(String input, Analyzer analyzer, Map<String, Float> boosts, Set<String> fuzzyFields,
			String prefixField) {
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
			if (!quoted && words.size() < MAX_FUZZY_WORDS && FUZZABLE.matcher(word).matches()) {
				clauses += addTypos(fields, word, analyzer, boosts, fuzzyFields);
			}
			if (last && PREFIXABLE.matcher(word).matches()) {
				Term prefix = new Term(prefixField, FoldingAnalyzer.fold(word));
				fields.add(new BoostQuery(new PrefixQuery(prefix), PREFIX_WEIGHT), Occur.SHOULD);
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

	/**
	 * Adds the word with typos in each of {@code fuzzyFields}, by the typos its indexed
	 * form allows there.
	 */
	private static int addTypos(BooleanQuery.Builder fields, String word, Analyzer analyzer, Map<String, Float> boosts,
			Set<String> fuzzyFields) {
		int clauses = 0;
		for (String field : fuzzyFields) {
			for (String term : singleWordTerms(analyzer, field, word)) {
				int edits = maxEdits(term);
				if (edits > 0) {
					Query fuzzy = new FuzzyQuery(new Term(field, term), edits, 1, FUZZY_EXPANSIONS, true);
					fields.add(new BoostQuery(fuzzy, boosts.get(field) * FUZZY_WEIGHT), Occur.SHOULD);
					clauses++;
				}
			}
		}
		return clauses;
	}

	/**
	 * How many typos a word may have, by the length of its indexed form: none under four
	 * letters (too many short words are one letter apart), one up to six, two from seven
	 * ("prefernce", stemmed "prefernc", finds "prefer").
	 */
	static int maxEdits(String term) {
		int length = term.codePointCount(0, term.length());
		return (length < 4) ? 0 : (length < 7) ? 1 : 2;
	}

	/**
	 * The distinct terms {@code word} is indexed as in {@code field}, or none unless it
	 * stays one word there.
	 */
	private static Set<String> singleWordTerms(Analyzer analyzer, String field, String word) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = analyzer.tokenStream(field, word)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			int positions = 0;
			while (tokens.incrementToken()) {
				positions += increment.getPositionIncrement();
				terms.add(term.toString());
			}
			tokens.end();
			return (positions == 1) ? terms : Set.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean balancedQuotes(String input) {
		return input.chars().filter((c) -> c == '"').count() % 2 == 0;
	}

}
