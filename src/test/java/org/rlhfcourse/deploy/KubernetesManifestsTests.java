package org.rlhfcourse.deploy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.SiteHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes} against what they point at:
 * probes on paths the running application answers UP, the image's user and memory budget,
 * selectors, names and ports that meet between Deployment, Service, autoscaler and
 * ingress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KubernetesManifestsTests {

	private static final Path DIR = Path.of("deploy/kubernetes");

	private final YAMLMapper yaml = new YAMLMapper();

	@LocalServerPort
	private int port;

	@Test
	void kustomizationListsEveryManifest() throws IOException {
		JsonNode kustomization = manifest("kustomization.yaml");
		assertThat(kustomization.path("resources").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("deployment.yaml", "service.yaml", "hpa.yaml", "ingress.yaml");
		try (var files = Files.list(DIR)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder(
					"kustomization.yaml", "deployment.yaml", "service.yaml", "hpa.yaml", "ingress.yaml");
		}
	}

	@Test
	void podRunsAsTheImagesUserWithRoomForItsMemoryBudget() throws IOException {
		JsonNode pod = manifest("deployment.yaml").path("spec").path("template").path("spec");
		List<String> dockerfile = Files.readAllLines(Path.of("Dockerfile"));
		String user = dockerfile.stream().filter((line) -> line.startsWith("USER ")).findFirst().orElseThrow();
		assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
		assertThat(user).isEqualTo("USER " + pod.path("securityContext").path("runAsUser").asInt() + ":"
				+ pod.path("securityContext").path("runAsGroup").asInt());
		// The image bounds its heap; the container's limit must leave room for the rest
		// of
		// the process (bench/memory.sh measures the whole under load: at most 512 MB).
		String options = dockerfile.stream()
			.filter((line) -> line.startsWith("ENV JDK_JAVA_OPTIONS="))
			.findFirst()
			.orElseThrow();
		Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(options);
		assertThat(heap.find()).as(options).isTrue();
		JsonNode container = single(pod.path("containers"));
		long limit = mebibytes(container.path("resources").path("limits").path("memory").asString());
		assertThat(limit).isGreaterThanOrEqualTo(Math.max(512, Long.parseLong(heap.group(1)) + 192));
		assertThat(mebibytes(container.path("resources").path("requests").path("memory").asString()))
			.isLessThanOrEqualTo(limit);
	}

	@Test
	void probesUseTheActuatorGroupsTheApplicationAnswers() throws Exception {
		JsonNode container = single(
				manifest("deployment.yaml").path("spec").path("template").path("spec").path("containers"));
		String portName = single(container.path("ports")).path("name").asString();
		assertThat(probe(container, "livenessProbe", portName)).isEqualTo("/actuator/health/liveness");
		assertThat(probe(container, "readinessProbe", portName)).isEqualTo("/actuator/health/readiness");
		assertThat(probe(container, "startupProbe", portName)).isEqualTo("/actuator/health/liveness");
		SiteHttpClient http = SiteHttpClient.localhost(() -> this.port);
		for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
			String path = container.path(probe).path("httpGet").path("path").asString();
			HttpResponse<String> response = http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
		}
	}

	@Test
	void serviceAutoscalerAndIngressPointAtTheDeployment() throws IOException {
		JsonNode deployment = manifest("deployment.yaml");
		String name = deployment.path("metadata").path("name").asString();
		String app = deployment.path("spec").path("selector").path("matchLabels").path("app").asString();

		JsonNode service = manifest("service.yaml");
		assertThat(service.path("kind").asString()).isEqualTo("Service");
		assertThat(service.path("spec").path("selector").path("app").asString()).isEqualTo(app);
		JsonNode servicePort = single(service.path("spec").path("ports"));
		assertThat(servicePort.path("targetPort").asString()).isEqualTo("http");

		JsonNode hpa = manifest("hpa.yaml");
		assertThat(hpa.path("kind").asString()).isEqualTo("HorizontalPodAutoscaler");
		assertThat(hpa.path("apiVersion").asString()).isEqualTo("autoscaling/v2");
		assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asString()).isEqualTo("Deployment");
		assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asString()).isEqualTo(name);
		assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(2);
		assertThat(hpa.path("spec").path("maxReplicas").asInt()).isGreaterThan(2);

		JsonNode ingress = manifest("ingress.yaml");
		assertThat(ingress.path("kind").asString()).isEqualTo("Ingress");
		JsonNode backend = single(single(ingress.path("spec").path("rules")).path("http").path("paths")).path("backend")
			.path("service");
		assertThat(backend.path("name").asString()).isEqualTo(service.path("metadata").path("name").asString());
		assertThat(backend.path("port").path("name").asString()).isEqualTo(servicePort.path("name").asString());
	}

	private static String probe(JsonNode container, String probe, String portName) {
		JsonNode get = container.path(probe).path("httpGet");
		assertThat(get.path("port").asString()).as(probe).isEqualTo(portName);
		return get.path("path").asString();
	}

	private static long mebibytes(String quantity) {
		Matcher matcher = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
		assertThat(matcher.matches()).as(quantity).isTrue();
		return Long.parseLong(matcher.group(1)) * (matcher.group(2).equals("Gi") ? 1024 : 1);
	}

	private static JsonNode single(JsonNode array) {
		assertThat(array.isArray()).isTrue();
		assertThat(array.size()).isEqualTo(1);
		return array.get(0);
	}

	private JsonNode manifest(String name) throws IOException {
		return this.yaml.readTree(Files.readString(DIR.resolve(name)));
	}

}
