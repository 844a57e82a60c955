package org.rlhfcourse.site;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.ContentSource;
import org.rlhfcourse.render.RenderGuard;

/**
 * Holds the snapshot being served. The first build always goes live, problems and all (a
 * bad formula shows as marked source, never as a broken site); a later reload goes live
 * only without errors, so a bad edit keeps the last good site serving while its problems
 * are reported. The one exception is a file given up for taking too long that keeps its
 * last good output: that says nothing about the edit, so the reload goes live with the
 * file as it was and its error shown. Each build is announced as a {@link SiteBuilt}
 * event.
 */
public class SiteHolder {

	private static final Logger logger = LoggerFactory.getLogger(SiteHolder.class);

	private final ContentSource source;

	private final ContentLoader loader;

	private final SiteBuilder builder;

	private final ApplicationEventPublisher events;

	private final AtomicReference<SiteSnapshot> current = new AtomicReference<>();

	private final AtomicReference<List<ContentProblem>> rejected = new AtomicReference<>(List.of());

	public SiteHolder(ContentSource source, ContentLoader loader, SiteBuilder builder,
			ApplicationEventPublisher events) {
		this.source = source;
		this.loader = loader;
		this.builder = builder;
		this.events = events;
		reload();
	}

	/** The snapshot to serve; never {@code null} once constructed. */
	public SiteSnapshot current() {
		return this.current.get();
	}

	/**
	 * The problems of the last reload that was refused, empty when the live site is the
	 * latest build.
	 */
	public List<ContentProblem> rejectedProblems() {
		return this.rejected.get();
	}

	/**
	 * Reads and renders the content again.
	 * @return the problems of the new build; the new snapshot went live if none of them
	 * is an error (or if nothing was live yet, or if the only errors are files that kept
	 * their last good output)
	 */
	public synchronized List<ContentProblem> reload() {
		long start = System.nanoTime();
		SiteSnapshot snapshot;
		try {
			Content content = this.loader.load(this.source);
			snapshot = this.builder.build(content);
		}
		catch (IOException | RuntimeException ex) {
			if (this.current.get() == null) {
				throw new IllegalStateException("Cannot read the content from " + this.source.describe(), ex);
			}
			List<ContentProblem> problems = List
				.of(ContentProblem.error("", 0, (ex instanceof IOException) ? ex.getMessage() : "internal: " + ex));
			this.rejected.set(problems);
			logger.error("Reload failed, still serving the last good site: {}", ex.getMessage());
			return problems;
		}
		List<ContentProblem> problems = snapshot.problems();
		problems.forEach((problem) -> logger.warn("{}", problem));
		boolean live = this.current.get() == null || onlyKeptOutput(snapshot.errors());
		if (live) {
			this.current.set(snapshot);
			this.rejected.set(List.of());
			logger.info(
					"Site built from {} in {} ms: {} chapters, {} pages ({} files unchanged), {} errors, "
							+ "{} warnings",
					this.source.describe(), Duration.ofNanos(System.nanoTime() - start).toMillis(),
					snapshot.chapters().size(), snapshot.pages().size(), this.builder.cacheHits(),
					snapshot.errors().size(), problems.size() - snapshot.errors().size());
		}
		else {
			this.rejected.set(problems);
			logger.error("Content has {} errors; still serving the site built at {}:{}", snapshot.errors().size(),
					Optional.ofNullable(this.current.get()).map(SiteSnapshot::builtAt).orElse(null),
					snapshot.errors()
						.stream()
						.map((error) -> System.lineSeparator() + "  " + error)
						.collect(Collectors.joining()));
		}
		this.events.publishEvent(new SiteBuilt(snapshot, live));
		return problems;
	}

	/**
	 * Whether every error is a file given up for time that shows its last good output
	 * instead.
	 */
	private boolean onlyKeptOutput(List<ContentProblem> errors) {
		Set<String> kept = this.builder.keptFiles();
		return errors.stream().allMatch((error) -> RenderGuard.isTimeout(error) && kept.contains(error.file()));
	}

}
