package org.rlhfcourse;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import org.rlhfcourse.site.SiteHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load balancer may send traffic only once the site is rendered: readiness turns UP
 * after the snapshot is built, never while the server is already listening but the
 * application is still starting.
 */
class ReadinessTests {

	@Test
	void readinessReportsUpOnlyOnceTheSnapshotIsBuilt() throws Exception {
		List<String> seen = new CopyOnWriteArrayList<>();
		SpringApplication application = new SpringApplication(CourseSiteApplication.class);
		application.addListeners((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof ServletWebServerInitializedEvent listening) {
				// The server accepts connections now, before the application is ready.
				seen.add("listening: readiness " + readiness(listening.getWebServer().getPort()) + ", snapshot "
						+ snapshotBuilt(listening.getApplicationContext()));
			}
			if (event instanceof AvailabilityChangeEvent<?> change
					&& change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
				seen.add("accepting traffic: snapshot "
						+ snapshotBuilt((ConfigurableApplicationContext) change.getSource()));
			}
		});
		try (ConfigurableApplicationContext context = application.run("--server.port=0",
				"--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			assertThat(seen).containsExactly("listening: readiness 503, snapshot built",
					"accepting traffic: snapshot built");
			assertThat(readiness(port)).isEqualTo(200);
			assertThat(SiteHttpClient.localhost(() -> port).get("/actuator/health/readiness").body())
				.isEqualTo("{\"status\":\"UP\"}");
		}
	}

	private static String snapshotBuilt(ConfigurableApplicationContext context) {
		return (context.getBean(SiteHolder.class).current() != null) ? "built" : "missing";
	}

	private int readiness(int port) {
		try {
			SiteHttpClient http = SiteHttpClient.localhost(() -> port);
			return http.send(http.request("/actuator/health/readiness"), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
