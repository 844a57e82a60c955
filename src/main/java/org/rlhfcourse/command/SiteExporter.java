package org.rlhfcourse.command;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rlhfcourse.content.Routes;

/**
 * Writes a running site to a folder as static files by asking the server for every page
 * and every file those pages use, so the export is byte for byte what the server sends.
 * Pages become {@code path/index.html} (the home page {@code index.html}), files keep
 * their (fingerprinted) paths, and the not-found page becomes {@code 404.html}
 * ({@code ja/404.html} for the Japanese pages). Not thread-safe; one export per instance.
 */
public final class SiteExporter {

	/**
	 * Files for crawlers, feed readers and language models that no page links to but a
	 * host must serve.
	 */
	static final List<String> SITE_FILES = List.of("/robots.txt", "/sitemap.xml", "/feed.xml", "/llms.txt",
			"/llms-full.txt");

	/** Asked for to obtain the not-found page; no page or file has this address. */
	static final String NOT_FOUND_PROBE = "/404.html";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final URI server;

	private final String basePath;

	private final ExportProgress progress;

	/**
	 * @param server the running site, e.g. {@code http://localhost:8080}
	 */
	public SiteExporter(URI server) {
		this(server, "", ExportProgress.QUIET);
	}

	/**
	 * @param server the running site, e.g. {@code http://localhost:8080}
	 * @param basePath the path the site is published under, e.g. {@code /rlhf} for
	 * {@code https://example.org/rlhf}; empty for the root of a host. Every site path the
	 * pages and stylesheets name is written under it.
	 * @param progress told of each page and file written
	 */
	public SiteExporter(URI server, String basePath, ExportProgress progress) {
		if (!basePath.isEmpty() && (!basePath.startsWith("/") || basePath.endsWith("/"))) {
			throw new IllegalArgumentException("base path must start and not end with /: " + basePath);
		}
		this.server = server;
		this.basePath = basePath;
		this.progress = progress;
	}

	/**
	 * Exports {@code pages} and everything they reference into {@code out}.
	 * @return the site paths written, pages first
	 * @throws IOException if a page or referenced file cannot be fetched or written
	 */
	public List<String> export(List<String> pages, Path out) throws IOException, InterruptedException {
		Set<String> written = new LinkedHashSet<>();
		Set<String> pageSet = Set.copyOf(pages);
		Deque<String> files = new ArrayDeque<>();
		for (String page : pages) {
			String html = new String(fetch(page, 200), StandardCharsets.UTF_8);
			List<Reference> references = HtmlReferences.of(html);
			write(out, pageFile(page), underBasePath(html, references));
			written.add(page);
			this.progress.pageWritten(written.size(), pages.size());
			for (Reference reference : references) {
				String path = pathOf(reference.address());
				if (reference.fetched() && reference.isSitePath() && !pageSet.contains(path) && Routes.isFile(path)) {
					files.add(path);
				}
			}
		}
		files.addAll(SITE_FILES);
		for (String notFound : notFoundPages(pages)) {
			String html = new String(fetch(notFound, 404), StandardCharsets.UTF_8);
			write(out, notFound.substring(1), underBasePath(html, HtmlReferences.of(html)));
			written.add(notFound);
		}
		while (!files.isEmpty()) {
			String path = files.poll();
			if (!written.add(path)) {
				continue;
			}
			byte[] body = fetch(path, 200);
			if (path.endsWith(".css")) {
				String css = new String(body, StandardCharsets.UTF_8);
				List<Reference> references = stylesheetReferences(path, css);
				for (Reference reference : references) {
					String target = reference.address().strip();
					if (!target.startsWith("data:") && !target.contains("://")) {
						files.add(pathOf(URI.create(path).resolve(target).getPath()));
					}
				}
				body = underBasePath(css, references);
			}
			write(out, fileOf(path), body);
			this.progress.fileWritten(written.size() - pages.size());
		}
		return List.copyOf(written);
	}

	private static List<Reference> stylesheetReferences(String path, String css) throws IOException {
		try {
			return CssReferences.of(css);
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("Cannot read the stylesheet " + path + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * {@code text} with {@link #basePath} put before each site path its references name,
	 * the rest of it unchanged.
	 */
	private byte[] underBasePath(String text, List<Reference> references) {
		if (this.basePath.isEmpty()) {
			return text.getBytes(StandardCharsets.UTF_8);
		}
		StringBuilder moved = new StringBuilder(text);
		for (int i = references.size() - 1; i >= 0; i--) {
			Reference reference = references.get(i);
			if (reference.isSitePath()) {
				moved.insert(reference.offset(), this.basePath);
			}
		}
		return moved.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The not-found pages to write: {@code /404.html}, and {@code /ja/404.html} (in that
	 * language) for every language folder among the pages, for hosts that pick the 404
	 * page of the nearest folder.
	 */
	static List<String> notFoundPages(List<String> pages) {
		Set<String> notFound = new LinkedHashSet<>();
		notFound.add(NOT_FOUND_PROBE);
		for (String page : pages) {
			Routes.languageFolder(page).ifPresent((language) -> notFound.add(language + NOT_FOUND_PROBE));
		}
		return List.copyOf(notFound);
	}

	/**
	 * The file a page is written to: {@code index.html} for the home page, else
	 * {@code path/index.html}.
	 */
	public static String pageFile(String page) {
		return Routes.exportFile(page);
	}

	/**
	 * The file a referenced address is written to: the path decoded, as a static host
	 * decodes a request, so {@code /assets/a%20b.png} is written as
	 * {@code assets/a b.png}.
	 */
	static String fileOf(String path) {
		try {
			return new URI(path).getPath().substring(1);
		}
		catch (URISyntaxException ex) {
			return path.substring(1);
		}
	}

	private byte[] fetch(String path, int expectedStatus) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(this.server.resolve(path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != expectedStatus) {
			throw new IOException(
					"GET " + path + " answered " + response.statusCode() + " instead of " + expectedStatus);
		}
		return response.body();
	}

	private static void write(Path out, String relative, byte[] bytes) throws IOException {
		Path file = out.resolve(relative).normalize();
		if (!file.startsWith(out.normalize())) {
			throw new IOException("Refusing to write outside the export folder: " + relative);
		}
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

	private static String pathOf(String reference) {
		return Routes.pathOf(reference);
	}

}
