package org.rlhfcourse.command;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.rlhfcourse.content.Routes;
import org.rlhfcourse.search.StaticSearchIndex;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * Makes search work in a static export: writes the search index (
 * {@link StaticSearchIndex}) under {@code search-index/} and the search page that reads
 * it as {@code search/index.html}, where the site's search form leads ({@code /search}
 * becomes {@code /search/} on static hosts), and {@code ja/search/index.html} when the
 * site has Japanese pages.
 */
final class StaticSearchExport {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final URI server;

	/**
	 * @param server the running site, e.g. {@code http://127.0.0.1:8080}
	 */
	StaticSearchExport(URI server) {
		this.server = server;
	}

	/**
	 * Writes the index and the search pages of {@code snapshot} into {@code out}.
	 * @return how many files were written
	 */
	int write(SiteSnapshot snapshot, Path out) throws IOException, InterruptedException {
		int written = 0;
		for (Map.Entry<String, byte[]> file : StaticSearchIndex.of(snapshot).files().entrySet()) {
			write(out, StaticSearchIndex.FOLDER + file.getKey(), file.getValue());
			written++;
		}
		List<String> languages = snapshot.urls()
			.stream()
			.flatMap((page) -> Routes.languageFolder(page).stream())
			.distinct()
			.toList();
		write(out, "search/index.html", fetch(StaticSearchIndex.PAGE));
		written++;
		for (String language : languages) {
			write(out, language.substring(1) + "/search/index.html", fetch(language + StaticSearchIndex.PAGE));
			written++;
		}
		return written;
	}

	private byte[] fetch(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(this.server.resolve(path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IOException("GET " + path + " answered " + response.statusCode() + " instead of 200");
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

}
