package org.rlhfcourse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of one snapshot's {@link SearchDocument}s. English text is
 * stemmed and folded to ASCII beside its accented form ({@link FoldingAnalyzer}),
 * Japanese text is indexed as CJK bigrams ({@link CJKAnalyzer}), each language in its own
 * fields; titles count more than headings, headings more than text, and a slide counts
 * less than a chapter's or page's section with the same match, since the chapter says it
 * in full. Immutable once built and safe for concurrent searches; {@link #close()} frees
 * it once no search uses it any more.
 */
final class SearchIndex implements AutoCloseable {

	static final float TITLE_BOOST = 10f;

	static final float HEADING_BOOST = 2.5f;

	static final float CONTEXT_BOOST = 0.5f;

	/** What a slide's score is multiplied by; chapters and pages keep theirs. */
	static final float DECK_WEIGHT = 0.6f;

	private static final String WEIGHT = "weight";

	private static final String EXACT = "exact";

	private static final String ORDER = "order";

	/** Where a document is in the list the index was built from. */
	static final String POSITION = "position";

	private static final String[] LANGUAGES = { "en", "ja" };

	private static final Sort SCORE_THEN_BOOK_ORDER = new Sort(SortField.FIELD_SCORE,
			new SortField(ORDER, SortField.Type.INT));

	private final Analyzer analyzer;

	private final Map<String, Float> boosts = new LinkedHashMap<>();

	private final Set<String> fuzzyFields = new LinkedHashSet<>();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final int size;

	SearchIndex(List<SearchDocument> documents) {
		Analyzer english = new FoldingAnalyzer(true);
		Analyzer japanese = new CJKAnalyzer();
		Map<String, Analyzer> byField = new LinkedHashMap<>();
		for (String lang : LANGUAGES) {
			Analyzer analyzer = lang.equals("ja") ? japanese : english;
			for (String field : List.of("title", "heading", "context", "body")) {
				byField.put(field + "_" + lang, analyzer);
			}
			this.boosts.put("title_" + lang, TITLE_BOOST);
			this.boosts.put("heading_" + lang, HEADING_BOOST);
			this.boosts.put("context_" + lang, CONTEXT_BOOST);
			this.boosts.put("body_" + lang, 1f);
		}
		this.fuzzyFields.addAll(List.of("title_en", "heading_en", "body_en"));
		this.analyzer = new PerFieldAnalyzerWrapper(new FoldingAnalyzer(false), byField);
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
			for (int i = 0; i < documents.size(); i++) {
				Document document = toLucene(documents.get(i));
				document.add(new StoredField(POSITION, i));
				writer.addDocument(document);
			}
			writer.commit();
			this.reader = DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the in-memory search index", ex);
		}
		this.searcher = new IndexSearcher(this.reader);
		this.size = documents.size();
	}

	/** The index's reader and searcher, for writing it out as a static index. */
	IndexSearcher searcher() {
		return this.searcher;
	}

	/** The analyzer of each field, as the index was built with. */
	Analyzer analyzer() {
		return this.analyzer;
	}

	/** How many documents the index holds. */
	int size() {
		return this.size;
	}

	/**
	 * One page of the hits for a cleaned input, best first and in book order among equal
	 * scores, with how many there are in all.
	 * @param offset how many of the best hits to pass over
	 * @param limit the most hits to return
	 * @return the hits, or empty when the input holds nothing searchable
	 * @throws AlreadyClosedException if the index was closed because a newer one replaced
	 * it
	 */
	Optional<Found> search(String input, int offset, int limit) {
		Optional<Query> parsed = SearchQuery.parse(input, this.analyzer, this.boosts, this.fuzzyFields, EXACT);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		if (!this.reader.tryIncRef()) {
			throw new AlreadyClosedException("The search index was replaced; search the current one");
		}
		try {
			Query query = expandTypos(parsed.get());
			Query weighted = FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(WEIGHT));
			// Counts every hit, however many: the default stops counting at a thousand.
			TopFieldDocs top = this.searcher.search(weighted, new TopFieldCollectorManager(SCORE_THEN_BOOK_ORDER,
					Math.max(1, offset + limit), Integer.MAX_VALUE));
			int total = Math.toIntExact(top.totalHits.value());
			Snippets snippets = new Snippets(query, this.analyzer);
			List<SearchHit> hits = new ArrayList<>();
			for (int i = offset; i < top.scoreDocs.length && hits.size() < limit; i++) {
				Document document = this.searcher.storedFields().document(top.scoreDocs[i].doc);
				String lang = document.get("lang");
				hits.add(new SearchHit(document.get("display"), document.get("url"),
						snippets.of("body_" + lang, EXACT, document.get("text"), document.get("display")),
						document.get("kind")));
			}
			return Optional.of(new Found(hits, total));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			decRef();
		}
	}

	/** The hits for the first {@code limit} results. */
	Optional<List<SearchHit>> search(String input, int limit) {
		return search(input, 0, limit).map(Found::hits);
	}

	/**
	 * The query with each word-with-typos query replaced by the words of this index it
	 * stands for. Searching and highlighting then share one expansion; left to the
	 * highlighter, every snippet would expand them again, which made a two-word search
	 * several times slower.
	 */
	private Query expandTypos(Query query) throws IOException {
		if (query instanceof FuzzyQuery) {
			return this.searcher.rewrite(query);
		}
		if (query instanceof BoostQuery boosted) {
			return new BoostQuery(expandTypos(boosted.getQuery()), boosted.getBoost());
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder expanded = new BooleanQuery.Builder();
			for (BooleanClause clause : bool.clauses()) {
				expanded.add(expandTypos(clause.query()), clause.occur());
			}
			return expanded.build();
		}
		return query;
	}

	@Override
	public void close() {
		decRef();
	}

	private void decRef() {
		try {
			this.reader.decRef();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Document toLucene(SearchDocument source) {
		String lang = source.isJapanese() ? "ja" : "en";
		Document document = new Document();
		document.add(new StringField("kind", source.kind(), Field.Store.YES));
		document.add(new StoredField("url", source.url()));
		document.add(new StoredField("display", source.displayTitle()));
		document.add(new StoredField("lang", lang));
		document.add(new StoredField("text", source.body()));
		document.add(new NumericDocValuesField(ORDER, source.order()));
		document.add(new FloatDocValuesField(WEIGHT, source.kind().equals("deck") ? DECK_WEIGHT : 1f));
		if (source.isOpening()) {
			// The address is part of the name readers know a page by: /course/dpo is
			// found by "dpo". A deck's
			// title weighs as a heading, so a chapter comes before the deck of the same
			// name.
			String path = source.url().replaceFirst("#.*", "");
			String slug = path.substring(path.lastIndexOf('/') + 1).replace('-', ' ');
			String field = source.kind().equals("deck") ? "heading_" : "title_";
			document.add(new TextField(field + lang, source.title() + " " + slug, Field.Store.NO));
		}
		else {
			document.add(new TextField("context_" + lang, source.title(), Field.Store.NO));
			document.add(new TextField("heading_" + lang, source.heading(), Field.Store.NO));
		}
		document.add(new TextField("body_" + lang, source.body(), Field.Store.NO));
		String named = source.isOpening() ? source.title() : source.heading();
		document.add(new TextField(EXACT, named + " " + source.body(), Field.Store.NO));
		return document;
	}

	/**
	 * A page of hits.
	 *
	 * @param hits the hits asked for
	 * @param total how many documents match in all
	 */
	record Found(List<SearchHit> hits, int total) {

		Found {
			hits = List.copyOf(hits);
		}

	}

}
