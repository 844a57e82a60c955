package org.rlhfcourse.render.js;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rlhfcourse.render.core.Sha256;

/**
 * What a script on GraalJS made from some input (typeset formulas, highlighted code),
 * kept so that each input costs script work once. Entries are keyed by the SHA-256 of
 * (script version, input); they come from the copy made into the jar at build time, from
 * a file on disk ({@link ScriptOutputStore}) and from new work. In memory the cache is
 * bounded by bytes, the least recently used entry going first, so a long live-reload
 * session keeps only what recent builds used. Thread-safe.
 * <p>
 * A file names its format, the format's version and the script (name and version) that
 * made it, and each entry carries the SHA-256 of its key and output. A file failing any
 * of these checks is ignored as a whole: a damaged or tampered file only costs script
 * work again, and its HTML never reaches a page. The checksums catch corruption and
 * careless edits; keeping others from writing a file with correct ones is
 * {@link PrivateDirectory}'s job.
 */
public abstract class ScriptOutputCache {

	/** What a cache file says it is; files with another value are not read. */
	static final String FORMAT = "rlhf-course-site formula cache";

	/**
	 * Raised whenever the layout of the file changes; files of other versions are not
	 * read.
	 */
	static final int FORMAT_VERSION = 1;

	/**
	 * The bytes an entry costs beyond its output's characters (its key, the strings'
	 * headers, the cache's node); it also bounds the number of entries to a budget over
	 * this.
	 */
	static final int ENTRY_OVERHEAD = 256;

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	private static final Logger logger = LoggerFactory.getLogger(ScriptOutputCache.class);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Cache<String, String> entries;

	private final AtomicBoolean dirty = new AtomicBoolean();

	private final List<Recording> recordings = new CopyOnWriteArrayList<>();

	private final String name;

	private final String version;

	private final String bundledResource;

	/** The outputs committed beside the content, if the content is a folder. */
	private volatile Optional<FrozenOutputs> frozen = Optional.empty();

	/**
	 * @param name the script, naming the disk file
	 * @param version the script's version, part of every key
	 * @param bundledResource the classpath file made at build time
	 * @param maxBytes how much memory the entries may hold, estimated as
	 * {@value #ENTRY_OVERHEAD} bytes per entry plus two per character of output
	 */
	protected ScriptOutputCache(String name, String version, String bundledResource, long maxBytes) {
		this.name = name;
		this.version = version;
		this.bundledResource = bundledResource;
		// Evicting on the caller's thread keeps the bound exact at every moment.
		this.entries = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.<String, String>weigher((key, output) -> ENTRY_OVERHEAD + 2 * output.length())
			.executor(Runnable::run)
			.build();
	}

	/**
	 * The output kept for {@code input} of the given kind, if any: in memory, else among
	 * the outputs frozen beside the content.
	 */
	protected final Optional<String> find(String kind, String input) {
		String key = key(kind, input);
		String output = this.entries.getIfPresent(key);
		if (output == null) {
			output = this.frozen.flatMap((outputs) -> outputs.find(key, kind, input)).orElse(null);
			if (output != null && this.entries.asMap().putIfAbsent(key, output) == null) {
				this.dirty.set(true);
			}
		}
		if (output != null) {
			Made made = new Made(key, kind, input, output);
			this.recordings.forEach((recording) -> recording.entries.put(key, made));
		}
		return Optional.ofNullable(output);
	}

	/** Keeps what the script made of {@code input} of the given kind. */
	protected final void keep(String kind, String input, String output) {
		String key = key(kind, input);
		if (!output.equals(this.entries.asMap().put(key, output))) {
			this.dirty.set(true);
		}
		Made made = new Made(key, kind, input, output);
		this.recordings.forEach((recording) -> recording.entries.put(key, made));
	}

	/** How many entries are in memory. */
	public long size() {
		return this.entries.estimatedSize();
	}

	/** The estimated bytes the entries hold, never more than the budget. */
	public long bytes() {
		return this.entries.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	/**
	 * From now on, remembers every entry read or added, so that the output one build
	 * needed can be written on its own (the build does so for the bundled content).
	 */
	public Recording record() {
		Recording recording = new Recording();
		this.recordings.add(recording);
		return recording;
	}

	/**
	 * From now on, looks for outputs missing in memory in the folder of frozen outputs
	 * under {@code root} ({@link FrozenOutputs}).
	 */
	void readFrozen(Path root) {
		this.frozen = Optional.of(frozen(root));
	}

	private FrozenOutputs frozen(Path root) {
		return new FrozenOutputs(root, this.name, script());
	}

	/** Adds the entries made into the jar, if the build made them. */
	public int loadBundled() throws IOException {
		try (InputStream in = ScriptOutputCache.class.getClassLoader().getResourceAsStream(this.bundledResource)) {
			return (in != null) ? merge(read(in)) : 0;
		}
		catch (JacksonException ex) {
			throw new IOException("Unreadable bundled cache " + this.bundledResource, ex);
		}
	}

	/**
	 * Adds the entries saved in {@code file}. A missing file adds nothing; a damaged,
	 * foreign or tampered one is ignored with a warning, since the cache only saves work.
	 * A link is not followed: it is ignored with a warning, its entries are made again
	 * and the next save puts a file in its place.
	 */
	public int load(Path file) {
		if (Files.isSymbolicLink(file)) {
			logger.warn("Ignoring the {} cache {}: it is a link, not a file this site wrote; what it held is made "
					+ "again and saved in its place", this.name, file);
			return 0;
		}
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				logger.warn("Ignoring the {} cache {}: it is not a regular file", this.name, file);
			}
			return 0;
		}
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			return merge(read(in));
		}
		catch (IOException | JacksonException ex) {
			logger.warn("Ignoring the {} cache {}: {}", this.name, file, ex.getMessage());
			return 0;
		}
	}

	/**
	 * Writes the entries in memory to {@code file} atomically if anything was added since
	 * the last save.
	 */
	public void save(Path file) throws IOException {
		if (this.dirty.getAndSet(false)) {
			write(this.entries.asMap(), file);
		}
	}

	/** The file name the disk cache uses for this script and version. */
	public String fileName() {
		return this.name + "-" + this.version + ".json";
	}

	private void write(Map<String, String> entries, Path file) throws IOException {
		Map<String, StoredOutput> stored = new TreeMap<>();
		entries.forEach((key, html) -> stored.put(key, new StoredOutput(html, checksum(key, html))));
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, this.name, ".tmp");
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
			for (Map.Entry<String, StoredOutput> entry : file.entries().entrySet()) {
				String key = entry.getKey();
				StoredOutput output = entry.getValue();
				if (!KEY.matcher(key).matches() || output == null || output.html() == null
						|| !checksum(key, output.html()).equals(output.sha256())) {
					throw new IOException("entry " + key + " does not match its checksum");
				}
				checked.put(key, output.html());
			}
		}
		return checked;
	}

	private String script() {
		return this.name + " " + this.version;
	}

	private int merge(Map<String, String> loaded) {
		this.entries.putAll(loaded);
		return loaded.size();
	}

	private String key(String kind, String input) {
		return sha256(this.version + "\u0000" + kind + "\u0000", input);
	}

	static String checksum(String key, String html) {
		return sha256(key + "\n", html);
	}

	private static String sha256(String prefix, String text) {
		return Sha256.hex(prefix + text);
	}

	/**
	 * The entries one stretch of work read or added, from {@link #record()} on.
	 */
	public final class Recording {

		private final Map<String, Made> entries = new ConcurrentHashMap<>();

		private Recording() {
		}

		public int size() {
			return this.entries.size();
		}

		/** Writes the recorded entries to {@code file}, as {@link #save} does. */
		public void save(Path file) throws IOException {
			Map<String, String> outputs = new HashMap<>();
			this.entries.forEach((key, made) -> outputs.put(key, made.output()));
			write(outputs, file);
		}

		/**
		 * Makes the folder of frozen outputs under {@code root} hold exactly the recorded
		 * entries: new ones are written, those no longer used deleted.
		 */
		public FrozenOutputs.Changes freeze(Path root) throws IOException {
			return frozen(root).write(this.entries.values());
		}

	}

	/**
	 * One output and what it was made from.
	 *
	 * @param key the SHA-256 of script version, kind and input
	 * @param kind display mode or language
	 * @param input the TeX or the code
	 * @param output what the script made
	 */
	record Made(String key, String kind, String input, String output) {
	}

	/**
	 * A cache file.
	 *
	 * @param format always {@link #FORMAT}
	 * @param version always {@link #FORMAT_VERSION}
	 * @param script the script and version that made the HTML, e.g. {@code katex 0.16.22}
	 * @param entries outputs by key
	 */
	record StoredFile(String format, Integer version, String script, Map<String, StoredOutput> entries) {
	}

	/**
	 * One output in a cache file.
	 *
	 * @param html what the script made
	 * @param sha256 the checksum of the key and the HTML
	 */
	record StoredOutput(String html, String sha256) {
	}

}
