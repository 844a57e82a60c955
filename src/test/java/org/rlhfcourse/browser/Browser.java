package org.rlhfcourse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium driven through Debian's ChromeDriver, for the few behaviours
 * only a browser can show. When either is missing the calling test is skipped with a
 * message saying what to install.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private Browser(int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	/**
	 * Starts a desktop-sized browser, or skips the test when Chromium is not installed.
	 */
	public static Browser start() {
		return start(1280, 900);
	}

	public static Browser start(int width, int height) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: Debian's chromium and chromium-driver are not installed "
						+ "(apt-get install chromium chromium-driver; .ci/run does this)");
		return new Browser(width, height);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Saves a screenshot of the current page as {@code target/screenshots/name.png} for
	 * review.
	 */
	public Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
		return file;
	}

	/**
	 * Lays pages out as on a phone screen of this CSS size, touch included. Headless
	 * Chromium does not make its window narrower than about 500 px, so narrow widths need
	 * the DevTools emulation instead of a window size.
	 */
	public void emulatePhone(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
		this.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled",
				Map.of("enabled", true, "maxTouchPoints", 5));
	}

	/**
	 * Taps the page with one finger at a point of the viewport, as on a touch screen
	 * (after {@link #emulatePhone}).
	 */
	public void tap(double x, double y) {
		this.driver.executeCdpCommand("Input.dispatchTouchEvent",
				Map.of("type", "touchStart", "touchPoints", List.of(Map.of("x", x, "y", y))));
		this.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
