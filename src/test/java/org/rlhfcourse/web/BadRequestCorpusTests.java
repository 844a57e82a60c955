package org.rlhfcourse.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More than a hundred malformed, hostile or odd requests, sent as raw bytes so nothing
 * normalises them first. None may cause a server error, show a stack trace, or return a
 * file from outside the served roots; the traversal attempts must be refused outright.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadRequestCorpusTests {

	private static final List<String> TRAVERSALS = List.of("../pom.xml", "..%2fpom.xml", "%2e%2e/pom.xml",
			"%2e%2e%2fpom.xml", "%252e%252e%252fpom.xml", "..\\pom.xml", "..%5cpom.xml", "....//pom.xml",
			"%c0%ae%c0%ae/pom.xml", "../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd", "/etc/passwd",
			"%2fetc%2fpasswd", "..;/pom.xml", "pom.xml%00.css", ".%2e/pom.xml");

	private static final List<String> PREFIXES = List.of("/", "/course/", "/css/", "/assets/", "/webjars/", "/ja/",
			"/assets/chapters/");

	@LocalServerPort
	private int port;

	static Stream<Arguments> traversals() {
		List<Arguments> cases = new ArrayList<>();
		for (String prefix : PREFIXES) {
			for (String traversal : TRAVERSALS) {
				cases.add(Arguments.of("GET " + prefix + traversal + " HTTP/1.1"));
			}
		}
		return cases.stream();
	}

	static Stream<Arguments> oddRequests() {
		String longPath = "/course/" + "a".repeat(6000);
		String longQuery = "/course?q=" + "b".repeat(7000);
		return Stream.of(Arguments.of("GET /course/no-such-chapter HTTP/1.1", ""),
				Arguments.of("GET /course/DPO HTTP/1.1", ""), Arguments.of("GET /course/dpo/extra HTTP/1.1", ""),
				Arguments.of("GET /slides/../../pom.xml HTTP/1.1", ""),
				Arguments.of("GET " + longPath + " HTTP/1.1", ""), Arguments.of("GET " + longQuery + " HTTP/1.1", ""),
				Arguments.of("GET /course?%zz=1 HTTP/1.1", ""), Arguments.of("GET /course/%zz HTTP/1.1", ""),
				Arguments.of("GET /course/%00 HTTP/1.1", ""), Arguments.of("GET /%ff%fe HTTP/1.1", ""),
				Arguments.of("GET /course/dpo%0d%0aSet-Cookie:x=1 HTTP/1.1", ""),
				Arguments.of("DELETE /course/dpo HTTP/1.1", ""),
				Arguments.of("PUT /course/dpo HTTP/1.1", "Content-Length: 0\r\n"),
				Arguments.of("PATCH /course HTTP/1.1", ""),
				Arguments.of("POST /course/dpo HTTP/1.1", "Content-Length: 3\r\n\r\nabc"),
				Arguments.of("TRACE /course HTTP/1.1", ""), Arguments.of("PROPFIND / HTTP/1.1", ""),
				Arguments.of("FOO / HTTP/1.1", ""),
				Arguments.of("GET /course/dpo HTTP/1.1", "Accept: garbage/\u0001\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "Accept: application/json\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "Accept: image/png\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "Range: bytes=abc\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "Range: bytes=999999999-\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "If-None-Match: \"unterminated\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "If-None-Match: *\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "If-Modified-Since: yesterday\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "Accept-Language: ja;q=abc\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "Accept-Encoding: gzip;q=x, br, *\r\n"),
				Arguments.of("GET /course/dpo HTTP/1.1", "X-Forwarded-Host: evil.example\r\n"),
				Arguments.of("GET /webjars/katex/0.0.0/dist/katex.min.css HTTP/1.1", ""),
				Arguments.of("GET /assets/site.yml HTTP/1.1", ""),
				Arguments.of("GET /assets/chapters/references.bib/.. HTTP/1.1", ""),
				Arguments.of("GET /actuator/env HTTP/1.1", ""), Arguments.of("GET /actuator/heapdump HTTP/1.1", ""),
				Arguments.of("GET /actuator/beans HTTP/1.1", ""), Arguments.of("GET /error HTTP/1.1", ""),
				Arguments.of("GET /application.properties HTTP/1.1", ""),
				Arguments.of("GET /templates/course/chapter.html HTTP/1.1", ""),
				Arguments.of("GET /content/site.yml HTTP/1.1", ""),
				Arguments.of("GET /BOOT-INF/classes/application.properties HTTP/1.1", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("traversals")
	void traversalIsRefusedAndNoFileLeaks(String requestLine) throws IOException {
		Response response = send(requestLine, "");
		assertThat(response.status()).as(requestLine).isBetween(400, 499);
		assertSafe(requestLine, response);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("oddRequests")
	void oddRequestsNeverBreakTheServer(String requestLine, String headers) throws IOException {
		Response response = send(requestLine, headers);
		assertThat(response.status()).as(requestLine).isBetween(200, 499);
		assertSafe(requestLine, response);
		if (requestLine.contains("/actuator/") && !requestLine.contains("health")) {
			assertThat(response.status()).as("only health and info are exposed").isEqualTo(404);
		}
		if (requestLine.contains("application.properties") || requestLine.contains("templates/")
				|| requestLine.contains("/content/") || requestLine.contains("BOOT-INF")) {
			assertThat(response.status()).as(requestLine).isEqualTo(404);
		}
		assertThat(response.head()).as("no header injection").doesNotContain("Set-Cookie: x=1");
	}

	private static void assertSafe(String requestLine, Response response) {
		assertThat(response.body()).as(requestLine)
			.doesNotContain("<artifactId>")
			.doesNotContain("root:x:0:0")
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("spring.application.name")
			.doesNotContain("th:replace")
			.doesNotContain("Apache Tomcat");
	}

	private Response send(String requestLine, String headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			String extra = headers.contains("\r\n\r\n") ? headers : headers + "\r\n";
			out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + extra)
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			String raw = bytes.toString(StandardCharsets.UTF_8);
			int split = raw.indexOf("\r\n\r\n");
			String head = (split < 0) ? raw : raw.substring(0, split);
			String body = (split < 0) ? "" : raw.substring(split + 4);
			int status = Integer.parseInt(head.substring(9, 12));
			return new Response(status, head, body);
		}
	}

	private record Response(int status, String head, String body) {

	}

}
