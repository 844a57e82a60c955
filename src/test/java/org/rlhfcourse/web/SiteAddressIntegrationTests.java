package org.rlhfcourse.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absolute links when no base URL is configured (the bundled {@code site.yml} has none):
 * they name the server's own local address, whatever the request's {@code Host} or
 * {@code X-Forwarded-*} headers say, and no client is trusted as a proxy unless
 * configured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteAddressIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ServletWebServerApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void withoutAConfiguredBaseUrlLinksUseTheServersLocalAddress() throws Exception {
		String local = "http://localhost:" + this.port;
		String chapter = get("/course/dpo").body();
		assertThat(chapter).contains("<link rel=\"canonical\" href=\"" + local + "/course/dpo\">")
			.contains("url          = {" + local + "/course/dpo}")
			.doesNotContain("localhost:8080");
		assertThat(get("/sitemap.xml").body()).contains("<loc>" + local + "/course</loc>");
	}

	@Test
	void forwardedHeadersFrom127001ChangeNoLink() throws Exception {
		String local = "http://localhost:" + this.port;
		String chapter = get("/course/dpo", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "rlhf.example.net")
			.body();
		assertThat(chapter).contains("<link rel=\"canonical\" href=\"" + local + "/course/dpo\">")
			.contains("<meta property=\"og:url\" content=\"" + local + "/course/dpo\">")
			.doesNotContain("rlhf.example.net");
		assertThat(get("/robots.txt", "X-Forwarded-Host", "rlhf.example.net").body())
			.contains("Sitemap: " + local + "/sitemap.xml");
	}

	@Test
	void aMadeUpHostChangesNoLink() throws IOException {
		RawHttp.Response response = new RawHttp(this.port).get("GET /course/rlvr HTTP/1.1", "Host: evil.example");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body())
			.contains("<link rel=\"canonical\" href=\"http://localhost:" + this.port + "/course/rlvr\">")
			.doesNotContain("evil.example");
	}

	@Test
	void noProxyIsTrustedUnlessConfigured() {
		Valve[] valves = ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getEngine()
			.getPipeline()
			.getValves();
		assertThat(Arrays.stream(valves).filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast))
			.singleElement()
			.satisfies((valve) -> {
				assertThat(valve.getInternalProxies()).isNull();
				assertThat(valve.getTrustedProxies()).isNull();
			});
	}

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
