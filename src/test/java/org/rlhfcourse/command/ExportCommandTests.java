package org.rlhfcourse.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.CourseSiteApplication;
import org.rlhfcourse.SiteHttpClient;
import org.rlhfcourse.site.SiteHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} over the bundled content: the folder it writes, served by a plain file
 * server, answers every address byte for byte as the running application does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// The live site makes its course PDF on the first request; let that request wait
		// for it.
		properties = { "site.base-url=" + ExportCommandTests.BASE_URL, "site.offline.request-wait=10m" })
class ExportCommandTests {

	static final String BASE_URL = "https://course.example.org";

	private static final Pattern LOCAL_REFERENCE = Pattern.compile("(?:href|src)=\"(/[^/\"][^\"]*)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private SiteHolder site;

	@TempDir
	Path out;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void exportServedAsPlainFilesIsByteForByteTheLiveSite() throws Exception {
		Path folder = this.out.resolve("site");
		assertThat(export("--out=" + folder, "--site.base-url=" + BASE_URL))
			.as(this.output.toString(StandardCharsets.UTF_8))
			.isZero();
		HttpServer files = serve(folder);
		try {
			SiteHttpClient exported = SiteHttpClient.at("127.0.0.1", () -> files.getAddress().getPort());
			SiteHttpClient live = SiteHttpClient.at("127.0.0.1", () -> this.port);
			Set<String> assets = new TreeSet<>();
			for (String url : this.site.current().urls()) {
				HttpResponse<byte[]> page = exported.getBytes(url);
				assertThat(page.statusCode()).as(url).isEqualTo(200);
				assertThat(page.body()).as(url).isEqualTo(live.getBytes(url).body());
				Matcher reference = LOCAL_REFERENCE.matcher(new String(page.body(), StandardCharsets.UTF_8));
				while (reference.find()) {
					if (reference.group(1).contains(".")) {
						assets.add(reference.group(1));
					}
				}
			}
			assertThat(assets).anyMatch((asset) -> asset.matches("/css/site-[0-9a-f]{32}\\.css"))
				.anyMatch((asset) -> asset.endsWith("katex.min.css"));
			for (String asset : assets) {
				assertThat(exported.getBytes(asset).body()).as(asset).isEqualTo(live.getBytes(asset).body());
			}
			assertThat(folder.resolve("webjars")).isDirectory();
			try (Stream<Path> fonts = Files.walk(folder.resolve("webjars"))) {
				assertThat(fonts.filter((path) -> path.toString().endsWith(".woff2")).count()).isGreaterThan(10);
			}
			for (String missingPath : new String[] { "/course/no-such-chapter", "/ja/no-such-page" }) {
				HttpResponse<byte[]> missing = exported.getBytes(missingPath);
				assertThat(missing.statusCode()).isEqualTo(404);
				assertThat(missing.body()).as(missingPath).isEqualTo(live.getBytes(missingPath).body());
			}
			assertThat(Files.readString(folder.resolve("ja/404.html"))).contains("lang=\"ja\"");
			for (String file : SiteExporter.SITE_FILES) {
				assertThat(exported.getBytes(file).body()).as(file).isEqualTo(live.getBytes(file).body());
			}
		}
		finally {
			files.stop(0);
		}
	}

	@Test
	void exportUsesTheBaseUrlGiven() throws IOException {
		Path folder = this.out.resolve("site");
		assertThat(export("--out=" + folder, "--site.base-url=https://other.example.org")).isZero();
		assertThat(Files.readString(folder.resolve("essay/index.html"))).contains("https://other.example.org/ja/essay")
			.doesNotContain("localhost")
			.doesNotContain("127.0.0.1");
	}

	@Test
	void exportWithoutABaseUrlIsRefusedSinceAbsoluteLinksNeedOne() {
		Path folder = this.out.resolve("site");
		assertThat(export("--out=" + folder)).isEqualTo(2);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("--site.base-url=URL");
		assertThat(folder).doesNotExist();
	}

	@Test
	void contentWithErrorsIsNotExported() throws IOException {
		Path content = this.out.resolve("content");
		Files.createDirectories(content.resolve("chapters"));
		Files.writeString(content.resolve("chapters/01-one.md"), "---\ntitle: One\n---\n\n[Gone](/course/gone)\n");
		Path folder = this.out.resolve("site");
		assertThat(export("--out=" + folder, "--site.content-dir=" + content)).isEqualTo(1);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("chapters/01-one.md:5:8: error: broken link")
			.contains("export: nothing written");
		assertThat(folder).doesNotExist();
	}

	@Test
	void nonEmptyOutputFolderIsRefused() throws IOException {
		Files.writeString(this.out.resolve("old.html"), "old");
		assertThat(export("--out=" + this.out)).isEqualTo(2);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("is not empty");
		try (Stream<Path> files = Files.list(this.out)) {
			assertThat(files.toList()).containsExactly(this.out.resolve("old.html"));
		}
	}

	@Test
	void missingOutputFolderIsAUsageError() {
		assertThat(export()).isEqualTo(2);
		assertThat(this.output.toString(StandardCharsets.UTF_8)).startsWith("usage: export --out=DIR");
	}

	private int export(String... args) {
		String[] command = new String[args.length + 1];
		command[0] = "export";
		System.arraycopy(args, 0, command, 1, args.length);
		try (PrintStream print = new PrintStream(this.output, true, StandardCharsets.UTF_8)) {
			return SiteCommands.run(CourseSiteApplication.class, command, print).orElseThrow();
		}
	}

	/**
	 * A static file server as a web host would be set up for an export: {@code /a/} and
	 * {@code /a} answer {@code a/index.html}, anything else missing answers the
	 * {@code 404.html} of the nearest folder that has one, with status 404.
	 */
	private static HttpServer serve(Path folder) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			Path file = folder.resolve(path.substring(1)).normalize();
			if (file.startsWith(folder) && Files.isDirectory(file)) {
				file = file.resolve("index.html");
			}
			if (file.startsWith(folder) && Files.isRegularFile(file)) {
				respond(exchange, 200, Files.readAllBytes(file));
			}
			else {
				Path notFound = file.startsWith(folder) ? file : folder;
				while (!notFound.equals(folder) && !Files.isRegularFile(notFound.resolve("404.html"))) {
					notFound = notFound.getParent();
				}
				respond(exchange, 404, Files.readAllBytes(notFound.resolve("404.html")));
			}
		});
		server.start();
		return server;
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
