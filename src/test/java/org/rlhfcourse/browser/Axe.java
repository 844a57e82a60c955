package org.rlhfcourse.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs axe-core (installed by npm in {@code src/test/a11y}) on the page a driver shows
 * and returns its violations, each as id, impact, help and the first few targets, so a
 * failing assertion says what to fix.
 */
public final class Axe {

	static final Path SCRIPT = Path.of("src/test/a11y/node_modules/axe-core/axe.min.js");

	private Axe() {
	}

	/**
	 * The violations on the current page; skips the test when axe-core is not installed.
	 */
	public static List<Map<String, Object>> violations(ChromeDriver driver) {
		assumeTrue(Files.isReadable(SCRIPT), "axe-core not installed: run npm install in src/test/a11y (.ci/run does)");
		try {
			driver.executeScript(Files.readString(SCRIPT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
