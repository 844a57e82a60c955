package org.rlhfcourse.search;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Search as you type in headless Chromium: suggestions appear while typing, the arrow keys choose one, Enter opens
 * it at its section, Escape closes the list.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"Skipping browser tests: /usr/bin/chromium and /usr/bin/chromedriver are needed (apt install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void typingShowsLiveResultsAndDownThenEnterOpensTheHit() throws Exception {
		browser.get("http://localhost:" + this.port + "/course");
		WebElement input = browser.findElement(By.id("site-search-q"));
		assertThat(input.getAttribute("role")).isEqualTo("combobox");
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
		input.sendKeys("bradley terry");
		List<WebElement> options = waitForOptions();
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(options.get(0).getText()).containsIgnoringCase("bradley");
		assertThat(options.get(0).findElements(By.tagName("mark"))).isNotEmpty();
		String target = options.get(0).getAttribute("data-url");
		assertThat(target).startsWith("/course/");
		saveScreenshot("search-live.png");

		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getAttribute("aria-activedescendant")).isEqualTo("site-search-q-listbox-0");
		assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(target));
		assertThat(browser.getCurrentUrl()).endsWith(target);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
	}

	@Test
	void escapeClosesTheListAndEnterWithoutAChoiceShowsTheResultsPage() {
		browser.get("http://localhost:" + this.port + "/");
		WebElement input = browser.findElement(By.id("site-search-q"));
		input.sendKeys("reward model");
		waitForOptions();
		input.sendKeys(Keys.ESCAPE);
		WebElement list = browser.findElement(By.id("site-search-q-listbox"));
		assertThat(list.isDisplayed()).isFalse();
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q=reward"));
		assertThat(browser.findElements(By.cssSelector(".search-results .search-hit"))).isNotEmpty();
	}

	private static List<WebElement> waitForOptions() {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.numberOfElementsToBeMoreThan(By.cssSelector("#site-search-q-listbox [role=option]"), 0));
	}

	private static void saveScreenshot(String name) throws Exception {
		Path target = Path.of("target", name);
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
