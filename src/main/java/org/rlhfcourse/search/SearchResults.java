package org.rlhfcourse.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param query the input as searched (control characters removed), or as typed when it
 * was refused
 * @param outcome whether the search ran, and if not, why
 * @param hits the hits asked for, best first
 * @param total how many hits there are in all, of which {@code hits} are one page
 * @param offset how many better hits come before {@code hits}
 */
public record SearchResults(String query, Outcome outcome, List<SearchHit> hits, int total, int offset) {

	public SearchResults {
		hits = List.copyOf(hits);
		if (total < offset + hits.size() || offset < 0) {
			throw new IllegalArgumentException(
					"total " + total + " below offset " + offset + " plus " + hits.size() + " hits");
		}
	}

	/** Results that are all there is: no more hits than these, none before them. */
	public SearchResults(String query, Outcome outcome, List<SearchHit> hits) {
		this(query, outcome, hits, hits.size(), 0);
	}

	/** The position of the first hit shown, counting from 1. */
	public int first() {
		return this.offset + 1;
	}

	/** The position of the last hit shown, counting from 1. */
	public int last() {
		return this.offset + this.hits.size();
	}

	/** Whether there are hits after these. */
	public boolean hasMore() {
		return last() < this.total;
	}

	/** Why a search has the hits it has. */
	public enum Outcome {

		/** Nothing was typed. */
		EMPTY,
		/**
		 * The input is over {@value SiteSearch#MAX_QUERY_BYTES} bytes and was refused.
		 */
		TOO_LONG,
		/** The input has only punctuation or common words, which match nothing. */
		NOTHING_TO_SEARCH,
		/** The input has too many parts to search at once. */
		TOO_COMPLEX,
		/** The search ran; {@code hits} may still be empty. */
		SEARCHED

	}

}
