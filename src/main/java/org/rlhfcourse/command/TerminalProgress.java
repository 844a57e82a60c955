package org.rlhfcourse.command;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.config.BeanPostProcessor;

import org.rlhfcourse.render.js.ScriptOutputCache;
import org.rlhfcourse.render.js.ScriptOutputStore;
import org.rlhfcourse.render.math.MathCache;
import org.rlhfcourse.site.SiteBuilder;

/**
 * Export progress for a person at a terminal: one line redrawn in place, first the files
 * rendered and formulas typeset while the site builds, then the pages and files written.
 * Registered as a bean post-processor so it finds the site builder and the formula cache
 * as soon as they exist. Thread-safe: the line is drawn by a timer while the site builds
 * and by the exporting thread afterwards.
 */
final class TerminalProgress implements ExportProgress, BeanPostProcessor, AutoCloseable {

	private static final long REDRAW_MILLIS = 200;

	private final PrintStream out;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "export-progress");
		thread.setDaemon(true);
		return thread;
	});

	private volatile SiteBuilder builder;

	private volatile ScriptOutputCache.Recording formulas;

	private int pagesWritten;

	private int pages;

	private int filesWritten;

	private int shown;

	private long drawnAt;

	TerminalProgress(PrintStream out) {
		this.out = out;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SiteBuilder siteBuilder) {
			this.builder = siteBuilder;
		}
		else if (bean instanceof ScriptOutputStore<?> store && store.cache() instanceof MathCache cache) {
			this.formulas = cache.record();
		}
		return bean;
	}

	/** Redraws the rendering line until {@link #rendered()}. */
	void rendering() {
		this.timer.scheduleAtFixedRate(() -> drawNow(renderingLine()), REDRAW_MILLIS, REDRAW_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	/**
	 * The site is built: stops the rendering line and leaves its last state on screen.
	 */
	void rendered() {
		this.timer.shutdownNow();
		drawNow(renderingLine());
		this.out.println();
		this.shown = 0;
	}

	@Override
	public synchronized void pageWritten(int written, int pages) {
		this.pagesWritten = written;
		this.pages = pages;
		drawIfDue();
	}

	@Override
	public synchronized void fileWritten(int written) {
		this.filesWritten = written;
		drawIfDue();
	}

	/** Clears the progress line, so the summary that follows stands alone. */
	@Override
	public synchronized void close() {
		this.timer.shutdownNow();
		if (this.shown > 0) {
			this.out.print("\r" + " ".repeat(this.shown) + "\r");
			this.out.flush();
			this.shown = 0;
		}
	}

	String renderingLine() {
		SiteBuilder siteBuilder = this.builder;
		ScriptOutputCache.Recording recording = this.formulas;
		return "export: rendering: " + ((siteBuilder != null) ? siteBuilder.filesBuilt() : 0) + " files rendered, "
				+ ((recording != null) ? recording.size() : 0) + " formulas typeset";
	}

	/** Shows that the course books are being made, which takes a while. */
	synchronized void makingBooks() {
		drawNow("export: making the course EPUB and PDF");
	}

	private void drawIfDue() {
		if (System.nanoTime() - this.drawnAt >= TimeUnit.MILLISECONDS.toNanos(REDRAW_MILLIS)) {
			drawNow("export: writing: " + this.pagesWritten + " of " + this.pages + " pages, " + this.filesWritten
					+ " files");
		}
	}

	private synchronized void drawNow(String line) {
		String padding = " ".repeat(Math.max(0, this.shown - line.length()));
		this.out.print("\r" + line + padding);
		this.out.flush();
		this.shown = line.length();
		this.drawnAt = System.nanoTime();
	}

}
