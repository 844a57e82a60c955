package org.rlhfcourse.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

/**
 * The site's route table: which address is a chapter, a deck, a standalone page or a
 * file, and the addresses content is served at. Controllers, the site checks, the export,
 * the page cache and the page metadata all ask here instead of spelling out paths. It
 * sits in {@code content} beside {@link ContentPath} (the addresses of content files) so
 * that the renderer's records can name their own addresses too. Stateless.
 */
public final class Routes {

	/** The home page. */
	public static final String HOME = "/";

	/** The course outline; chapters are below it. */
	public static final String COURSE = "/course";

	/** A chapter's mapping. */
	public static final String CHAPTER = COURSE + "/{slug}";

	/** The list of decks; each deck is below it, at its path under {@code decks/}. */
	public static final String SLIDES = "/slides";

	/** The deck viewer's mapping (a deck's slug may hold slashes). */
	public static final String DECK = SLIDES + "/**";

	/** A standalone page's mapping, and its Japanese version's. */
	public static final String PAGE = "/{name:[a-z0-9][a-z0-9-]*}";

	/** A Japanese standalone page's mapping. */
	public static final String JA_PAGE = "/ja" + PAGE;

	/** The address prefix of the live-reload endpoints (development only). */
	public static final String DEV = "/_dev/";

	private static final String DECK_PREFIX = SLIDES + "/";

	private static final String DECKS_FOLDER = "decks/";

	private static final Pattern PAGE_PATH = Pattern.compile("/(?:ja/)?[a-z0-9][a-z0-9-]*");

	private static final Pattern LANGUAGE_FOLDER = Pattern.compile("/[a-z]{2}(?=/)");

	/** First path segments served by something other than standalone pages. */
	private static final Set<String> RESERVED = Set.of("course", "slides", "search", "error", "actuator", "assets",
			"css", "js", "img", "webjars", "_dev");

	/** First path segments of files rather than pages. */
	private static final Set<String> FILE_ROOTS = Set.of("assets", "css", "js", "img", "webjars", "actuator");

	/** Address prefixes whose responses the page cache never keeps. */
	private static final Set<String> NEVER_CACHED = Set.of("/actuator", DEV, "/css/", "/js/", "/webjars/", "/error");

	/** Addresses whose answer depends on the query string: search and its results. */
	private static final Set<String> READS_QUERY = Set.of("/search", "/ja/search", "/search.json");

	private Routes() {
	}

	/** The address of the chapter with {@code slug}. */
	public static String chapter(String slug) {
		return COURSE + "/" + slug;
	}

	/** The address of the deck with {@code slug}. */
	public static String deck(String slug) {
		return DECK_PREFIX + slug;
	}

	/**
	 * The slug of the deck at {@code path} ({@code /slides/<slug>}), empty when the path
	 * is not below {@code /slides/}.
	 */
	public static Optional<String> deckSlug(String path) {
		return path.startsWith(DECK_PREFIX) ? Optional.of(path.substring(DECK_PREFIX.length())) : Optional.empty();
	}

	/**
	 * The slug a deck file is known by: its path below {@code decks/} without
	 * {@code .md}.
	 */
	public static String deckSlug(MarkdownFile deck) {
		String path = deck.path();
		return path.substring(DECKS_FOLDER.length(), path.length() - ".md".length());
	}

	/** Whether a standalone page may be served at {@code path}. */
	public static boolean isPagePath(String path) {
		return PAGE_PATH.matcher(path).matches();
	}

	/** Whether {@code path} is already used by something other than standalone pages. */
	public static boolean isReserved(String path) {
		return RESERVED.contains(firstSegment(path));
	}

	/** Whether {@code path} names a file (its last segment has an extension). */
	public static boolean isFile(String path) {
		return path.substring(path.lastIndexOf('/') + 1).contains(".");
	}

	/** Whether {@code path} lies in a folder of files rather than pages. */
	public static boolean isInFileFolder(String path) {
		return FILE_ROOTS.contains(firstSegment(path));
	}

	/** Whether the page cache must never keep the response for {@code path}. */
	public static boolean isNeverCached(String path) {
		return NEVER_CACHED.stream().anyMatch(path::startsWith);
	}

	/**
	 * Whether the answer at {@code path} depends on the query string. No other address
	 * reads it, so {@code /course/dpo?x=1} is the page {@code /course/dpo}.
	 */
	public static boolean readsQuery(String path) {
		return READS_QUERY.contains(path);
	}

	/** The language folder {@code path} lies in ({@code /ja}), if any. */
	public static Optional<String> languageFolder(String path) {
		Matcher language = LANGUAGE_FOLDER.matcher(path);
		return language.lookingAt() ? Optional.of(language.group()) : Optional.empty();
	}

	/** {@code target} without its query and fragment. */
	public static String pathOf(String target) {
		int end = target.length();
		for (char stop : new char[] { '#', '?' }) {
			int at = target.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return target.substring(0, end);
	}

	/**
	 * A request path decoded and encoded again, without {@code ;parameters}: one page,
	 * one canonical address, however the request spelled it.
	 */
	public static String canonicalPath(String path) {
		StringBuilder canonical = new StringBuilder();
		for (String segment : path.split("/", -1)) {
			int parameters = segment.indexOf(';');
			String name = (parameters < 0) ? segment : segment.substring(0, parameters);
			if (!canonical.isEmpty() || !name.isEmpty()) {
				canonical.append('/')
					.append(UriUtils.encodePathSegment(UriUtils.decode(name, StandardCharsets.UTF_8),
							StandardCharsets.UTF_8));
			}
		}
		return canonical.isEmpty() ? "/" : canonical.toString();
	}

	/**
	 * The file a page is written to in a static export: {@code index.html} for the home
	 * page, else {@code path/index.html}.
	 */
	public static String exportFile(String page) {
		return page.equals(HOME) ? "index.html" : page.substring(1) + "/index.html";
	}

	private static String firstSegment(String path) {
		int slash = path.indexOf('/', 1);
		return (slash < 0) ? path.substring(1) : path.substring(1, slash);
	}

}
