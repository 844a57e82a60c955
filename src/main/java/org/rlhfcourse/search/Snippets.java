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

	/** Marks that end a sentence, in English and Japanese. */
	private static final String SENTENCE_ENDS = ".!?:。！？：";

	/** What may follow a sentence's end: closing quotes and brackets. */
	private static final String CLOSERS = "\"'”’)]」』）";

	private final Query query;

	private final Analyzer analyzer;

	Snippets(Query query, Analyzer analyzer) {
		this.query = query;
		this.analyzer = analyzer;
	}

	/**
	 * The best passage of {@code text} for the query as analysed in {@code field}, else
	 * as analysed in {@code fallbackField}, else the text's opening; a passage cut inside
	 * a sentence shows "…" where it was cut. A hit whose text is empty (a heading with
	 * nothing under it but a subheading) shows {@code named}, its title, instead, so
	 * every hit has a snippet.
	 */
	String of(String field, String fallbackField, String text, String named) {
		String source = text.isBlank() ? named : text;
		String best = highlight(field, source);
		if (best == null) {
			best = highlight(fallbackField, source);
		}
		return (best != null) ? withEllipses(best, source) : opening(source);
	}

	/**
	 * The passage with "…" before it when it starts inside a sentence of {@code text} and
	 * after it when it stops inside one.
	 */
	static String withEllipses(String passage, String text) {
		String plain = HtmlUtils.htmlUnescape(passage.replace("<mark>", "").replace("</mark>", ""));
		int start = text.indexOf(plain);
		if (start < 0 || plain.isEmpty()) {
			return passage;
		}
		boolean cutBefore = start > 0 && !endsSentence(text.substring(0, start));
		boolean cutAfter = start + plain.length() < text.length() && !endsSentence(plain)
				&& !plain.endsWith(HtmlText.FORMULA);
		return (cutBefore ? "… " : "") + passage + (cutAfter ? " …" : "");
	}

	/**
	 * Whether {@code text} ends at the end of a sentence (closing quotes and brackets
	 * after the full stop included), or is blank.
	 */
	static boolean endsSentence(String text) {
		int i = text.length() - 1;
		while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
			i--;
		}
		return i < 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
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
