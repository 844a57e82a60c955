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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import org.rlhfcourse.content.Routes;

/**
 * Writes a running site to a folder as static files by asking the server for every page
 * and every file those pages use, so the export is byte for byte what the server sends.
 * Pages become {@code path/index.html} (the home page {@code index.html}), files keep
 * their (fingerprinted) paths, and the not-found page becomes {@code 404.html}
 * ({@code ja/404.html} for the Japanese pages). Not thread-safe; one export per instance.
 */
public final class SiteExporter {

	/** Addresses in stylesheets, relative or absolute (KaTeX's fonts). */
	private static final Pattern CSS_REFERENCE = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

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

	/**
	 * @param server the running site, e.g. {@code http://localhost:8080}
	 */
	public SiteExporter(URI server) {
		this.server = server;
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
			byte[] html = fetch(page, 200);
			write(out, pageFile(page), html);
			written.add(page);
			for (String reference : siteReferences(new String(html, StandardCharsets.UTF_8))) {
				String path = pathOf(reference);
				if (!pageSet.contains(path) && Routes.isFile(path)) {
					files.add(path);
				}
			}
		}
		files.addAll(SITE_FILES);
		for (String notFound : notFoundPages(pages)) {
			write(out, notFound.substring(1), fetch(notFound, 404));
			written.add(notFound);
		}
		while (!files.isEmpty()) {
			String path = files.poll();
			if (!written.add(path)) {
				continue;
			}
			byte[] body = fetch(path, 200);
			write(out, fileOf(path), body);
			if (path.endsWith(".css")) {
				Matcher reference = CSS_REFERENCE.matcher(new String(body, StandardCharsets.UTF_8));
				while (reference.find()) {
					String target = reference.group(1).strip();
					if (!target.startsWith("data:") && !target.contains("://")) {
						files.add(pathOf(URI.create(path).resolve(target).getPath()));
					}
				}
			}
		}
		return List.copyOf(written);
	}

	/**
	 * The addresses on the site that a page's attributes name, in document order: every
	 * {@code href}, {@code src} and {@code srcset} (also {@code xlink:href},
	 * {@code data-src}) that starts with one slash (a figure's dark variant is a
	 * one-address srcset).
	 */
	static List<String> siteReferences(String html) {
		List<String> references = new ArrayList<>();
		for (Element element : Jsoup.parse(html).getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey();
				String value = attribute.getValue();
				if ((key.endsWith("href") || key.endsWith("src") || key.endsWith("srcset"))
						&& (value.equals("/") || (value.startsWith("/") && !value.startsWith("//")))) {
					references.add(value);
				}
			}
		}
		return references;
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
