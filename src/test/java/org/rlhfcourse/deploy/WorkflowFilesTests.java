package org.rlhfcourse.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Actions workflows, read as GitHub reads them: what triggers them, what they
 * may do, and the commands they run. GitHub itself cannot run here, so this is where a
 * broken workflow is caught.
 */
class WorkflowFilesTests {

	private static final Path WORKFLOWS = Path.of(".github/workflows");

	private static final String JVM_FLAGS = "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow";

	private final YAMLMapper yaml = new YAMLMapper();

	@Test
	void ciRunsOnEveryPushAndPullRequestWithReadOnlyPermissions() throws IOException {
		JsonNode ci = workflow("ci.yml");
		assertThat(names(ci.path("on"))).contains("push", "pull_request", "workflow_call");
		assertThat(ci.path("on").path("push").path("branches").isMissingNode()).as("every branch").isTrue();
		assertThat(ci.path("permissions").path("contents").asString()).isEqualTo("read");
		assertThat(names(ci.path("permissions"))).containsExactly("contents");
	}

	@Test
	void ciTestsOnJdk25WithBrowsersTheContentCheckAndTheJarStart() throws IOException {
		JsonNode job = workflow("ci.yml").path("jobs").path("test");
		JsonNode java = step(job, "actions/setup-java@");
		assertThat(java.path("with").path("distribution").asString()).isEqualTo("temurin");
		assertThat(java.path("with").path("java-version").asString()).isEqualTo("25");
		assertThat(java.path("with").path("cache").asString()).isEqualTo("maven");
		List<String> commands = runs(job);
		assertThat(commands).anySatisfy((command) -> assertThat(command).contains("apt-get install")
			.contains(" chromium ")
			.contains(" chromium-driver"));
		assertThat(commands).anySatisfy((command) -> assertThat(command).contains("npm install"));
		assertThat(commands).contains("./mvnw -B verify");
		assertThat(commands).noneSatisfy((command) -> assertThat(command).containsAnyOf("skipTests",
				"-Dmaven.test.skip", "excludedGroups", "-Dgroups", "jib:"));
		assertThat(commands).contains("java " + JVM_FLAGS + " -jar target/*.jar check");
		assertThat(commands).contains("bench/env-start.sh");
		assertThat(Files.isExecutable(Path.of("bench/env-start.sh"))).isTrue();
		assertThat(commands.indexOf("./mvnw -B verify")).isLessThan(commands.indexOf("bench/env-start.sh"));
	}

	@Test
	void ciUploadsTestReportsAndScreenshotsEvenWhenTestsFail() throws IOException {
		JsonNode job = workflow("ci.yml").path("jobs").path("test");
		List<String> uploaded = new ArrayList<>();
		for (JsonNode step : job.path("steps")) {
			if (step.path("uses").asString("").startsWith("actions/upload-artifact@")) {
				assertThat(step.path("if").asString()).isEqualTo("always()");
				uploaded.add(step.path("with").path("path").asString());
			}
		}
		assertThat(uploaded).containsExactlyInAnyOrder("target/surefire-reports", "target/screenshots");
	}

	@Test
	void publishRunsOnMainAndVersionTagsAfterTheTests() throws IOException {
		JsonNode publish = workflow("publish.yml");
		assertThat(names(publish.path("on"))).containsExactly("push");
		assertThat(texts(publish.path("on").path("push").path("branches"))).containsExactly("main");
		assertThat(texts(publish.path("on").path("push").path("tags"))).containsExactly("v*");
		assertThat(publish.path("jobs").path("test").path("uses").asString()).isEqualTo("./.github/workflows/ci.yml");
		JsonNode image = publish.path("jobs").path("image");
		assertThat(image.path("needs").asString()).isEqualTo("test");
		assertThat(image.path("permissions").path("packages").asString()).isEqualTo("write");
		assertThat(publish.path("permissions").path("packages").isMissingNode()).as("only the image job writes")
			.isTrue();
	}

	@Test
	void publishPushesTheImageWithJibToGhcrWithVersionShaAndLatestTags() throws IOException {
		JsonNode image = workflow("publish.yml").path("jobs").path("image");
		String tags = run(image, "Work out the image name and tags");
		assertThat(tags).contains("ghcr.io/${GITHUB_REPOSITORY,,}")
			.contains("refs/tags/v*")
			.contains("version=\"${GITHUB_REF_NAME#v}\"")
			.contains("tags=\"$GITHUB_SHA\"")
			.contains("tags=\"$GITHUB_SHA,latest\"");
		// latest only for main: the tag branch of the script must not add it.
		String tagBranch = tags.substring(tags.indexOf("refs/tags/v*"), tags.indexOf("else"));
		assertThat(tagBranch).doesNotContain("latest");
		JsonNode push = step(image, "Build and push the image with Jib");
		String command = push.path("run").asString();
		assertThat(command).startsWith("./mvnw -B -Pimage -DskipTests package jib:build")
			.contains("-Dimage.name=${{ steps.image.outputs.name }}:${{ steps.image.outputs.version }}")
			.contains("-Djib.to.tags=${{ steps.image.outputs.tags }}")
			.contains("-Djib.to.auth.password=\"$REGISTRY_PASSWORD\"")
			.contains("-Dimage.revision=${{ github.sha }}")
			.doesNotContain("secrets.");
		assertThat(push.path("env").path("REGISTRY_PASSWORD").asString()).isEqualTo("${{ secrets.GITHUB_TOKEN }}");
		assertThat(ContainerImageTests.profileIds()).contains("image");
	}

	@Test
	void publishExportsTheStaticSiteAsAnArtifact() throws IOException {
		JsonNode image = workflow("publish.yml").path("jobs").path("image");
		List<String> commands = runs(image);
		assertThat(commands).contains("java " + JVM_FLAGS + " -jar target/*.jar export --out=site");
		JsonNode export = step(image, "Export the static site");
		assertThat(export.path("run").asString()).contains(" export --out=site");
		assertThat(export.path("env").path("SITE_BASE_URL").asString()).isEqualTo("${{ vars.SITE_BASE_URL }}");
		JsonNode upload = step(image, "actions/upload-artifact@");
		assertThat(upload.path("with").path("path").asString()).isEqualTo("site");
	}

	@Test
	void everyActionIsPinnedToAVersion() throws IOException {
		for (String file : List.of("ci.yml", "publish.yml")) {
			for (JsonNode job : workflow(file).path("jobs")) {
				for (JsonNode step : job.path("steps")) {
					String uses = step.path("uses").asString("");
					if (!uses.isEmpty()) {
						assertThat(uses).as(file).matches("actions/[a-z-]+@v\\d+");
					}
				}
			}
		}
	}

	private JsonNode workflow(String name) throws IOException {
		return this.yaml.readTree(Files.readString(WORKFLOWS.resolve(name)));
	}

	private static JsonNode step(JsonNode job, String usesOrName) {
		for (JsonNode step : job.path("steps")) {
			if (step.path("uses").asString("").startsWith(usesOrName)
					|| step.path("name").asString("").equals(usesOrName)) {
				return step;
			}
		}
		throw new AssertionError("no step " + usesOrName);
	}

	private static String run(JsonNode job, String name) {
		return step(job, name).path("run").asString();
	}

	private static List<String> runs(JsonNode job) {
		List<String> commands = new ArrayList<>();
		for (JsonNode step : job.path("steps")) {
			if (step.has("run")) {
				commands.add(step.path("run").asString().strip());
			}
		}
		return commands;
	}

	static List<String> names(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((item) -> texts.add(item.asString()));
		return texts;
	}

}
