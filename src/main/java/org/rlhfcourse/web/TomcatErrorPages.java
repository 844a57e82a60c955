package org.rlhfcourse.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Puts {@link SiteErrorReportValve} in place of Tomcat's error report valve, and gives it
 * the site's bad-request page once the application is ready by asking the server itself
 * for it, so the page is byte for byte what the application renders (layout,
 * fingerprinted stylesheet, security headers).
 */
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
		ApplicationListener<ApplicationReadyEvent>, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(TomcatErrorPages.class);

	private final SiteErrorReportValve valve;

	TomcatErrorPages(SiteErrorReportValve valve) {
		this.valve = valve;
	}

	/**
	 * After Spring Boot's own customizer, which adds a plain error report valve that this
	 * one replaces.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve existing : host.getPipeline().getValves()) {
					if (existing instanceof ErrorReportValve) {
						host.getPipeline().removeValve(existing);
					}
				}
				host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
				host.getPipeline().addValve(this.valve);
			}
		});
	}

	/**
	 * Fetches the page when the application is ready (not as soon as the server listens:
	 * fingerprinted addresses are known only once the context is refreshed), which is
	 * before readiness reports UP.
	 */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		URI page = URI
			.create("http://127.0.0.1:" + web.getWebServer().getPort() + SiteErrorController.BAD_REQUEST_PATH);
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
			HttpResponse<byte[]> response = http.send(
					HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 400) {
				throw new IllegalStateException(page + " answered " + response.statusCode());
			}
			this.valve.usePage(response.body());
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			logger.warn("Requests Tomcat refuses will get its plain error page: cannot fetch {}: {}", page,
					ex.toString());
		}
	}

}
