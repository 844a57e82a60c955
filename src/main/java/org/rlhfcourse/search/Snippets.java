package org.rlhfcourse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted passages for the hits of one query, made with Lucene's highlighter: the
 * text is HTML-escaped and the matched words wrapped in {@code <mark>}, so a snippet is
 * safe to insert as HTML. One instance serves one search on one thread.
 */
final class Snippets {

	static final int LENGTH = 180;

	/**
	 * Escapes only what HTML needs ({@code < > & " '}), so Japanese text stays readable
	 * and pairs stay whole.
	 */
	private static final Encoder ESCAPE = (text) -> HtmlUtils.htmlEscape(text, "UTF-8");

	/**
	 * A passage may start just after a sentence's end; its leftover punctuation reads as
	 * noise.
	 */
	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:!?)\\]]+");

	private final Query query;

	private final Analyzer analyzer;

	Snippets(Query query, Analyzer analyzer) {
		this.query = query;
		this.analyzer = analyzer;
	}

	/**
	 * The best passage of {@code text} for the query as analysed in {@code field}, else
	 * as analysed in {@code fallbackField}, else the text's opening.
	 */
	String of(String field, String fallbackField, String text) {
		String best = highlight(field, text);
		if (best == null) {
			best = highlight(fallbackField, text);
		}
		return (best != null) ? best : opening(text);
	}

	private String highlight(String field, String text) {
		QueryScorer scorer = new QueryScorer(this.query, field);
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ESCAPE, scorer);
		highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, LENGTH));
		try {
			String fragment = highlighter.getBestFragment(this.analyzer, field, text);
			return (fragment != null) ? LEADING_PUNCTUATION.matcher(fragment).replaceFirst("").strip() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidTokenOffsetsException ex) {
			return null;
		}
	}

	private static String opening(String text) {
		if (text.length() <= LENGTH) {
			return HtmlUtils.htmlEscape(text, "UTF-8");
		}
		int cut = text.lastIndexOf(' ', LENGTH);
		cut = (cut > LENGTH / 2) ? cut : LENGTH;
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return HtmlUtils.htmlEscape(text.substring(0, cut), "UTF-8") + "…";
	}

}
