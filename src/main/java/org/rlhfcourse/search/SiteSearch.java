package org.rlhfcourse.search;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import org.rlhfcourse.site.SiteBuilt;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * Searches the snapshot being served. The index belongs to one snapshot and is replaced,
 * never changed, when the snapshot is: the first search builds it (the others wait for
 * it), and after a reload the new one is built in the background while the old one keeps
 * answering, then takes over. Thread-safe.
 */
@Service
public class SiteSearch implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SiteSearch.class);

	/** How many hits one search returns at most: one page of results. */
	public static final int LIMIT = 50;

	/** How far into the hits a reader may page. */
	public static final int MAX_OFFSET = 1000;

	/** Inputs longer than this many UTF-8 bytes are refused. */
	public static final int MAX_QUERY_BYTES = SearchQuery.MAX_BYTES;

	private final SiteHolder site;

	private final AtomicReference<Indexed> current = new AtomicReference<>();

	/** The snapshot whose index is being built or queued, if any. */
	private final AtomicReference<SiteSnapshot> requested = new AtomicReference<>();

	/** Builds indexes one at a time, off the request threads. */
	private final ExecutorService builder = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("search-index").factory());

	private boolean closed;

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
		return search(input, 0, limit);
	}

	/**
	 * One page of the hits for what a reader typed; any input is acceptable.
	 * @param input the raw input, may be {@code null}
	 * @param offset how many of the best hits to pass over (at most {@value #MAX_OFFSET})
	 * @param limit the most hits wanted (at most {@value #LIMIT})
	 * @return the outcome with the hits' total count, never an exception for odd input
	 */
	public SearchResults search(String input, int offset, int limit) {
		String raw = (input != null) ? input : "";
		if (raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > SearchQuery.MAX_BYTES) {
			return new SearchResults(raw, SearchResults.Outcome.TOO_LONG, List.of());
		}
		String cleaned = SearchQuery.clean(raw);
		if (cleaned.isEmpty()) {
			return new SearchResults(cleaned, SearchResults.Outcome.EMPTY, List.of());
		}
		int from = Math.clamp(offset, 0, MAX_OFFSET);
		Optional<SearchIndex.Found> found = null;
		while (found == null) {
			try {
				found = index().search(cleaned, from, Math.clamp(limit, 1, LIMIT));
			}
			catch (AlreadyClosedException ex) {
				// A reload swapped the index between our lookup and our search: search
				// the new one.
			}
			catch (IndexSearcher.TooManyClauses ex) {
				return new SearchResults(cleaned, SearchResults.Outcome.TOO_COMPLEX, List.of());
			}
		}
		return found
			.map((page) -> new SearchResults(cleaned, SearchResults.Outcome.SEARCHED, page.hits(),
					Math.max(page.total(), from + page.hits().size()), page.hits().isEmpty() ? 0 : from))
			.orElseGet(() -> new SearchResults(cleaned, SearchResults.Outcome.NOTHING_TO_SEARCH, List.of()));
	}

	/**
	 * The index to search: the live snapshot's, or while that one is being built in the
	 * background, the last one built, so no search waits for a build. Only the very first
	 * search waits, as there is no older index to answer it.
	 */
	SearchIndex index() {
		SiteSnapshot snapshot = this.site.current();
		Indexed indexed = this.current.get();
		if (indexed != null) {
			if (indexed.snapshot() != snapshot) {
				buildInBackground(snapshot);
			}
			return indexed.index();
		}
		synchronized (this) {
			indexed = this.current.get();
			if (indexed == null) {
				install(snapshot, build(snapshot));
				indexed = this.current.get();
			}
			return indexed.index();
		}
	}

	/**
	 * Starts building the index of a snapshot that just went live, so that it is usually
	 * ready before the first search after a reload. Nothing is built before the first
	 * search.
	 */
	@EventListener
	void onSiteBuilt(SiteBuilt built) {
		if (built.live() && this.current.get() != null) {
			buildInBackground(built.snapshot());
		}
	}

	/**
	 * Builds the index of one snapshot; the whole work of a reload's search, overridden
	 * by tests to hold a build back.
	 */
	SearchIndex build(SiteSnapshot snapshot) {
		long start = System.nanoTime();
		SearchIndex index = new SearchIndex(SearchDocuments.of(snapshot));
		logger.info("Search index built for the site of {}: {} documents in {} ms", snapshot.builtAt(), index.size(),
				Duration.ofNanos(System.nanoTime() - start).toMillis());
		return index;
	}

	/**
	 * Waits until the builds started so far are done (and their indexes in use), for
	 * tests and for tools that need the latest index.
	 */
	void awaitBuilds() throws InterruptedException {
		try {
			this.builder.submit(() -> {
			}).get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Queues a build of {@code snapshot} unless one is queued already; a queued build
	 * whose snapshot was replaced before it started is dropped, so saves in quick
	 * succession cost one build.
	 */
	private void buildInBackground(SiteSnapshot snapshot) {
		if (this.requested.getAndSet(snapshot) == snapshot || this.builder.isShutdown()) {
			return;
		}
		this.builder.execute(() -> {
			if (this.requested.get() != snapshot) {
				return;
			}
			try {
				install(snapshot, build(snapshot));
			}
			catch (RuntimeException ex) {
				this.requested.compareAndSet(snapshot, null);
				if (this.builder.isShutdown()) {
					return;
				}
				logger.error("Search index not rebuilt, the previous one keeps answering: {}", ex.toString(), ex);
			}
		});
	}

	/** Puts a built index in use and frees the one it replaces. */
	private synchronized void install(SiteSnapshot snapshot, SearchIndex index) {
		if (this.closed) {
			index.close();
			return;
		}
		Indexed previous = this.current.getAndSet(new Indexed(snapshot, index));
		if (previous != null) {
			previous.index().close();
		}
	}

	@Override
	public void close() {
		this.builder.shutdownNow();
		synchronized (this) {
			this.closed = true;
			Indexed indexed = this.current.getAndSet(null);
			if (indexed != null) {
				indexed.index().close();
			}
		}
	}

	private record Indexed(SiteSnapshot snapshot, SearchIndex index) {

	}

}
