package org.rlhfcourse.search;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search as you type in headless Chromium: suggestions appear while typing (also for a
 * misspelt word), the arrow keys choose one, Enter opens it at its section, Escape closes
 * the list; from a Japanese page the results page is in Japanese.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	@LocalServerPort
	private int port;

	@Test
	void typingShowsLiveResultsAndDownThenEnterOpensTheHit() throws Exception {
		driver().get("http://localhost:" + this.port + "/course");
		WebElement input = driver().findElement(By.id("site-search-q"));
		assertThat(input.getAttribute("role")).isEqualTo("combobox");
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
		input.sendKeys("bradley terry");
		List<WebElement> options = waitForOptions();
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(options.get(0).getText()).containsIgnoringCase("bradley");
		assertThat(options.get(0).findElements(By.tagName("mark"))).isNotEmpty();
		String target = options.get(0).getAttribute("data-url");
		assertThat(target).matches("/(course|slides)/.+");
		assertThat(options.get(0).findElement(By.className("search-suggestion-kind")).getDomProperty("textContent"))
			.isIn("Chapter", "Slides");
		browser.screenshot("search-live");

		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getAttribute("aria-activedescendant")).isEqualTo("site-search-q-listbox-0");
		assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(target));
		assertThat(driver().getCurrentUrl()).endsWith(target);
		String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "main";
		assertThat(driver().findElement(By.id(anchor)).isDisplayed()).as("the hit's section or slide is shown")
			.isTrue();
	}

	@Test
	void escapeClosesTheListAndEnterWithoutAChoiceShowsTheResultsPage() {
		driver().get("http://localhost:" + this.port + "/");
		WebElement input = driver().findElement(By.id("site-search-q"));
		input.sendKeys("reward model");
		waitForOptions();
		input.sendKeys(Keys.ESCAPE);
		WebElement list = driver().findElement(By.id("site-search-q-listbox"));
		assertThat(list.isDisplayed()).isFalse();
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q=reward"));
		assertThat(driver().findElements(By.cssSelector(".search-results .search-hit"))).isNotEmpty();
	}

	@Test
	void typingAWordWithATypoStillSuggestsItsChapterWithTheWordMarked() throws Exception {
		driver().get("http://localhost:" + this.port + "/course");
		WebElement input = driver().findElement(By.id("site-search-q"));
		input.sendKeys("reward modleing");
		List<WebElement> options = waitForOptions();
		assertThat(options.get(0).getAttribute("data-url")).isEqualTo("/course/reward-modeling");
		assertThat(options.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText)
			.anySatisfy((mark) -> assertThat(mark).startsWithIgnoringCase("model"));
		browser.screenshot("search-live-typo");
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q=reward"));
		assertThat(driver().findElement(By.cssSelector(".search-results .search-hit a")).getAttribute("href"))
			.endsWith("/course/reward-modeling");
	}

	@Test
	void searchingFromAJapanesePageShowsJapaneseResultsInJapanese() {
		driver().get("http://localhost:" + this.port + "/ja/essay");
		WebElement input = driver().findElement(By.id("site-search-q"));
		assertThat(input.getAttribute("placeholder")).isEqualTo("検索");
		input.sendKeys("研究所");
		assertThat(waitForOptions().get(0).getAttribute("data-url")).startsWith("/ja/essay");
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ja/search?q="));
		assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("検索");
		assertThat(driver().findElement(By.className("search-status")).getText()).contains("件");
		assertThat(driver().findElement(By.cssSelector(".search-results .search-hit-kind")).getText()).isEqualTo("ページ");
	}

	private static List<WebElement> waitForOptions() {
		return new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions
			.numberOfElementsToBeMoreThan(By.cssSelector("#site-search-q-listbox [role=option]"), 0));
	}

	private static ChromeDriver driver() {
		return browser.driver();
	}

}
