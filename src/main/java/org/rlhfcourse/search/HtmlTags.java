package org.rlhfcourse.search;

/**
 * Finds tags ({@code <name attributes>}, {@code </name>}) and comments in HTML, as the
 * pattern {@code <(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->} would, but in linear
 * time: the pattern rescans to the end of the text from every {@code <} that is never
 * closed (a run of {@code <a} or {@code <!--}), which took minutes on 100 KB. Here the
 * next {@code >} and {@code -->} are found once and reused, and a closer that does not
 * exist is never searched for again. One instance scans one text; not thread-safe.
 */
final class HtmlTags {

	private final String html;

	private int from;

	private int start;

	private int end;

	private String closing;

	private String name;

	private String attributes;

	/** The next {@code >} at or after {@code nextGtFrom}; -1 for none. */
	private int nextGt = -2;

	private int nextGtFrom;

	/** The next {@code -->} at or after {@code nextCommentEndFrom}; -1 for none. */
	private int nextCommentEnd = -2;

	private int nextCommentEndFrom;

	HtmlTags(String html) {
		this.html = html;
	}

	/** Moves to the next tag or comment; {@code false} when there is none. */
	boolean find() {
		int at = this.html.indexOf('<', this.from);
		while (at >= 0) {
			if (tagAt(at) || commentAt(at)) {
				this.from = this.end;
				return true;
			}
			at = this.html.indexOf('<', at + 1);
		}
		this.from = this.html.length();
		return false;
	}

	private boolean tagAt(int at) {
		int i = at + 1;
		boolean slash = i < this.html.length() && this.html.charAt(i) == '/';
		if (slash) {
			i++;
		}
		if (i >= this.html.length() || !isAsciiLetter(this.html.charAt(i))) {
			return false;
		}
		int nameStart = i;
		while (i < this.html.length() && (isAsciiLetter(this.html.charAt(i)) || isAsciiDigit(this.html.charAt(i)))) {
			i++;
		}
		int gt = gtFrom(i);
		if (gt < 0) {
			return false;
		}
		this.start = at;
		this.end = gt + 1;
		this.closing = slash ? "/" : "";
		this.name = this.html.substring(nameStart, i);
		this.attributes = this.html.substring(i, gt);
		return true;
	}

	private boolean commentAt(int at) {
		if (!this.html.startsWith("<!--", at)) {
			return false;
		}
		int close = commentEndFrom(at + 4);
		if (close < 0) {
			return false;
		}
		this.start = at;
		this.end = close + 3;
		this.closing = null;
		this.name = null;
		this.attributes = null;
		return true;
	}

	private int gtFrom(int index) {
		if (this.nextGt == -2 || (this.nextGt >= 0 && this.nextGt < index)
				|| (this.nextGt == -1 && index < this.nextGtFrom)) {
			this.nextGt = this.html.indexOf('>', index);
			this.nextGtFrom = index;
		}
		return this.nextGt;
	}

	private int commentEndFrom(int index) {
		if (this.nextCommentEnd == -2 || (this.nextCommentEnd >= 0 && this.nextCommentEnd < index)
				|| (this.nextCommentEnd == -1 && index < this.nextCommentEndFrom)) {
			this.nextCommentEnd = this.html.indexOf("-->", index);
			this.nextCommentEndFrom = index;
		}
		return this.nextCommentEnd;
	}

	int start() {
		return this.start;
	}

	int end() {
		return this.end;
	}

	/**
	 * 1: {@code "/"} or {@code ""}, 2: the name, 3: the attributes; all {@code null} for
	 * a comment.
	 */
	String group(int group) {
		return switch (group) {
			case 1 -> this.closing;
			case 2 -> this.name;
			case 3 -> this.attributes;
			default -> throw new IndexOutOfBoundsException(group);
		};
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
