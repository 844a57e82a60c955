package org.rlhfcourse.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param query the input as searched (control characters removed), or as typed when it
 * was refused
 * @param outcome whether the search ran, and if not, why
 * @param hits the hits, best first
 */
public record SearchResults(String query, Outcome outcome, List<SearchHit> hits) {

	public SearchResults {
		hits = List.copyOf(hits);
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
