package org.rlhfcourse;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.rlhfcourse.render.math.MathProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile the container runs: one JSON log object per line, HSTS on, and
 * nothing written outside the temporary directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTests {

	/**
	 * Logback is set up once per JVM: a context started by an earlier test class (and
	 * kept in Spring's test context cache) would leave its plain console format in place,
	 * and this class's context would skip its own logging set-up. Resetting it first
	 * makes this context configure logging as the container does; resetting it after lets
	 * the next context configure its own.
	 */
	@BeforeAll
	@AfterAll
	static void resetLogging() {
		LoggingSystem.get(ProductionProfileTests.class.getClassLoader()).cleanUp();
	}

	@LocalServerPort
	private int port;

	@Autowired
	private MathProperties math;

	@Test
	void logsAreStructuredJson(CapturedOutput output) {
		LoggerFactory.getLogger(ProductionProfileTests.class).info("structured {}", "log line");
		String line = output.getOut()
			.lines()
			.filter((candidate) -> candidate.contains("structured log line"))
			.findFirst()
			.orElseThrow();
		JsonNode json = JsonMapper.shared().readTree(line);
		assertThat(json.path("message").asString()).isEqualTo("structured log line");
		assertThat(json.path("log").path("level").asString()).isEqualTo("INFO");
		assertThat(json.path("ecs").path("version").isMissingNode()).isFalse();
	}

	@Test
	void strictTransportSecurityIsOn() throws Exception {
		HttpResponse<String> response = SiteHttpClient.localhost(() -> this.port).get("/course");
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000; includeSubDomains");
	}

	@Test
	void formulaCacheLivesInTheTemporaryDirectory() {
		assertThat(this.math.cacheDirectory().toAbsolutePath())
			.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
	}

}
