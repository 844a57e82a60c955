package org.rlhfcourse.render.math;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typeset formulas keyed by (KaTeX version, display mode, TeX), so that each formula is typeset once, ever. Entries
 * come from the copy pre-rendered into the jar at build time and from a file on disk that keeps formulas added
 * later across restarts. Thread-safe.
 */
public final class FormulaCache {

	/** Where the build puts the pre-rendered formulas of the bundled content. */
	public static final String BUNDLED_RESOURCE = "math-cache/formulas.json";

	private static final TypeReference<Map<String, String>> ENTRIES = new TypeReference<>() {
	};

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
			return (in != null) ? merge(this.json.readValue(in, ENTRIES)) : 0;
		}
		catch (JacksonException ex) {
			throw new IOException("Unreadable bundled cache " + this.bundledResource, ex);
		}
	}

	/**
	 * Adds the formulas saved in {@code file}. A missing file adds nothing; a damaged one is ignored, since the cache
	 * only saves work.
	 */
	public int load(Path file) {
		if (!Files.isRegularFile(file)) {
			return 0;
		}
		try (InputStream in = Files.newInputStream(file)) {
			return merge(this.json.readValue(in, ENTRIES));
		}
		catch (IOException | JacksonException ex) {
			return 0;
		}
	}

	/** Writes every entry to {@code file} atomically if anything was added since the last save. */
	public void save(Path file) throws IOException {
		if (!this.dirty.getAndSet(false)) {
			return;
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "formulas", ".tmp");
		try {
			Files.writeString(temp, this.json.writeValueAsString(new TreeMap<>(this.entries)), StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
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
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((this.version + (displayMode ? "\u0000D\u0000" : "\u0000I\u0000")).getBytes(StandardCharsets.UTF_8));
			digest.update(tex.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
