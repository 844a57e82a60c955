package org.rlhfcourse.render.cite;

/**
 * One author as BibTeX writes them, "Family, Given" or "Given Family", split into its two
 * parts. Citation styles build their own forms (initials, "et al.") from these.
 *
 * @param given the given names, possibly empty
 * @param family the family name
 */
public record AuthorName(String given, String family) {

	public static AuthorName parse(String name) {
		String stripped = name.strip();
		int comma = stripped.indexOf(',');
		if (comma >= 0) {
			return new AuthorName(stripped.substring(comma + 1).strip(), stripped.substring(0, comma).strip());
		}
		int space = stripped.lastIndexOf(' ');
		return (space < 0) ? new AuthorName("", stripped)
				: new AuthorName(stripped.substring(0, space).strip(), stripped.substring(space + 1));
	}

}
