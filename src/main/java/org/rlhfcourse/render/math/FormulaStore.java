package org.rlhfcourse.render.math;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties the {@link FormulaCache} to its places: filled at start from the jar and from
 * disk, written back to disk after each build. Saving is best effort: a read-only disk
 * costs speed, never the site. What is on disk ends up in pages as HTML, so the folder
 * must be private to this process's user ({@link PrivateDirectory}); when it cannot be,
 * nothing is kept on disk.
 */
public final class FormulaStore {

	private static final Logger logger = LoggerFactory.getLogger(FormulaStore.class);

	private final FormulaCache cache;

	private final Path file;

	private FormulaStore(FormulaCache cache, Path file) {
		this.cache = cache;
		this.file = file;
	}

	/**
	 * Opens the store and loads what it has.
	 * @param directory the disk cache folder, or {@code null} to keep nothing on disk
	 */
	public static FormulaStore open(FormulaCache cache, Path directory) {
		return open(cache, directory, (directory != null) ? PrivateDirectory.forCurrentUser() : Optional.empty());
	}

	static FormulaStore open(FormulaCache cache, Path directory, Optional<PrivateDirectory> privacy) {
		Path file = (directory != null) ? privacy.flatMap((folder) -> folder.secure(directory))
			.map((folder) -> folder.resolve(cache.fileName()))
			.orElse(null) : null;
		int bundled = 0;
		try {
			bundled = cache.loadBundled();
		}
		catch (IOException ex) {
			logger.warn("Ignoring the bundled formula cache: {}", ex.getMessage());
		}
		int saved = (file != null) ? cache.load(file) : 0;
		logger.info("Formula cache: {} pre-rendered in the jar, {} from {}", bundled, saved, file);
		return new FormulaStore(cache, file);
	}

	public FormulaCache cache() {
		return this.cache;
	}

	/** Writes new formulas to disk, if there is a disk cache. */
	public void save() {
		if (this.file == null) {
			return;
		}
		try {
			this.cache.save(this.file);
		}
		catch (IOException ex) {
			logger.warn("Cannot save the formula cache to {}: {}", this.file, ex.getMessage());
		}
	}

}
