package org.rlhfcourse.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.rlhfcourse.offline.CourseDownloads;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * {@code export --out=DIR}: starts the site on a free local port, and writes every page
 * and file it serves into {@code DIR} with {@link SiteExporter}. Refuses content with
 * errors (exit 1) and a non-empty output folder (exit 2), so an export never mixes with
 * stale files.
 */
final class ExportCommand {

	private static final String OUT = "--out=";

	private final Class<?> application;

	ExportCommand(Class<?> application) {
		this.application = application;
	}

	int run(String[] args, PrintStream out) {
		Path folder = null;
		List<String> springArgs = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith(OUT)) {
				folder = Path.of(arg.substring(OUT.length())).toAbsolutePath().normalize();
			}
			else {
				springArgs.add(arg);
			}
		}
		if (folder == null) {
			out.println("usage: export --out=DIR [--site.content-dir=DIR] [--site.base-url=URL]");
			return 2;
		}
		if (!isEmptyOrAbsent(folder)) {
			out.println("export: " + folder + " is not empty; choose a new folder or empty it first");
			return 2;
		}
		springArgs.add("--server.port=0");
		springArgs.add("--server.address=127.0.0.1");
		// Progress only for a person watching; CI logs get the summary alone.
		TerminalProgress progress = (System.console() != null && System.console().isTerminal())
				? new TerminalProgress(out) : null;
		try (ConfigurableApplicationContext context = start(springArgs, progress)) {
			SiteSnapshot snapshot = context.getBean(SiteHolder.class).current();
			if (!snapshot.errors().isEmpty()) {
				CheckCommand.report(snapshot, out);
				out.println("export: nothing written; fix the errors above first");
				return 1;
			}
			if (snapshot.config().baseUrl().isBlank()) {
				out.println("export: absolute links need the public address: pass --site.base-url=URL "
						+ "or set base-url in site.yml");
				return 2;
			}
			snapshot.problems().forEach(out::println);
			// The course as EPUB and PDF, made before the pages that link to them are
			// fetched.
			if (progress != null) {
				progress.makingBooks();
			}
			context.getBean(CourseDownloads.class).writeTo(folder);
			String port = context.getEnvironment().getRequiredProperty("local.server.port");
			URI server = URI.create("http://127.0.0.1:" + port);
			List<String> written = new SiteExporter(server, basePath(snapshot.config().baseUrl()),
					(progress != null) ? progress : ExportProgress.QUIET)
				.export(snapshot.urls(), folder);
			int search = new StaticSearchExport(server).write(snapshot, folder);
			if (progress != null) {
				progress.close();
			}
			out.printf("export: %d pages and %d files written to %s (%d for search)%n", snapshot.urls().size(),
					written.size() - snapshot.urls().size() + search, folder, search);
			return 0;
		}
		catch (IOException ex) {
			out.println("export failed: " + ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			out.println("export interrupted");
			return 1;
		}
	}

	/**
	 * Starts the site, drawing the rendering progress meanwhile when {@code progress} is
	 * given.
	 */
	private ConfigurableApplicationContext start(List<String> springArgs, TerminalProgress progress) {
		if (progress == null) {
			return SiteCommands.start(this.application, WebApplicationType.SERVLET, springArgs);
		}
		progress.rendering();
		try {
			return SiteCommands.start(this.application, WebApplicationType.SERVLET, springArgs,
					(context) -> context.getBeanFactory().addBeanPostProcessor(progress));
		}
		finally {
			progress.rendered();
		}
	}

	/**
	 * The path of the public address, e.g. {@code /rlhf} for
	 * {@code https://example.org/rlhf}, empty at the root of a host.
	 */
	static String basePath(String baseUrl) {
		String path = URI.create(baseUrl).getRawPath();
		return (path == null) ? "" : path.replaceAll("/+$", "");
	}

	private static boolean isEmptyOrAbsent(Path folder) {
		if (!Files.exists(folder)) {
			return true;
		}
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
