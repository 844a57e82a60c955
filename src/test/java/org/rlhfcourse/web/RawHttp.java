package org.rlhfcourse.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends requests to the local server as raw bytes, so no client normalises, completes or
 * refuses them first (a made-up {@code Host}, a bad request line, HTTP/0.9, OPTIONS *),
 * and reads the answer until the server closes the connection.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/** Sends {@code request} exactly as given. */
	Response send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			return Response.parse(bytes.toString(StandardCharsets.UTF_8));
		}
	}

	/** Sends a request line and headers, with {@code Connection: close}. */
	Response get(String requestLine, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(requestLine).append("\r\n");
		boolean host = false;
		for (String header : headers) {
			request.append(header).append("\r\n");
			host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
		}
		if (!host) {
			request.append("Host: localhost\r\n");
		}
		return send(request.append("Connection: close\r\n\r\n").toString());
	}

	/**
	 * An answer: the status line and headers as sent, and the body.
	 *
	 * @param raw everything the server sent
	 * @param status the status code, or 0 when the answer does not start with a status
	 * line
	 * @param head the status line and headers
	 * @param body what follows the blank line after the headers
	 */
	record Response(String raw, int status, String head, String body) {

		static Response parse(String raw) {
			int split = raw.indexOf("\r\n\r\n");
			String head = (split < 0) ? raw : raw.substring(0, split);
			String body = (split < 0) ? "" : raw.substring(split + 4);
			int status = (raw.startsWith("HTTP/1.1 ") && raw.length() >= 12) ? Integer.parseInt(raw.substring(9, 12))
					: 0;
			return new Response(raw, status, head, body);
		}

		/** The first value of the header {@code name}, whatever its case. */
		Optional<String> header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					return Optional.of(line.substring(colon + 1).trim());
				}
			}
			return Optional.empty();
		}

	}

}
