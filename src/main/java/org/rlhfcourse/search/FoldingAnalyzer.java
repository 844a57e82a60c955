package org.rlhfcourse.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Latin text as readers type it, with or without accents: each word is kept as written
 * and, when it has accents, also without them at the same position, so "Tulu" finds
 * "Tülu" and "Tülu" finds "Tulu", while a word spelt exactly as in the text matches both
 * tokens and so scores higher. The stemmed variant is {@link EnglishAnalyzer}'s chain
 * (possessives, lower case, stop words, Porter stems) with the folding added before the
 * stop words; the other keeps every word unstemmed, for phrases and the word being typed.
 */
final class FoldingAnalyzer extends Analyzer {

	private final boolean english;

	/**
	 * @param english whether to drop English stop words and stem, as
	 * {@link EnglishAnalyzer} does
	 */
	FoldingAnalyzer(boolean english) {
		this.english = english;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream result = this.english ? new EnglishPossessiveFilter(source) : source;
		result = new ASCIIFoldingFilter(new LowerCaseFilter(result), true);
		if (this.english) {
			result = new PorterStemFilter(new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
		}
		return new TokenStreamComponents(source, result);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in), false);
	}

	/**
	 * A word as the indexes hold its accent-free token: lower case, folded to ASCII where
	 * it can be.
	 */
	static String fold(String word) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		char[] folded = new char[lower.length() * 4];
		int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
		return new String(folded, 0, length);
	}

}
