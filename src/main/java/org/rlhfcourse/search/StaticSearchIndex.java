package org.rlhfcourse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.json.JsonMapper;

import org.rlhfcourse.site.SiteSnapshot;

/**
 * The site's search index as static files, for a copy of the site served without the
 * application ({@code static/js/search.js} reads them). Everything is analysed by the
 * same Lucene index the server searches, and every score is Lucene's own BM25 score of a
 * term in a field, so the browser only adds up numbers. Split so that a search downloads
 * only what it needs:
 * <ul>
 * <li>{@code meta.json}: field weights and how the rest is split;</li>
 * <li>{@code docs.json}: each hit's address, title and kind, in book order;</li>
 * <li>{@code v/KEY.json}: the words of the text by their first letter, each with the
 * terms the English analysis makes of it (stemmed, accent-folded; none for a stop word),
 * for exact words, words with typos and the word being typed;</li>
 * <li>{@code p/KEY.json}: the postings of the terms by their first two letters: for each
 * field, document numbers with scores;</li>
 * <li>{@code text/N.json}: the text of {@value #TEXTS_PER_FILE} documents, for
 * snippets.</li>
 * </ul>
 */
public final class StaticSearchIndex {

	/**
	 * Where the server shows the search page of a static copy, written to
	 * {@code search/index.html} (and {@code /ja} before it for the Japanese one).
	 */
	public static final String PAGE = "/search/static";

	/** The folder of the export the files go into. */
	public static final String FOLDER = "search-index/";

	static final int TEXTS_PER_FILE = 8;

	/** Files for the terms that do not start with an ASCII letter or digit. */
	static final int OTHER_BUCKETS = 32;

	/** Field of the server's index and the one-letter code it has in the files. */
	private static final Map<String, String> FIELDS = fields();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private StaticSearchIndex(List<SearchDocument> documents) {
		try (SearchIndex index = new SearchIndex(documents)) {
			IndexSearcher searcher = index.searcher();
			int[] position = positions(searcher);
			Map<String, Map<String, Map<String, List<Integer>>>> postings = new TreeMap<>();
			for (Map.Entry<String, String> field : FIELDS.entrySet()) {
				Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field.getKey());
				if (terms == null) {
					continue;
				}
				TermsEnum each = terms.iterator();
				for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
					String term = bytes.utf8ToString();
					TopDocs found = searcher.search(new TermQuery(new Term(field.getKey(), bytes)),
							Math.max(1, documents.size()));
					List<Integer> list = new ArrayList<>();
					for (ScoreDoc hit : found.scoreDocs) {
						list.add(position[hit.doc]);
						list.add(Math.round(hit.score * 100));
					}
					postings.computeIfAbsent(key(term, 2), (k) -> new TreeMap<>())
						.computeIfAbsent(term, (k) -> new TreeMap<>())
						.put(field.getValue(), list);
				}
			}
			postings.forEach((key, shard) -> put("p/" + key + ".json", shard));
			put("v/", vocabulary(documents, index.analyzer()));
			writeDocuments(documents);
			put("meta.json", meta(documents.size(), postings.keySet()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the static search index", ex);
		}
	}

	/** The static index of a snapshot, as searched by the server. */
	public static StaticSearchIndex of(SiteSnapshot snapshot) {
		return new StaticSearchIndex(SearchDocuments.of(snapshot));
	}

	static StaticSearchIndex of(List<SearchDocument> documents) {
		return new StaticSearchIndex(documents);
	}

	/** The files by their path under {@link #FOLDER}, in a stable order. */
	public Map<String, byte[]> files() {
		return Map.copyOf(this.files);
	}

	/**
	 * The file name part for a term's first {@code letters} characters: ASCII letters and
	 * digits as they are; a term starting with anything else (a Japanese pair of
	 * characters, an accented letter) goes to one of {@value #OTHER_BUCKETS} files by its
	 * first character, so Japanese text does not make thousands of tiny files. Every name
	 * is safe on any host; {@code search.js} computes the same.
	 */
	static String key(String term, int letters) {
		char first = term.charAt(0);
		if (!isAsciiLetterOrDigit(first)) {
			return "_" + Integer.toString(first % OTHER_BUCKETS, 36);
		}
		StringBuilder key = new StringBuilder().append(first);
		for (int i = 1; i < Math.min(letters, term.length()); i++) {
			char c = term.charAt(i);
			key.append(isAsciiLetterOrDigit(c) ? c : '_');
		}
		return key.toString();
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	private static int[] positions(IndexSearcher searcher) throws IOException {
		int[] position = new int[searcher.getIndexReader().maxDoc()];
		for (int doc = 0; doc < position.length; doc++) {
			position[doc] = searcher.storedFields()
				.document(doc)
				.getField(SearchIndex.POSITION)
				.numericValue()
				.intValue();
		}
		return position;
	}

	/**
	 * Each word of the text as typed (lower case) and without its accents, with the terms
	 * the English fields hold for it: {@code 1} when that is the word itself, {@code 0}
	 * for none (a stop word), else the terms separated by spaces.
	 */
	private Map<String, Map<String, Object>> vocabulary(List<SearchDocument> documents, Analyzer analyzer)
			throws IOException {
		Map<String, Map<String, Object>> shards = new TreeMap<>();
		for (SearchDocument document : documents) {
			for (String text : List.of(document.title(), document.heading(), document.body())) {
				for (String word : words(text)) {
					for (String form : List.of(word, FoldingAnalyzer.fold(word))) {
						Map<String, Object> shard = shards.computeIfAbsent(key(form, 1), (k) -> new TreeMap<>());
						if (!shard.containsKey(form)) {
							List<String> terms = terms(analyzer, "body_en", form);
							shard.put(form,
									terms.isEmpty() ? 0 : terms.equals(List.of(form)) ? 1 : String.join(" ", terms));
						}
					}
				}
			}
		}
		return shards;
	}

	private void put(String prefix, Map<String, Map<String, Object>> shards) {
		shards.forEach((key, shard) -> put(prefix + key + ".json", shard));
	}

	private void writeDocuments(List<SearchDocument> documents) {
		List<List<Object>> docs = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (SearchDocument document : documents) {
			docs.add(List.of(document.url(), document.displayTitle(), document.kind(), document.isJapanese() ? 1 : 0));
			texts.add(document.body().isBlank() ? document.displayTitle() : document.body());
			if (texts.size() == TEXTS_PER_FILE) {
				put("text/" + (docs.size() / TEXTS_PER_FILE - 1) + ".json", texts);
				texts.clear();
			}
		}
		if (!texts.isEmpty()) {
			put("text/" + (docs.size() / TEXTS_PER_FILE) + ".json", texts);
		}
		put("docs.json", docs);
	}

	private Map<String, Object> meta(int documents, Iterable<String> postingKeys) {
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("documents", documents);
		meta.put("textsPerFile", TEXTS_PER_FILE);
		meta.put("boosts",
				Map.of("t", SearchIndex.TITLE_BOOST, "h", SearchIndex.HEADING_BOOST, "c", SearchIndex.CONTEXT_BOOST,
						"b", 1f, "T", SearchIndex.TITLE_BOOST, "H", SearchIndex.HEADING_BOOST, "C",
						SearchIndex.CONTEXT_BOOST, "B", 1f));
		meta.put("fuzzyFields", "thb");
		meta.put("fuzzyWeight", SearchQuery.FUZZY_WEIGHT);
		meta.put("prefixWeight", SearchQuery.PREFIX_WEIGHT);
		meta.put("deckWeight", SearchIndex.DECK_WEIGHT);
		meta.put("maxWords", SearchQuery.MAX_WORDS);
		meta.put("maxFuzzyWords", SearchQuery.MAX_FUZZY_WORDS);
		List<String> keys = new ArrayList<>();
		postingKeys.forEach(keys::add);
		meta.put("postings", keys);
		return meta;
	}

	private void put(String path, Object value) {
		this.files.put(path, this.json.writeValueAsBytes(value));
	}

	/** The words of a text as the standard tokenizer finds them, in lower case. */
	static List<String> words(String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (StandardTokenizer tokenizer = new StandardTokenizer();
				TokenStream tokens = new LowerCaseFilter(tokenizer)) {
			tokenizer.setReader(new java.io.StringReader(text));
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		return words;
	}

	private static List<String> terms(Analyzer analyzer, String field, String word) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream(field, word)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (!terms.contains(term.toString())) {
					terms.add(term.toString());
				}
			}
			tokens.end();
		}
		return terms;
	}

	private static Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		String[] names = { "title", "heading", "context", "body" };
		for (String name : names) {
			fields.put(name + "_en", name.substring(0, 1));
			fields.put(name + "_ja", name.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
		}
		return fields;
	}

}
