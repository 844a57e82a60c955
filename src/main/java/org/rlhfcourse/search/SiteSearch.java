package org.rlhfcourse.search;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * Searches the snapshot being served. The index belongs to one snapshot: it is built on
 * the first search after a snapshot goes live (by one thread; the others wait for it) and
 * replaced, never changed, when the snapshot is. Thread-safe.
 */
@Service
public class SiteSearch implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SiteSearch.class);

	/** How many hits a search returns at most. */
	public static final int LIMIT = 50;

	/** Inputs longer than this many UTF-8 bytes are refused. */
	public static final int MAX_QUERY_BYTES = SearchQuery.MAX_BYTES;

	private final SiteHolder site;

	private final AtomicReference<Indexed> current = new AtomicReference<>();

	public SiteSearch(SiteHolder site) {
		this.site = site;
	}

	/**
	 * Searches for what a reader typed; any input is acceptable.
	 * @param input the raw input, may be {@code null}
	 * @param limit the most hits wanted
	 * @return the outcome, never an exception for odd input
	 */
	public SearchResults search(String input, int limit) {
		String raw = (input != null) ? input : "";
		if (raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > SearchQuery.MAX_BYTES) {
			return new SearchResults(raw, SearchResults.Outcome.TOO_LONG, List.of());
		}
		String cleaned = SearchQuery.clean(raw);
		if (cleaned.isEmpty()) {
			return new SearchResults(cleaned, SearchResults.Outcome.EMPTY, List.of());
		}
		Optional<List<SearchHit>> hits = null;
		while (hits == null) {
			try {
				hits = index().search(cleaned, Math.clamp(limit, 1, LIMIT));
			}
			catch (AlreadyClosedException ex) {
				// A reload swapped the index between our lookup and our search: search
				// the new one.
			}
			catch (IndexSearcher.TooManyClauses ex) {
				return new SearchResults(cleaned, SearchResults.Outcome.TOO_COMPLEX, List.of());
			}
		}
		return hits.map((found) -> new SearchResults(cleaned, SearchResults.Outcome.SEARCHED, found))
			.orElseGet(() -> new SearchResults(cleaned, SearchResults.Outcome.NOTHING_TO_SEARCH, List.of()));
	}

	/**
	 * The index of the live snapshot, built now if the snapshot changed since the last
	 * search.
	 */
	SearchIndex index() {
		SiteSnapshot snapshot = this.site.current();
		Indexed indexed = this.current.get();
		if (indexed != null && indexed.snapshot() == snapshot) {
			return indexed.index();
		}
		synchronized (this) {
			indexed = this.current.get();
			if (indexed != null && indexed.snapshot() == snapshot) {
				return indexed.index();
			}
			long start = System.nanoTime();
			SearchIndex index = new SearchIndex(SearchDocuments.of(snapshot));
			Indexed previous = this.current.getAndSet(new Indexed(snapshot, index));
			if (previous != null) {
				previous.index().close();
			}
			logger.info("Search index built for the site of {}: {} documents in {} ms", snapshot.builtAt(),
					index.size(), Duration.ofNanos(System.nanoTime() - start).toMillis());
			return index;
		}
	}

	@Override
	public void close() {
		Indexed indexed = this.current.getAndSet(null);
		if (indexed != null) {
			indexed.index().close();
		}
	}

	private record Indexed(SiteSnapshot snapshot, SearchIndex index) {

	}

}
