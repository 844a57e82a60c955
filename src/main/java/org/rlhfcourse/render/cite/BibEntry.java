package org.rlhfcourse.render.cite;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * One bibliography entry with its fields already turned from LaTeX into plain Unicode
 * text.
 *
 * @param key the citation key
 * @param type the entry type in lower case ({@code article}, {@code inproceedings},
 * {@code misc}, ...)
 * @param authors author names as written, "Last, First" or "First Last"
 * @param fields every other field by lower-case name
 * @param line the line of the entry in its file, for error messages
 */
public record BibEntry(String key, String type, List<String> authors, Map<String, String> fields, int line) {

	public BibEntry {
		authors = List.copyOf(authors);
		fields = Map.copyOf(fields);
	}

	public String field(String name) {
		return this.fields.getOrDefault(name, "");
	}

	public String title() {
		return field("title");
	}

	public String year() {
		return field("year");
	}

	/**
	 * "Vaswani et al.", "Bradley and Terry", or "Lambert": the in-text form of the
	 * authors.
	 */
	public String shortAuthors() {
		List<String> lasts = this.authors.stream()
			.filter((name) -> !name.equalsIgnoreCase("others"))
			.map((name) -> AuthorName.parse(name).family())
			.toList();
		boolean others = this.authors.stream().anyMatch((name) -> name.equalsIgnoreCase("others"));
		if (lasts.isEmpty()) {
			return field("organization").isEmpty() ? this.key : field("organization");
		}
		if (lasts.size() == 1) {
			return lasts.get(0) + (others ? " et al." : "");
		}
		if (lasts.size() == 2 && !others) {
			return lasts.get(0) + " and " + lasts.get(1);
		}
		return lasts.get(0) + " et al.";
	}

	/** The entry formatted in IEEE style as HTML, with links to the DOI, arXiv or URL. */
	public String toHtml() {
		StringBuilder html = new StringBuilder();
		String authors = ieeeAuthors();
		if (!authors.isEmpty()) {
			html.append(escape(authors)).append(", ");
		}
		String title = title();
		boolean book = this.type.equals("book");
		if (book) {
			html.append("<i>").append(escape(title)).append("</i>");
		}
		else {
			html.append("“").append(escape(title)).append(",” ");
		}
		String container = switch (this.type) {
			case "article" -> field("journal");
			case "inproceedings", "incollection", "conference" -> field("booktitle");
			default -> "";
		};
		if (!container.isEmpty()) {
			html.append(this.type.equals("article") ? "" : "in ")
				.append("<i>")
				.append(escape(container))
				.append("</i>, ");
		}
		appendIf(html, "vol. ", field("volume"));
		appendIf(html, "no. ", field("number"));
		appendIf(html, "pp. ", field("pages").replace("--", "–"));
		if (book) {
			html.append(". ");
			appendIf(html, "", field("publisher"));
		}
		else if (this.type.equals("techreport")) {
			appendIf(html, "", field("institution"));
		}
		else if (container.isEmpty()) {
			appendIf(html, "", field("howpublished").isEmpty() ? field("publisher") : field("howpublished"));
			appendIf(html, "", field("organization"));
		}
		String eprint = field("eprint");
		boolean arxiv = !eprint.isEmpty()
				&& (field("archiveprefix").equalsIgnoreCase("arxiv") || field("eprinttype").equalsIgnoreCase("arxiv"));
		if (arxiv && container.isEmpty()) {
			html.append("arXiv:").append(escape(eprint)).append(", ");
		}
		html.append(escape(year().isEmpty() ? "n.d." : year())).append('.');
		String link = link();
		if (!link.isEmpty()) {
			html.append(" <a href=\"")
				.append(escape(link))
				.append("\">")
				.append(escape(linkLabel(link)))
				.append("</a>");
		}
		return html.toString().replace(", .", ".").replace(",”  ", ",” ");
	}

	/**
	 * The best link for the work: DOI, then arXiv, then URL; empty when none is known.
	 */
	public String link() {
		if (!field("doi").isEmpty()) {
			return "https://doi.org/" + field("doi").replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
		}
		if (!field("eprint").isEmpty() && field("archiveprefix").equalsIgnoreCase("arxiv")) {
			return "https://arxiv.org/abs/" + field("eprint");
		}
		String url = field("url");
		return (url.startsWith("https://") || url.startsWith("http://")) ? url : "";
	}

	private static String linkLabel(String link) {
		if (link.startsWith("https://doi.org/")) {
			return "doi:" + link.substring("https://doi.org/".length());
		}
		if (link.startsWith("https://arxiv.org/abs/")) {
			return "arXiv";
		}
		return "link";
	}

	private String ieeeAuthors() {
		List<String> names = this.authors.stream().map(BibEntry::initialsAndLast).toList();
		boolean others = !names.isEmpty() && names.get(names.size() - 1).equalsIgnoreCase("others");
		List<String> real = others ? names.subList(0, names.size() - 1) : names;
		if (real.isEmpty()) {
			return "";
		}
		if (others || real.size() > 6) {
			return real.get(0) + " et al.";
		}
		if (real.size() == 1) {
			return real.get(0);
		}
		if (real.size() == 2) {
			return real.get(0) + " and " + real.get(1);
		}
		return String.join(", ", real.subList(0, real.size() - 1)) + ", and " + real.get(real.size() - 1);
	}

	private static String initialsAndLast(String name) {
		if (name.equalsIgnoreCase("others")) {
			return "others";
		}
		AuthorName author = AuthorName.parse(name);
		String last = author.family();
		String first = author.given();
		StringBuilder initials = new StringBuilder();
		for (String part : first.split("\\s+")) {
			if (part.isEmpty()) {
				continue;
			}
			if (!Character.isUpperCase(part.codePointAt(0))) {
				initials.append(part).append(' ');
				continue;
			}
			List<String> pieces = new java.util.ArrayList<>();
			for (String piece : part.split("-")) {
				if (!piece.isEmpty()) {
					pieces.add(piece.substring(0, Character.charCount(piece.codePointAt(0))) + ".");
				}
			}
			initials.append(String.join("-", pieces)).append(' ');
		}
		return (initials.toString() + last).strip();
	}

	private static void appendIf(StringBuilder html, String prefix, String value) {
		if (!value.isEmpty()) {
			html.append(prefix).append(escape(value)).append(", ");
		}
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
