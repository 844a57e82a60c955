package org.rlhfcourse.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

import org.rlhfcourse.render.core.Sha256;

/**
 * One complete response kept by the {@link PageCache}, ready to write in either encoding
 * with no work per request: the headers as they were set, the body and its gzipped form
 * (compressed once, at the highest level) and the ETag. Both bodies are held once,
 * outside the heap, in read-only direct buffers: the server writes them to the socket as
 * they are, with no copy into its own buffers and no per-request filter or compressor.
 * Immutable and thread-safe; each write works on its own view of the buffers.
 */
final class CachedResponse {

	private static final Set<String> NOT_COPIED = Set.of("content-length", "etag", "date", "transfer-encoding",
			"content-encoding", "vary");

	private final String[] names;

	private final String[] values;

	/** Whether {@code names[i]} is the first of its name (set) or a repeat (added). */
	private final boolean[] first;

	private final ByteBuffer identity;

	/** The gzipped body, or {@code null} where compression would not make it smaller. */
	private final ByteBuffer gzip;

	private final String etag;

	private final String weakless;

	private CachedResponse(List<String[]> headers, byte[] body, byte[] gzipped) {
		this.names = new String[headers.size()];
		this.values = new String[headers.size()];
		this.first = new boolean[headers.size()];
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < headers.size(); i++) {
			this.names[i] = headers.get(i)[0];
			this.values[i] = headers.get(i)[1];
			this.first[i] = seen.add(this.names[i].toLowerCase(Locale.ROOT));
		}
		this.identity = direct(body);
		this.gzip = (gzipped.length < body.length) ? direct(gzipped) : null;
		this.etag = "W/\"" + Sha256.hex(body).substring(0, 32) + "\"";
		this.weakless = this.etag.substring(2);
	}

	/**
	 * The response captured in {@code response}: its headers (but those the cache sets
	 * itself on every write) and its body, compressed once here.
	 */
	static CachedResponse of(ContentCachingResponseWrapper response) throws IOException {
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		headers.add(new String[] { "Content-Type", response.getContentType() });
		byte[] body = response.getContentAsByteArray();
		return new CachedResponse(headers, body, gzip(body));
	}

	/**
	 * Roughly what the entry holds on to: its bodies, its strings as UTF-16, and object
	 * headers.
	 */
	long bytes() {
		long size = 256L + this.identity.capacity() + ((this.gzip != null) ? this.gzip.capacity() : 0)
				+ 2L * this.etag.length();
		for (int i = 0; i < this.names.length; i++) {
			size += 64L + 2L * (this.names[i].length() + this.values[i].length());
		}
		return size;
	}

	/**
	 * Answers {@code request} from this entry: 304 when it names the ETag, else 200 with
	 * the gzipped body to clients that accept gzip and the plain one to the others.
	 */
	void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// Set, not add, the first of each name: filters before this one (the security
		// headers) have already set some of these names.
		for (int i = 0; i < this.names.length; i++) {
			if (this.first[i]) {
				response.setHeader(this.names[i], this.values[i]);
			}
			else {
				response.addHeader(this.names[i], this.values[i]);
			}
		}
		response.setHeader("ETag", this.etag);
		response.setHeader("Vary", "Accept-Encoding");
		String ifNoneMatch = request.getHeader("If-None-Match");
		if (ifNoneMatch != null && (ifNoneMatch.contains(this.etag) || ifNoneMatch.contains(this.weakless))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		ByteBuffer body = this.identity;
		if (this.gzip != null && acceptsGzip(request.getHeader("Accept-Encoding"))) {
			body = this.gzip;
			response.setHeader("Content-Encoding", "gzip");
		}
		response.setContentLength(body.capacity());
		if (!request.getMethod().equals("HEAD")) {
			// A view of its own: writing moves the view's position, never the shared
			// buffer's.
			response.getOutputStream().write(body.duplicate());
		}
	}

	private static boolean acceptsGzip(String acceptEncoding) {
		return acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream out = new GzipAtBestCompression(gzipped)) {
			out.write(body);
		}
		return gzipped.toByteArray();
	}

	private static ByteBuffer direct(byte[] bytes) {
		return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
	}

	/**
	 * Compressed once per page and snapshot, then sent many times: the smallest output is
	 * worth the slowest level.
	 */
	private static final class GzipAtBestCompression extends GZIPOutputStream {

		GzipAtBestCompression(ByteArrayOutputStream out) throws IOException {
			super(out);
			this.def.setLevel(Deflater.BEST_COMPRESSION);
		}

	}

}
