package org.rlhfcourse.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workflows and the Dockerfile, read by the tools that read them: each workflow is
 * validated against GitHub's workflow schema by action-validator, the Dockerfile parsed
 * and checked by dockerfile-utils (the Dockerfile language server's linter). GitHub and
 * Docker cannot run here, so this is where a broken file is caught. Both tools come from
 * npm into {@code src/test/lint} ({@code bash .ci/run} installs them); without them these
 * tests are skipped with a message saying so.
 */
class DeployFilesLintTests {

	private static final Path TOOLS = Path.of("src/test/lint/node_modules/.bin");

	@ParameterizedTest
	@ValueSource(strings = { "ci.yml", "publish.yml" })
	void workflowFollowsGitHubsSchema(String workflow) throws Exception {
		Result result = run("action-validator", Path.of(".github/workflows", workflow));
		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	@Test
	void aWorkflowWithAMisspelledKeyIsRejected(@TempDir Path dir) throws Exception {
		Path broken = dir.resolve("broken.yml");
		Files.writeString(broken, Files.readString(Path.of(".github/workflows/ci.yml")).replace("steps:", "stepz:"));
		Result result = run("action-validator", broken);
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("stepz");
	}

	@Test
	void dockerfileHasNoProblems() throws Exception {
		Result result = run("dockerfile-utils", "lint", Path.of("Dockerfile"));
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).isBlank();
	}

	@Test
	void aDockerfileInstructionWithoutItsArgumentsIsRejected(@TempDir Path dir) throws Exception {
		Path broken = dir.resolve("Dockerfile");
		Files.writeString(broken, Files.readString(Path.of("Dockerfile")).replace("EXPOSE 8080", "EXPOSE"));
		Result result = run("dockerfile-utils", "lint", broken);
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("EXPOSE");
	}

	private static Result run(String tool, Object... arguments) throws IOException, InterruptedException {
		Path executable = TOOLS.resolve(tool);
		assumeTrue(Files.isExecutable(executable),
				() -> tool + " is not installed: run `npm install` in src/test/lint (bash .ci/run does)");
		List<String> command = new ArrayList<>(List.of(executable.toString()));
		for (Object argument : arguments) {
			command.add(argument.toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
