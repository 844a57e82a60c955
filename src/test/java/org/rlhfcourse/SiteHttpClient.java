package org.rlhfcourse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/**
 * The one HTTP client the tests use to talk to a running site (or any local server), over
 * real sockets so that what Tomcat and the filters do is seen as a browser sees it. The
 * port is read on each request, so a test can create its client in a field before Spring
 * injects {@code @LocalServerPort}.
 * <p>
 * Headers are given as name, value pairs: {@code get("/", "Accept", "text/html")}.
 */
public final class SiteHttpClient {

	private final HttpClient http;

	private final String host;

	private final IntSupplier port;

	private SiteHttpClient(HttpClient http, String host, IntSupplier port) {
		this.http = http;
		this.host = host;
		this.port = port;
	}

	/**
	 * A client for {@code http://localhost:<port>}, preferring HTTP/2 as browsers do.
	 */
	public static SiteHttpClient localhost(IntSupplier port) {
		return new SiteHttpClient(HttpClient.newHttpClient(), "localhost", port);
	}

	/** A client for {@code http://localhost:<port>} speaking {@code version} only. */
	public static SiteHttpClient localhost(IntSupplier port, HttpClient.Version version) {
		return new SiteHttpClient(HttpClient.newBuilder().version(version).build(), "localhost", port);
	}

	/** A client for {@code http://<host>:<port>}, preferring HTTP/2. */
	public static SiteHttpClient at(String host, IntSupplier port) {
		return new SiteHttpClient(HttpClient.newHttpClient(), host, port);
	}

	/** The absolute address of {@code path} (which may carry a query). */
	public URI uri(String path) {
		return URI.create("http://" + this.host + ":" + this.port.getAsInt() + path);
	}

	/** A GET of {@code path} with {@code headers}, body as text. */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send(request(path, headers), HttpResponse.BodyHandlers.ofString());
	}

	/** A GET of {@code path} with {@code headers}, body as bytes. */
	public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
		return send(request(path, headers), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * A request to {@code path} with {@code headers}, for other methods or body handlers.
	 */
	public HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length % 2 != 0) {
			throw new IllegalArgumentException("headers come in name, value pairs");
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest.Builder request,
			HttpResponse.BodyHandler<T> body) {
		return this.http.sendAsync(request.build(), body);
	}

	public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		return this.http.send(request.build(), body);
	}

}
