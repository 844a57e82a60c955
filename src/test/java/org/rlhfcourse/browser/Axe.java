package org.rlhfcourse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs axe-core (installed by npm in src/test/a11y) on the page a browser shows. */
public final class Axe {

	static final Path SCRIPT = Path.of("src/test/a11y/node_modules/axe-core/axe.min.js");

	private Axe() {
	}

	/** The page's violations, at most five offending elements each; skips the test when axe-core is missing. */
	public static List<Map<String, Object>> violations(ChromeDriver driver) throws IOException {
		assumeTrue(Files.isReadable(SCRIPT), "axe-core not installed: run npm install in src/test/a11y (.ci/run does)");
		driver.executeScript(Files.readString(SCRIPT));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((result) => done(result.violations.map((v) => ({ id: v.id, impact: v.impact,
				     help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))))
				  .catch((error) => done([{ id: 'axe-error', help: String(error) }]));
				""");
		return violations;
	}

}
