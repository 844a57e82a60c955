package org.rlhfcourse.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import org.rlhfcourse.site.SiteHolder;

/**
 * Rebuilds the site when a content file changes and tells open pages to reload. A change
 * in the content folder builds a new snapshot in the background ({@link Rebuilds}: one at
 * a time, saves made meanwhile coalesced; {@link SiteHolder#reload()} swaps it in only
 * without errors) and open pages reload once it is done; a change in the other watched
 * folders (templates, static files read from disk) needs no rebuild, only a refresh.
 */
final class LiveReload implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(LiveReload.class);

	private final SiteHolder site;

	private final Optional<Path> content;

	private final List<Path> others;

	private final LiveReloadProperties properties;

	private final ReloadEvents events;

	private volatile Rebuilds rebuilds;

	private FolderWatcher watcher;

	LiveReload(SiteHolder site, Optional<Path> content, LiveReloadProperties properties, ReloadEvents events) {
		this.site = site;
		this.content = content;
		this.others = properties.watch().stream().map((path) -> Path.of(path).toAbsolutePath().normalize()).toList();
		this.properties = properties;
		this.events = events;
	}

	@Override
	public synchronized void start() {
		List<Path> roots = new ArrayList<>();
		this.content.ifPresent(roots::add);
		roots.addAll(this.others);
		this.rebuilds = new Rebuilds(() -> {
			this.site.reload();
			this.events.publishReload();
		});
		try {
			this.watcher = new FolderWatcher(roots, this.properties.debounce(), this::changed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot watch " + roots + " for live reload", ex);
		}
		logger.info("Live reload on: watching {}; open pages refresh after each change", this.watcher.roots());
		if (this.content.isEmpty()) {
			logger.info("The content is the bundled copy, so content changes are not watched; "
					+ "set site.content-dir to a folder to edit it live");
		}
	}

	void changed(Set<Path> roots) {
		Rebuilds rebuilds = this.rebuilds;
		if (this.content.isPresent() && roots.contains(this.content.get()) && rebuilds != null) {
			rebuilds.request();
		}
		else {
			this.events.publishReload();
		}
	}

	@Override
	public synchronized void stop() {
		if (this.watcher != null) {
			try {
				this.watcher.close();
			}
			catch (IOException ex) {
				logger.warn("Closing the file watcher failed: {}", ex.getMessage());
			}
			this.watcher = null;
		}
		if (this.rebuilds != null) {
			this.rebuilds.close();
			this.rebuilds = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.watcher != null;
	}

}
