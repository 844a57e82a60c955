package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import org.rlhfcourse.render.cite.AuthorName;
import org.rlhfcourse.render.cite.BibEntry;
import org.rlhfcourse.render.cite.Bibliography;

/**
 * Colloquium's citations for one deck: author-year labels such as "(Ouyang et al.,
 * 2022)", the entries of the References slides, and their pagination by estimated height.
 * Not thread-safe: one instance per deck build.
 */
final class DeckCitations {

	/** Colloquium's citation pattern: only {@code [@key]} and {@code [@a; @b]}. */
	static final Pattern CITATION = Pattern.compile("\\[@([\\w:.\\-]+(?:\\s*;\\s*@[\\w:.\\-]+)*)\\]",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** Height budget of one References slide, in colloquium's estimated pixels. */
	private static final int PAGE_PX = 530;

	private final Bibliography bibliography;

	private final Set<String> cited = new LinkedHashSet<>();

	DeckCitations(Bibliography bibliography) {
		this.bibliography = bibliography;
	}

	/** The keys of {@code [@...]} citations in {@code text}. */
	static List<String> keysIn(String text) {
		List<String> keys = new ArrayList<>();
		Matcher matcher = CITATION.matcher(text);
		while (matcher.find()) {
			for (String key : matcher.group(1).split(";")) {
				keys.add(key.strip().replaceFirst("^@", ""));
			}
		}
		return keys;
	}

	Optional<BibEntry> entry(String key) {
		return this.bibliography.entry(key);
	}

	/**
	 * Records a use of {@code key}; only keys present in the bibliography get a
	 * reference.
	 */
	void cite(String key) {
		if (this.bibliography.entry(key).isPresent()) {
			this.cited.add(key);
		}
	}

	/** The in-text label, without parentheses: "Ouyang et al., 2022". */
	String label(BibEntry entry) {
		List<String> lasts = entry.authors()
			.stream()
			.filter((name) -> !name.equalsIgnoreCase("others"))
			.map((name) -> AuthorName.parse(name).family())
			.toList();
		String who;
		if (lasts.isEmpty()) {
			who = entry.field("organization").isEmpty() ? entry.key() : entry.field("organization");
		}
		else {
			String first = lasts.get(0).split("\\s+")[0];
			boolean others = entry.authors().size() > lasts.size();
			if (lasts.size() > 2 || (others && lasts.size() >= 1)) {
				who = first + " et al.";
			}
			else if (lasts.size() == 2) {
				who = first + " & " + lasts.get(1).split("\\s+")[0];
			}
			else {
				who = first;
			}
		}
		return entry.year().isEmpty() ? who : who + ", " + entry.year();
	}

	/**
	 * The keys of a citation group in the order of the References slides (by label), each
	 * once, unknown keys last as written; author-year styles order a group this way.
	 */
	private List<String> inReferenceOrder(List<String> keys) {
		List<String> known = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String key : new LinkedHashSet<>(keys)) {
			(entry(key).isPresent() ? known : unknown).add(key);
		}
		known.sort(Comparator.comparing((String key) -> label(entry(key).orElseThrow()).toLowerCase(Locale.ROOT))
			.thenComparing(Comparator.naturalOrder()));
		known.addAll(unknown);
		return known;
	}

	/**
	 * The HTML of a citation of {@code keys}; unknown keys show as "[key?]" and are
	 * returned through {@code missing}.
	 */
	String citationHtml(List<String> written, List<String> missing) {
		List<String> keys = inReferenceOrder(written);
		StringBuilder html = new StringBuilder("<span class=\"deck-cite\">(");
		for (int i = 0; i < keys.size(); i++) {
			if (i > 0) {
				html.append("; ");
			}
			String key = keys.get(i);
			Optional<BibEntry> entry = entry(key);
			if (entry.isEmpty()) {
				missing.add(key);
				html.append("<span class=\"deck-cite-missing\">").append(escape(key)).append("?</span>");
			}
			else {
				cite(key);
				html.append("<a href=\"#ref-")
					.append(escape(key))
					.append("\">")
					.append(escape(label(entry.get())))
					.append("</a>");
			}
		}
		return html.append(")</span>").toString();
	}

	/**
	 * The cited entries in colloquium's order for author-year style: alphabetical by
	 * label.
	 */
	List<BibEntry> references() {
		return this.cited.stream()
			.map((key) -> this.bibliography.entry(key).orElseThrow())
			.sorted(Comparator.comparing((BibEntry entry) -> label(entry).toLowerCase(Locale.ROOT))
				.thenComparing(BibEntry::key))
			.toList();
	}

	/** The references split into pages the way colloquium estimates their height. */
	List<List<BibEntry>> pages() {
		List<List<BibEntry>> pages = new ArrayList<>();
		List<BibEntry> page = new ArrayList<>();
		int used = 0;
		for (BibEntry entry : references()) {
			int px = estimatedPx(entry);
			if (!page.isEmpty() && used + px > PAGE_PX) {
				pages.add(page);
				page = new ArrayList<>();
				used = 0;
			}
			page.add(entry);
			used += px;
		}
		if (!page.isEmpty()) {
			pages.add(page);
		}
		return pages;
	}

	/**
	 * Colloquium's {@code _estimate_ref_px}: 27 px per 120-character line plus 11 px
	 * spacing.
	 */
	static int estimatedPx(BibEntry entry) {
		String plain = HtmlUtils.htmlUnescape(formatReference(entry).replaceAll("<[^>]+>", ""));
		return (int) Math.ceil(plain.length() / 120.0) * 27 + 11;
	}

	/**
	 * Colloquium's {@code _format_reference}: "Last, F. M., Last2, F., and Last3, F..
	 * “<em>Title</em>.” <em>Venue</em>, Year. [link]", at most five authors then "et
	 * al.".
	 */
	static String formatReference(BibEntry entry) {
		List<String> names = entry.authors()
			.stream()
			.filter((name) -> !name.equalsIgnoreCase("others"))
			.map(DeckCitations::lastFirstInitials)
			.toList();
		boolean more = names.size() > 5 || entry.authors().size() > names.size();
		List<String> shown = names.subList(0, Math.min(5, names.size()));
		StringBuilder html = new StringBuilder();
		if (!shown.isEmpty()) {
			String authors;
			if (more) {
				authors = String.join(", ", shown) + ", et al";
			}
			else if (shown.size() == 1) {
				authors = shown.get(0);
			}
			else {
				authors = String.join(", ", shown.subList(0, shown.size() - 1)) + ", and "
						+ shown.get(shown.size() - 1);
			}
			html.append(escape(authors)).append(". ");
		}
		html.append("“<em>").append(escape(entry.title())).append("</em>.”");
		String venue = !entry.field("journal").isEmpty() ? entry.field("journal")
				: !entry.field("booktitle").isEmpty() ? entry.field("booktitle") : entry.field("publisher");
		if (!venue.isEmpty()) {
			html.append(" <em>").append(escape(venue)).append("</em>");
		}
		if (!entry.year().isEmpty()) {
			html.append(venue.isEmpty() ? " " : ", ").append(escape(entry.year()));
		}
		html.append('.');
		String url = entry.field("url");
		if (url.startsWith("https://") || url.startsWith("http://")) {
			html.append(" <a href=\"").append(escape(url)).append("\">[link]</a>");
		}
		return html.toString();
	}

	private static String lastFirstInitials(String name) {
		AuthorName author = AuthorName.parse(name);
		String last = author.family();
		String first = author.given();
		StringBuilder initials = new StringBuilder();
		for (String part : first.split("\\s+")) {
			if (!part.isEmpty()) {
				initials.append(initials.isEmpty() ? "" : " ")
					.append(part.codePoints()
						.limit(1)
						.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append))
					.append('.');
			}
		}
		return initials.isEmpty() ? last : last + ", " + initials;
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
