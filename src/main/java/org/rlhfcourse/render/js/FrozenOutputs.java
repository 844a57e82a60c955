package org.rlhfcourse.render.js;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Script outputs committed beside the content (in the spirit of Quarto's
 * {@code _freeze}), so that a fresh clone or a CI run starts with every formula already
 * typeset. One small file per entry, named by its key (the SHA-256 of script version,
 * kind and input) under {@code FOLDER/SCRIPT/ab/abcd….json}: entries of different
 * formulas never touch, so they merge without conflicts, and a file for an old KaTeX
 * version or other options is simply never asked for.
 * <p>
 * The folder is content, trusted as the Markdown beside it is (which may hold HTML), and
 * checked as carefully as the disk cache: an entry is used only if it is a regular file
 * (no link, no link on the way), names this format and the script's exact version, holds
 * the very kind and input asked for, and matches its checksum. Anything else is ignored
 * with a warning and the input is made again. Thread-safe: files are only read, except by
 * {@link #write}.
 */
public final class FrozenOutputs {

	/**
	 * The folder inside the content folder; hidden, so it is neither served nor exported.
	 */
	public static final String FOLDER = ".freeze";

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	/** No legitimate entry comes close; a larger file is not read into memory. */
	private static final long MAX_BYTES = 4L << 20;

	private static final Logger logger = LoggerFactory.getLogger(FrozenOutputs.class);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Path folder;

	private final String script;

	/**
	 * @param root the folder of frozen outputs (the content folder's {@value #FOLDER})
	 * @param name the script's name, its subfolder
	 * @param script the script and version the entries must name, e.g.
	 * {@code katex 0.18.11+1a2b3c4d}
	 */
	FrozenOutputs(Path root, String name, String script) {
		this.folder = root.resolve(name);
		this.script = script;
	}

	/** Where the folder is. */
	public Path folder() {
		return this.folder;
	}

	/**
	 * The output frozen for {@code key}, if there is one and it checks out.
	 * @param key the entry's key, which names its file
	 * @param kind what the key was made from, beside the input
	 * @param input what the script was given
	 */
	Optional<String> find(String key, String kind, String input) {
		Path file = file(key);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			Entry entry = read(file);
			if (!ScriptOutputCache.FORMAT.equals(entry.format())
					|| !Integer.valueOf(ScriptOutputCache.FORMAT_VERSION).equals(entry.version())) {
				throw new IOException("not an entry of format " + ScriptOutputCache.FORMAT_VERSION);
			}
			if (!this.script.equals(entry.script())) {
				throw new IOException("made by " + entry.script() + ", not " + this.script);
			}
			if (!key.equals(entry.key()) || !kind.equals(entry.kind()) || !input.equals(entry.input())) {
				throw new IOException("holds another input than its name says");
			}
			if (entry.output() == null || !ScriptOutputCache.checksum(key, entry.output()).equals(entry.sha256())) {
				throw new IOException("does not match its checksum");
			}
			return Optional.of(entry.output());
		}
		catch (IOException | JacksonException | ClassCastException ex) {
			logger.warn("Ignoring the frozen entry {}: {}; it is made again (run 'freeze' to update the folder)", file,
					ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Makes the folder hold exactly {@code entries}: writes those missing or different
	 * and deletes the files of any other entry.
	 * @return how many files were written and how many deleted
	 */
	Changes write(Collection<ScriptOutputCache.Made> entries) throws IOException {
		refuseLinks(this.folder.getParent());
		refuseLinks(this.folder);
		Files.createDirectories(this.folder);
		Set<Path> kept = new HashSet<>();
		int written = 0;
		for (ScriptOutputCache.Made made : entries) {
			Path file = file(made.key());
			kept.add(file);
			String text = this.json.writerWithDefaultPrettyPrinter()
				.writeValueAsString(new Entry(ScriptOutputCache.FORMAT, ScriptOutputCache.FORMAT_VERSION, this.script,
						made.key(), made.kind(), made.input(), made.output(),
						ScriptOutputCache.checksum(made.key(), made.output())))
					+ "\n";
			if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
					&& Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
				continue;
			}
			refuseLinks(file.getParent());
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), "entry", ".tmp");
			try {
				Files.writeString(temp, text, StandardCharsets.UTF_8);
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temp);
			}
			written++;
		}
		return new Changes(written, deleteOthers(kept));
	}

	private int deleteOthers(Set<Path> kept) throws IOException {
		int deleted = 0;
		try (DirectoryStream<Path> shards = Files.newDirectoryStream(this.folder)) {
			for (Path shard : shards) {
				if (!Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				}
				try (DirectoryStream<Path> files = Files.newDirectoryStream(shard, "*.json")) {
					for (Path file : files) {
						if (!kept.contains(file)) {
							Files.delete(file);
							deleted++;
						}
					}
				}
				try (DirectoryStream<Path> left = Files.newDirectoryStream(shard)) {
					if (!left.iterator().hasNext()) {
						Files.delete(shard);
					}
				}
			}
		}
		return deleted;
	}

	private Entry read(Path file) throws IOException {
		refuseLinks(this.folder.getParent());
		refuseLinks(this.folder);
		refuseLinks(file.getParent());
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException("not a regular file (a link?)");
		}
		if (Files.size(file) > MAX_BYTES) {
			throw new IOException("larger than " + MAX_BYTES + " bytes");
		}
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			return this.json.readValue(in, Entry.class);
		}
	}

	private static void refuseLinks(Path path) throws IOException {
		if (Files.isSymbolicLink(path)) {
			throw new IOException(path + " is a link; frozen outputs are read only from real folders");
		}
	}

	private Path file(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not a key: " + key);
		}
		return this.folder.resolve(key.substring(0, 2)).resolve(key + ".json");
	}

	/**
	 * What {@link #write} did.
	 *
	 * @param written files written (new or changed)
	 * @param deleted files of entries no longer made
	 */
	public record Changes(int written, int deleted) {
	}

	/**
	 * One frozen entry, as stored.
	 *
	 * @param format always {@link ScriptOutputCache#FORMAT}
	 * @param version always {@link ScriptOutputCache#FORMAT_VERSION}
	 * @param script the script and version that made the output
	 * @param key the SHA-256 the file is named by
	 * @param kind what besides the input went into the key (display mode, language)
	 * @param input what the script was given (the TeX, the code), so a review can read it
	 * @param output what the script made
	 * @param sha256 the checksum of key and output
	 */
	record Entry(String format, Integer version, String script, String key, String kind, String input, String output,
			String sha256) {
	}

}
