package org.rlhfcourse.live;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folder trees with the JDK's {@link WatchService} and reports changes in
 * batches: a batch closes once no further change arrived for the debounce time, so an
 * editor's save (often a write, a rename and a delete) or a {@code git checkout} of many
 * files triggers one rebuild. Folders created later are watched too. Hidden files and
 * editor backups ({@code .name}, {@code name~}) are ignored, as the content loader
 * ignores them.
 * <p>
 * One daemon thread delivers the batches, in order; a listener that is slow only delays
 * the next batch.
 */
public final class FolderWatcher implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(FolderWatcher.class);

	private final List<Path> roots;

	private final Duration debounce;

	private final Consumer<Set<Path>> listener;

	private final WatchService watcher;

	private final Map<WatchKey, Path> folders = new HashMap<>();

	private final Thread thread;

	/**
	 * Starts watching.
	 * @param roots the folders to watch with everything below them; those that do not
	 * exist are skipped
	 * @param listener receives the roots in which something changed
	 * @throws IOException if the folders cannot be registered
	 */
	public FolderWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> listener) throws IOException {
		this.roots = roots.stream()
			.map((root) -> root.toAbsolutePath().normalize())
			.filter(Files::isDirectory)
			.toList();
		this.debounce = debounce;
		this.listener = listener;
		this.watcher = FileSystems.getDefault().newWatchService();
		for (Path root : this.roots) {
			registerTree(root);
		}
		this.thread = Thread.ofPlatform().daemon().name("folder-watcher").unstarted(this::watch);
		this.thread.start();
	}

	/** The folders watched. */
	public List<Path> roots() {
		return this.roots;
	}

	private void watch() {
		try {
			while (true) {
				Set<Path> changed = new LinkedHashSet<>();
				collect(this.watcher.take(), changed);
				WatchKey next;
				while ((next = this.watcher.poll(this.debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
					collect(next, changed);
				}
				if (!changed.isEmpty()) {
					deliver(changed);
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			// closed: stop watching
		}
	}

	private void deliver(Set<Path> changed) {
		try {
			this.listener.accept(Set.copyOf(changed));
		}
		catch (RuntimeException ex) {
			logger.error("Handling a change in {} failed", changed, ex);
		}
	}

	private void collect(WatchKey key, Set<Path> changed) {
		Path folder = this.folders.get(key);
		for (WatchEvent<?> event : key.pollEvents()) {
			if (folder == null) {
				continue;
			}
			if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
				changed.add(rootOf(folder));
				continue;
			}
			Path path = folder.resolve((Path) event.context());
			String name = path.getFileName().toString();
			if (name.startsWith(".") || name.endsWith("~")) {
				continue;
			}
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
				try {
					registerTree(path);
				}
				catch (IOException ex) {
					logger.warn("Cannot watch new folder {}: {}", path, ex.getMessage());
				}
			}
			changed.add(rootOf(folder));
		}
		if (!key.reset()) {
			this.folders.remove(key);
		}
	}

	private Path rootOf(Path folder) {
		return this.roots.stream().filter(folder::startsWith).findFirst().orElse(folder);
	}

	private void registerTree(Path start) throws IOException {
		Files.walkFileTree(start, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				WatchKey key = dir.register(FolderWatcher.this.watcher, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
				FolderWatcher.this.folders.put(key, dir);
				return FileVisitResult.CONTINUE;
			}

		});
	}

	/** Stops watching; no batch is delivered after this returns. */
	@Override
	public void close() throws IOException {
		this.watcher.close();
		this.thread.interrupt();
		try {
			this.thread.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
