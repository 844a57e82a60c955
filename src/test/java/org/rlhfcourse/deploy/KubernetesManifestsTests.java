package org.rlhfcourse.deploy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.SiteHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes}: two replicas, probes on paths
 * the running application answers UP, ports that meet, an autoscaler on the Deployment
 * and an ingress to the Service.
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
		assertThat(WorkflowFilesTests.texts(kustomization.path("resources")))
			.containsExactlyInAnyOrder("deployment.yaml", "service.yaml", "hpa.yaml", "ingress.yaml");
		try (var files = Files.list(DIR)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder(
					"kustomization.yaml", "deployment.yaml", "service.yaml", "hpa.yaml", "ingress.yaml");
		}
	}

	@Test
	void deploymentRunsTwoNonRootReplicasWithResourcesOnTheAppsPort() throws IOException {
		JsonNode deployment = manifest("deployment.yaml");
		assertThat(deployment.path("kind").asString()).isEqualTo("Deployment");
		assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
		JsonNode pod = deployment.path("spec").path("template");
		assertThat(pod.path("metadata").path("labels").path("app").asString())
			.isEqualTo(deployment.path("spec").path("selector").path("matchLabels").path("app").asString());
		assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
		assertThat(pod.path("spec").path("securityContext").path("runAsUser").asInt()).isEqualTo(65532);
		JsonNode container = single(pod.path("spec").path("containers"));
		assertThat(container.path("image").asString()).startsWith("ghcr.io/");
		JsonNode port = single(container.path("ports"));
		assertThat(port.path("containerPort").asInt()).isEqualTo(8080);
		assertThat(env(container, "SERVER_PORT")).isEqualTo("8080");
		assertThat(env(container, "SITE_BASE_URL")).startsWith("https://");
		JsonNode resources = container.path("resources");
		assertThat(resources.path("requests").path("cpu").asString()).isNotBlank();
		assertThat(resources.path("requests").path("memory").asString()).isNotBlank();
		assertThat(resources.path("limits").path("memory").asString()).isNotBlank();
		// The only writable place is the temporary folder: the application writes nowhere
		// else.
		assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThat(single(container.path("volumeMounts")).path("mountPath").asString()).isEqualTo("/tmp");
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

	private static String env(JsonNode container, String name) {
		for (JsonNode variable : container.path("env")) {
			if (variable.path("name").asString().equals(name)) {
				return variable.path("value").asString();
			}
		}
		throw new AssertionError("no environment variable " + name);
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
