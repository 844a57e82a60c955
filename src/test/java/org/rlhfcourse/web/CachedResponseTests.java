package org.rlhfcourse.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

import static org.assertj.core.api.Assertions.assertThat;

class CachedResponseTests {

	/** Varied enough that gzip's levels give different sizes. */
	private static final String PAGE = "<html>" + IntStream.range(0, 600)
		.mapToObj((i) -> "<p>Section %d: reward %d, policy %d, and the KL term %d.</p>%n".formatted(i,
				(i * i * 7919) % 10007, (i * 31337) % 997, (i * i) % 4093))
		.collect(Collectors.joining()) + "</html>";

	@Test
	void everyWriteSendsTheWholeBodyInTheEncodingAsked() throws IOException {
		CachedResponse cached = captured(PAGE);
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse plain = write(cached, "GET", null);
			assertThat(plain.getContentAsString()).isEqualTo(PAGE);
			assertThat(plain.getContentLength()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
			assertThat(plain.getHeader("Content-Encoding")).isNull();
			MockHttpServletResponse gzip = write(cached, "GET", "br, gzip");
			assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
			assertThat(gzip.getContentLength()).isEqualTo(gzip.getContentAsByteArray().length);
			assertThat(gunzip(gzip.getContentAsByteArray())).isEqualTo(PAGE);
		}
	}

	@Test
	void theGzippedBodyIsCompressedAtTheHighestLevel() throws IOException {
		MockHttpServletResponse gzip = write(captured(PAGE), "GET", "gzip");
		ByteArrayOutputStream best = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(best) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			out.write(PAGE.getBytes(StandardCharsets.UTF_8));
		}
		assertThat(gzip.getContentAsByteArray()).hasSize(best.size());
	}

	@Test
	void headAndRevalidationGetHeadersWithoutBody() throws IOException {
		CachedResponse cached = captured(PAGE);
		MockHttpServletResponse head = write(cached, "HEAD", "gzip");
		assertThat(head.getContentAsByteArray()).isEmpty();
		assertThat(head.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(head.getHeader("Cache-Control")).isEqualTo("max-age=300");
		MockHttpServletRequest revalidate = new MockHttpServletRequest("GET", "/course/intro");
		revalidate.addHeader("If-None-Match", head.getHeader("ETag"));
		MockHttpServletResponse notModified = new MockHttpServletResponse();
		cached.write(revalidate, notModified);
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aBodyThatGzipWouldGrowIsAlwaysSentPlain() throws IOException {
		MockHttpServletResponse response = write(captured("ok"), "GET", "gzip");
		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentAsString()).isEqualTo("ok");
	}

	private static CachedResponse captured(String body) throws IOException {
		ContentCachingResponseWrapper response = new ContentCachingResponseWrapper(new MockHttpServletResponse());
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "max-age=300");
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		return CachedResponse.of(response);
	}

	private static MockHttpServletResponse write(CachedResponse cached, String method, String acceptEncoding)
			throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/course/intro");
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		cached.write(request, response);
		return response;
	}

	private static String gunzip(byte[] bytes) throws IOException {
		return new String(new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes(), StandardCharsets.UTF_8);
	}

}
