package org.rlhfcourse.render.math;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typeset formulas keyed by (KaTeX version, display mode, TeX), so that each formula is
 * typeset once, ever. Entries come from the copy pre-rendered into the jar at build time
 * and from a file on disk that keeps formulas added later across restarts. Thread-safe.
 * <p>
 * A file names its format, the format's version and the script (name and version) that
 * made it, and each entry carries the SHA-256 of its key and HTML. A file failing any of
 * these checks is ignored as a whole: a damaged or tampered file only costs typesetting
 * again, and its HTML never reaches a page. The checksums catch corruption and careless
 * edits; keeping others from writing a file with correct ones is
 * {@link PrivateDirectory}'s job.
 */
public final class FormulaCache {

	/** Where the build puts the pre-rendered formulas of the bundled content. */
	public static final String BUNDLED_RESOURCE = "math-cache/formulas.json";

	/** What a cache file says it is; files with another value are not read. */
	static final String FORMAT = "rlhf-course-site formula cache";

	/**
	 * Raised whenever the layout of the file changes; files of other versions are not
	 * read.
	 */
	static final int FORMAT_VERSION = 1;

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	private static final Logger logger = LoggerFactory.getLogger(FormulaCache.class);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String> entries = new ConcurrentHashMap<>();

	private final AtomicBoolean dirty = new AtomicBoolean();

	private final String version;

	private final String name;

	private final String bundledResource;

	/** A cache of KaTeX output for KaTeX {@code version}. */
	public FormulaCache(String version) {
		this("katex", version, BUNDLED_RESOURCE);
	}

	/**
	 * A cache of another script's output, keyed the same way.
	 * @param name names the disk file
	 * @param version the script's version, part of every key
	 * @param bundledResource the classpath file pre-rendered at build time
	 */
	public FormulaCache(String name, String version, String bundledResource) {
		this.name = name;
		this.version = version;
		this.bundledResource = bundledResource;
	}

	public Optional<String> get(String tex, boolean displayMode) {
		return Optional.ofNullable(this.entries.get(key(tex, displayMode)));
	}

	public void put(String tex, boolean displayMode, String html) {
		if (this.entries.put(key(tex, displayMode), html) == null) {
			this.dirty.set(true);
		}
	}

	public int size() {
		return this.entries.size();
	}

	/** Adds the formulas pre-rendered into the jar, if the build made them. */
	public int loadBundled() throws IOException {
		try (InputStream in = FormulaCache.class.getClassLoader().getResourceAsStream(this.bundledResource)) {
			return (in != null) ? merge(read(in)) : 0;
		}
		catch (JacksonException ex) {
			throw new IOException("Unreadable bundled cache " + this.bundledResource, ex);
		}
	}

	/**
	 * Adds the formulas saved in {@code file}. A missing file adds nothing; a damaged,
	 * foreign or tampered one is ignored with a warning, since the cache only saves work.
	 * A link is not followed.
	 */
	public int load(Path file) {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return 0;
		}
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			return merge(read(in));
		}
		catch (IOException | JacksonException ex) {
			logger.warn("Ignoring the formula cache {}: {}", file, ex.getMessage());
			return 0;
		}
	}

	/**
	 * Writes every entry to {@code file} atomically if anything was added since the last
	 * save.
	 */
	public void save(Path file) throws IOException {
		if (!this.dirty.getAndSet(false)) {
			return;
		}
		Map<String, StoredFormula> stored = new TreeMap<>();
		this.entries.forEach((key, html) -> stored.put(key, new StoredFormula(html, checksum(key, html))));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "formulas", ".tmp");
		try {
			Files.writeString(temp,
					this.json.writeValueAsString(new StoredFile(FORMAT, FORMAT_VERSION, script(), stored)),
					StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * The entries of a cache file, all checked, or an exception saying what is wrong with
	 * it.
	 */
	private Map<String, String> read(InputStream in) throws IOException {
		StoredFile file = this.json.readValue(in, StoredFile.class);
		if (!FORMAT.equals(file.format()) || !Integer.valueOf(FORMAT_VERSION).equals(file.version())) {
			throw new IOException("not a formula cache of format " + FORMAT_VERSION + " (" + file.format() + " "
					+ file.version() + ")");
		}
		if (!script().equals(file.script())) {
			throw new IOException("made by " + file.script() + ", not " + script());
		}
		Map<String, String> checked = new HashMap<>();
		if (file.entries() != null) {
			for (Map.Entry<String, StoredFormula> entry : file.entries().entrySet()) {
				String key = entry.getKey();
				StoredFormula formula = entry.getValue();
				if (!KEY.matcher(key).matches() || formula == null || formula.html() == null
						|| !checksum(key, formula.html()).equals(formula.sha256())) {
					throw new IOException("entry " + key + " does not match its checksum");
				}
				checked.put(key, formula.html());
			}
		}
		return checked;
	}

	private String script() {
		return this.name + " " + this.version;
	}

	/** The file name the disk cache uses for this KaTeX version. */
	public String fileName() {
		return this.name + "-" + this.version + ".json";
	}

	private int merge(Map<String, String> loaded) {
		this.entries.putAll(loaded);
		return loaded.size();
	}

	private String key(String tex, boolean displayMode) {
		return sha256(this.version + (displayMode ? "\u0000D\u0000" : "\u0000I\u0000"), tex);
	}

	private static String checksum(String key, String html) {
		return sha256(key + "\n", html);
	}

	private static String sha256(String prefix, String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(prefix.getBytes(StandardCharsets.UTF_8));
			digest.update(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * A cache file.
	 *
	 * @param format always {@link #FORMAT}
	 * @param version always {@link #FORMAT_VERSION}
	 * @param script the script and version that made the HTML, e.g. {@code katex 0.16.22}
	 * @param entries formulas by key
	 */
	record StoredFile(String format, Integer version, String script, Map<String, StoredFormula> entries) {
	}

	/**
	 * One formula in a cache file.
	 *
	 * @param html the typeset formula
	 * @param sha256 the checksum of the key and the HTML
	 */
	record StoredFormula(String html, String sha256) {
	}

}
