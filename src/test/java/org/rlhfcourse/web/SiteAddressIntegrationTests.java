package org.rlhfcourse.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.SiteHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absolute links when no base URL is configured (the bundled {@code site.yml} has none):
 * they follow the address the request came to, behind a proxy the one its
 * {@code X-Forwarded-*} headers name, and a page made for one host is never served from
 * the page cache to another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteAddressIntegrationTests {

	@LocalServerPort
	private int port;

	private final SiteHttpClient http = SiteHttpClient.localhost(() -> this.port);

	@Test
	void withoutAConfiguredBaseUrlLinksUseTheRequestsAddress() throws Exception {
		String local = "http://localhost:" + this.port;
		String chapter = this.http.get("/course/dpo").body();
		assertThat(chapter).contains("<link rel=\"canonical\" href=\"" + local + "/course/dpo\">")
			.contains("url          = {" + local + "/course/dpo}")
			.doesNotContain("localhost:8080");
		assertThat(this.http.get("/sitemap.xml").body()).contains("<loc>" + local + "/course</loc>");
	}

	@Test
	void behindAProxyLinksUseTheForwardedAddressAndEachHostGetsItsOwnCachedPage() throws Exception {
		String proxied = this.http
			.get("/course/dpo", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "rlhf.example.net")
			.body();
		assertThat(proxied).contains("<link rel=\"canonical\" href=\"https://rlhf.example.net/course/dpo\">")
			.contains("<meta property=\"og:url\" content=\"https://rlhf.example.net/course/dpo\">")
			.contains("\"url\":\"https://rlhf.example.net/course/dpo\"");
		assertThat(this.http.get("/robots.txt", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "rlhf.example.net")
			.body()).contains("Sitemap: https://rlhf.example.net/sitemap.xml");
		assertThat(this.http.get("/course/dpo").body()).as("not the page cached for the proxied host")
			.contains("<link rel=\"canonical\" href=\"http://localhost:" + this.port + "/course/dpo\">")
			.doesNotContain("rlhf.example.net");
	}

}
