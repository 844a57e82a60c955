package org.rlhfcourse.render.js;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties a {@link ScriptOutputCache} to its places: filled at start from the jar and from
 * disk, written back to disk on {@link #save()} (after each build of the site). Saving is
 * best effort: a read-only disk costs speed, never the site. What is on disk ends up in
 * pages as HTML, so the folder must be private to this process's user
 * ({@link PrivateDirectory}); when it cannot be, nothing is kept on disk.
 *
 * @param <C> the kind of cache
 */
public final class ScriptOutputStore<C extends ScriptOutputCache> {

	private static final Logger logger = LoggerFactory.getLogger(ScriptOutputStore.class);

	private final C cache;

	private final Optional<Path> file;

	private ScriptOutputStore(C cache, Optional<Path> file) {
		this.cache = cache;
		this.file = file;
	}

	/**
	 * Opens the store and loads what it has.
	 * @param directory the disk cache folder, or empty to keep nothing on disk
	 */
	public static <C extends ScriptOutputCache> ScriptOutputStore<C> open(C cache, Optional<Path> directory) {
		return open(cache, directory, directory.flatMap((folder) -> PrivateDirectory.forCurrentUser()));
	}

	/**
	 * Opens the store and loads what it has; outputs missing in memory are then looked
	 * for among those frozen beside the content ({@link FrozenOutputs}).
	 * @param directory the disk cache folder, or empty to keep nothing on disk
	 * @param frozen the folder of frozen outputs ({@code CONTENT/.freeze}), or empty when
	 * the content is not a folder
	 */
	public static <C extends ScriptOutputCache> ScriptOutputStore<C> openWithFrozen(C cache, Optional<Path> directory,
			Optional<Path> frozen) {
		frozen.ifPresent(cache::readFrozen);
		return open(cache, directory);
	}

	static <C extends ScriptOutputCache> ScriptOutputStore<C> open(C cache, Optional<Path> directory,
			Optional<PrivateDirectory> privacy) {
		Optional<Path> file = directory.flatMap((folder) -> privacy.flatMap((owner) -> owner.secure(folder)))
			.map((folder) -> folder.resolve(cache.fileName()));
		int bundled = 0;
		try {
			bundled = cache.loadBundled();
		}
		catch (IOException ex) {
			logger.warn("Ignoring the bundled cache of {}: {}", cache.fileName(), ex.getMessage());
		}
		int saved = file.map(cache::load).orElse(0);
		logger.info("Script cache {}: {} made at build time, {} from {}", cache.fileName(), bundled, saved,
				file.map(Path::toString).orElse("no disk cache"));
		return new ScriptOutputStore<>(cache, file);
	}

	public C cache() {
		return this.cache;
	}

	/** Writes new entries to disk, if there is a disk cache. */
	public void save() {
		this.file.ifPresent((path) -> {
			try {
				this.cache.save(path);
			}
			catch (IOException ex) {
				logger.warn("Cannot save the script cache to {}: {}", path, ex.getMessage());
			}
		});
	}

}
