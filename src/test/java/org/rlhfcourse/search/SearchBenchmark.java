package org.rlhfcourse.search;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.rlhfcourse.site.SiteSnapshot;

/**
 * The search index over the bundled content (math stood in for by its TeX, so no KaTeX
 * work): the time to cut a snapshot into sections and index it, and the time of one
 * search with its eight highlighted snippets, as {@code /search.json} does. Run by
 * bench/search.sh; never a unit test.
 */
public class SearchBenchmark {

	@State(Scope.Benchmark)
	public static class Site {

		SiteSnapshot snapshot;

		SearchIndex index;

		@Setup(Level.Trial)
		public void build() throws IOException {
			this.snapshot = SearchIndexTests.bundledSiteWithoutKatex();
			this.index = new SearchIndex(SearchDocuments.of(this.snapshot));
		}

		@TearDown(Level.Trial)
		public void close() {
			this.index.close();
		}

	}

	@State(Scope.Thread)
	public static class Query {

		/**
		 * A common word, two words, a word being typed (prefix), a Japanese word (CJK
		 * bigrams) and a misspelt word (typos).
		 */
		@Param({ "reward", "bradley terry", "rewa", "研究所", "prefernce" })
		String text;

	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Object search(Site site, Query query) {
		return site.index.search(query.text, SearchController.LIVE_LIMIT);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public int buildIndex(Site site) {
		try (SearchIndex index = new SearchIndex(SearchDocuments.of(site.snapshot))) {
			return index.size();
		}
	}

}
