package org.rlhfcourse.command;

/**
 * An address a page or stylesheet names, with where its text starts in the source, so the
 * export can both follow it and rewrite it in place without writing the rest of the file
 * again.
 *
 * @param address the address as written (entities and CSS escapes decoded)
 * @param offset the index in the source text of the address's first character
 * @param fetched whether the export follows it (a link, an image, a stylesheet or a
 * font), rather than only naming a site address (a form's action, the search endpoint)
 */
record Reference(String address, int offset, boolean fetched) {

	/** Whether the address is a path on this site's host: one slash, not two. */
	boolean isSitePath() {
		return this.address.equals("/") || (this.address.startsWith("/") && !this.address.startsWith("//"));
	}

}
