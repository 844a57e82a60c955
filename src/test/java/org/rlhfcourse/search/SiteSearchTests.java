package org.rlhfcourse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.rlhfcourse.site.SiteBuilt;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class SiteSearchTests {

	private final AtomicReference<SiteSnapshot> live = new AtomicReference<>(
			Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction")));

	private final SiteSearch search = new SiteSearch(holder());

	@AfterEach
	void close() {
		this.search.close();
	}

	@Test
	void indexIsBuiltOncePerSnapshotAndRebuiltAfterASwap() throws Exception {
		SearchIndex first = this.search.index();
		assertThat(this.search.index()).isSameAs(first);
		assertThat(urls("kestrel")).isEmpty();
		this.live.set(Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"),
				Snapshots.chapter(2, "kestrel", "Kestrels and reward")));
		urls("kestrel");
		this.search.awaitBuilds();
		assertThat(urls("kestrel")).containsExactly("/course/kestrel", "/course/kestrel#intro");
		assertThat(this.search.index()).isNotSameAs(first);
	}

	@Test
	@Timeout(120)
	void afterAReloadTheOldIndexAnswersWhileTheNewOneIsBuiltThenTheNewOneTakesOver() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger builds = new AtomicInteger();
		SiteSearch held = new SiteSearch(holder()) {
			@Override
			SearchIndex build(SiteSnapshot snapshot) {
				if (builds.incrementAndGet() > 1) {
					try {
						release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				return super.build(snapshot);
			}
		};
		try {
			assertThat(held.search("introduction", 10).hits()).isNotEmpty();
			this.live.set(Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"),
					Snapshots.chapter(2, "kestrel", "Kestrels and reward")));
			// The new index's build is held back: searches still answer, from the old
			// index.
			for (int i = 0; i < 3; i++) {
				assertThat(held.search("introduction", 10).hits()).isNotEmpty();
				assertThat(held.search("kestrel", 10).hits()).isEmpty();
			}
			assertThat(builds).hasValue(2);
			release.countDown();
			held.awaitBuilds();
			assertThat(held.search("kestrel", 10).hits()).extracting(SearchHit::url)
				.containsExactly("/course/kestrel", "/course/kestrel#intro");
			assertThat(builds).as("one build per snapshot, however many searches asked for it").hasValue(2);
		}
		finally {
			release.countDown();
			held.close();
		}
	}

	@Test
	void aSnapshotGoingLiveIsIndexedBeforeAnyoneSearchesIt() throws Exception {
		assertThat(urls("kestrel")).isEmpty();
		SiteSnapshot next = Snapshots.withChapters(Snapshots.chapter(2, "kestrel", "Kestrels and reward"));
		this.live.set(next);
		this.search.onSiteBuilt(new SiteBuilt(next, true));
		this.search.awaitBuilds();
		SearchIndex built = this.search.index();
		assertThat(urls("kestrel")).contains("/course/kestrel");
		assertThat(this.search.index()).isSameAs(built);
	}

	@Test
	void inputsAreClassifiedBeforeSearching() {
		assertThat(this.search.search(null, 10).outcome()).isEqualTo(SearchResults.Outcome.EMPTY);
		assertThat(this.search.search(" \u0000\t", 10).outcome()).isEqualTo(SearchResults.Outcome.EMPTY);
		assertThat(this.search.search("x".repeat(1025), 10).outcome()).isEqualTo(SearchResults.Outcome.TOO_LONG);
		assertThat(this.search.search("AND OR -", 10).outcome()).isEqualTo(SearchResults.Outcome.NOTHING_TO_SEARCH);
		SearchResults found = this.search.search("introduction\u0007", 10);
		assertThat(found.outcome()).isEqualTo(SearchResults.Outcome.SEARCHED);
		assertThat(found.query()).isEqualTo("introduction");
		assertThat(found.hits()).isNotEmpty();
	}

	@Test
	void searchesRunningWhileSnapshotsSwapNeverFail() throws Exception {
		SiteSnapshot one = Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"));
		SiteSnapshot two = Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"),
				Snapshots.chapter(2, "dpo", "Direct preference optimization"));
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> searchers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				searchers.add(pool.submit(() -> {
					int searches = 0;
					while (running.get()) {
						assertThat(this.search.search("introduction", 10).hits()).isNotEmpty();
						searches++;
					}
					return searches;
				}));
			}
			for (int swap = 0; swap < 60; swap++) {
				this.live.set((swap % 2 == 0) ? two : one);
				this.search.index();
			}
			running.set(false);
			for (Future<Integer> searcher : searchers) {
				assertThat(searcher.get()).isPositive();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<String> urls(String input) {
		return this.search.search(input, 10).hits().stream().map(SearchHit::url).toList();
	}

	private SiteHolder holder() {
		SiteHolder holder = mock(SiteHolder.class);
		given(holder.current()).willAnswer((invocation) -> this.live.get());
		return holder;
	}

}
