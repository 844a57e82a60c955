package org.rlhfcourse.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request can force a page to render: a query string, a made-up {@code Host} or
 * forwarded headers get the cached page, and none of them shows up in it. Here Tomcat
 * trusts forwarded headers from 127.0.0.1 (a proxy on the same machine), which they are
 * for (the scheme and client address the application sees), and still no page changes. A
 * counting filter behind the page cache sees every request that reaches the application,
 * that is every render.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
@Import(PageCacheIntegrationTests.Probes.class)
class PageCacheIntegrationTests {

	private static final String CHAPTER = "/course/dpo";

	@LocalServerPort
	private int port;

	@Autowired
	private Probes probes;

	private RawHttp http;

	@BeforeEach
	void client() {
		this.http = new RawHttp(this.port);
	}

	@Test
	void queryStringsHostsAndForwardedHeadersAreServedFromTheCache() throws IOException {
		RawHttp.Response plain = this.http.get("GET " + CHAPTER + " HTTP/1.1");
		assertThat(plain.status()).isEqualTo(200);
		String etag = plain.header("ETag").orElseThrow();
		int renders = this.probes.chapterRenders.get();
		for (int i = 0; i < 20; i++) {
			RawHttp.Response[] variants = { this.http.get("GET " + CHAPTER + "?x=" + i + " HTTP/1.1"),
					this.http.get("GET " + CHAPTER + "?q=dpo&page=" + i + "&utm_source=x HTTP/1.1"),
					this.http.get("GET " + CHAPTER + " HTTP/1.1", "Host: h" + i + ".example"),
					this.http.get("GET " + CHAPTER + " HTTP/1.1", "X-Forwarded-Host: f" + i + ".example",
							"X-Forwarded-Proto: https", "X-Forwarded-Port: 8443") };
			for (RawHttp.Response variant : variants) {
				assertThat(variant.status()).isEqualTo(200);
				assertThat(variant.header("ETag")).hasValue(etag);
				assertThat(variant.body()).isEqualTo(plain.body());
			}
		}
		assertThat(this.probes.chapterRenders).as("requests that reached the application").hasValue(renders);
		assertThat(plain.body())
			.contains("<link rel=\"canonical\" href=\"http://localhost:" + this.port + CHAPTER + "\">")
			.doesNotContain(".example");
	}

	@Test
	void aQueryNeverReachesThePageOnAMiss() throws IOException {
		RawHttp.Response first = this.http.get("GET /course/rlvr?x=%3Cscript%3E1%3C%2Fscript%3E HTTP/1.1");
		assertThat(first.status()).isEqualTo(200);
		assertThat(this.http.get("GET /course/rlvr HTTP/1.1").body()).isEqualTo(first.body())
			.doesNotContain("%3Cscript")
			.doesNotContain("script>1");
	}

	@Test
	void searchIsAnsweredForEachQuery() throws IOException {
		String reward = this.http.get("GET /search?q=reward HTTP/1.1").body();
		String japanese = this.http.get("GET /search?q=%E7%A0%94%E7%A9%B6%E6%89%80 HTTP/1.1").body();
		assertThat(reward).contains("value=\"reward\"");
		assertThat(japanese).contains("value=\"研究所\"");
	}

	@Test
	void forwardedHeadersFromATrustedProxyStillSetTheSchemeAndClient() throws IOException {
		RawHttp.Response seen = this.http.get("GET /probe/forwarded HTTP/1.1", "X-Forwarded-Proto: https",
				"X-Forwarded-For: 203.0.113.9", "X-Forwarded-Host: proxy.example");
		assertThat(seen.body()).isEqualTo("https proxy.example 203.0.113.9");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Probes {

		final AtomicInteger chapterRenders = new AtomicInteger();

		/** Right behind the page cache: counts the requests it passes on. */
		@Bean
		FilterRegistrationBean<OncePerRequestFilter> renderCounter() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							if (request.getRequestURI().equals(CHAPTER)) {
								Probes.this.chapterRenders.incrementAndGet();
							}
							chain.doFilter(request, response);
						}
					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
			return registration;
		}

		@Bean
		ForwardedProbe forwardedProbe() {
			return new ForwardedProbe();
		}

	}

	/** What the application sees of a request behind the proxy. */
	@RestController
	static class ForwardedProbe {

		@GetMapping(path = "/probe/forwarded", produces = "application/x-probe")
		ResponseEntity<String> show(HttpServletRequest request) {
			return ResponseEntity
				.ok(request.getScheme() + " " + request.getServerName() + " " + request.getRemoteAddr());
		}

	}

}
