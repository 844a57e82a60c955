package org.rlhfcourse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main pages in a real browser: zero axe-core violations in both themes, a theme
 * choice that persists, and a screenshot of each page under target/screenshots for
 * review.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	static Stream<Arguments> pagesAndThemes() {
		List<String> pages = List.of("/", "/course", "/course/dpo", "/course/notation", "/slides", "/slides/dpo",
				"/profile", "/essay", "/ja/essay", "/no-such-page", "/search?q=reward+model", "/search");
		return pages.stream().flatMap((page) -> Stream.of(Arguments.of(page, "light"), Arguments.of(page, "dark")));
	}

	@ParameterizedTest(name = "{0} in the {1} theme")
	@MethodSource("pagesAndThemes")
	void pageHasNoAxeViolations(String path, String theme) throws IOException {
		assumeTrue(Files.isReadable(Axe.SCRIPT),
				"axe-core not installed: run npm install in src/test/a11y (.ci/run does)");
		open(path, theme);
		browser.screenshot(theme + path.replace('/', '_'));
		assertThat(Axe.violations(browser.driver())).as("axe violations on %s (%s theme)", path, theme).isEmpty();
	}

	static Stream<Arguments> readingPagesOnAPhone() {
		return Stream.of("/course/dpo", "/essay", "/ja/essay")
			.flatMap((page) -> Stream.of(Arguments.of(page, "light"), Arguments.of(page, "dark")));
	}

	@ParameterizedTest(name = "{0} on a 390 px phone in the {1} theme")
	@MethodSource("readingPagesOnAPhone")
	void readingPageOnAPhoneHasNoAxeViolations(String path, String theme) throws IOException {
		assumeTrue(Files.isReadable(Axe.SCRIPT),
				"axe-core not installed: run npm install in src/test/a11y (.ci/run does)");
		try (Browser phone = Browser.start()) {
			phone.emulatePhone(390, 844);
			phone.driver().get("http://localhost:" + this.port + "/");
			phone.driver().executeScript("localStorage.setItem('theme', arguments[0]);", theme);
			phone.driver().get("http://localhost:" + this.port + path);
			assertThat(phone.driver().executeScript("return document.documentElement.clientWidth")).isEqualTo(390L);
			phone.screenshot("phone_" + theme + path.replace('/', '_'));
			assertThat(Axe.violations(phone.driver())).as("axe violations on %s at 390 px (%s theme)", path, theme)
				.isEmpty();
		}
	}

	@ParameterizedTest(name = "open search suggestions in the {0} theme")
	@ValueSource(strings = { "light", "dark" })
	void openSearchSuggestionsHaveNoAxeViolations(String theme) throws IOException {
		assumeTrue(Files.isReadable(Axe.SCRIPT),
				"axe-core not installed: run npm install in src/test/a11y (.ci/run does)");
		open("/course", theme);
		WebElement input = browser.driver().findElement(By.id("site-search-q"));
		input.sendKeys("reward model");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
			.numberOfElementsToBeMoreThan(By.cssSelector("#site-search-q-listbox [role=option]"), 0));
		input.sendKeys(Keys.ARROW_DOWN);
		browser.screenshot(theme + "_search_suggestions");
		assertThat(Axe.violations(browser.driver())).as("axe violations with search suggestions open (%s theme)", theme)
			.isEmpty();
	}

	@Test
	void themeToggleSwitchesAndTheChoicePersists() {
		open("/course/dpo", "light");
		WebElement toggle = browser.driver().findElement(By.cssSelector("[data-theme-toggle]"));
		assertThat(toggle.isDisplayed()).isTrue();
		String before = background();
		toggle.click();
		assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo("dark");
		assertThat(background()).isNotEqualTo(before);
		browser.driver().navigate().refresh();
		assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo("dark");
		assertThat(background()).isNotEqualTo(before);
	}

	@Test
	void citationCardAppearsOnKeyboardFocus() {
		open("/course/dpo", "light");
		WebElement link = browser.driver().findElement(By.cssSelector(".cite-link"));
		WebElement card = link.findElement(By.xpath("following-sibling::span[@class='cite-card']"));
		assertThat(card.isDisplayed()).isFalse();
		browser.driver().executeScript("arguments[0].focus()", link);
		assertThat(card.isDisplayed()).isTrue();
		assertThat(card.getText()).isNotBlank();
	}

	@Test
	void chapterReadsOnAPhoneWithoutSidewaysScrolling() throws IOException {
		try (Browser phone = Browser.start()) {
			phone.emulatePhone(360, 800);
			phone.driver().get("http://localhost:" + this.port + "/course/rlvr");
			Long overflow = (Long) phone.driver()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("page wider than the phone screen").isLessThanOrEqualTo(0L);
			assertThat(phone.driver().findElement(By.cssSelector(".toc details")).getDomAttribute("open")).isNull();
			phone.screenshot("phone_course_rlvr");
		}
	}

	private void open(String path, String theme) {
		browser.driver().get("http://localhost:" + this.port + "/");
		browser.driver().executeScript("localStorage.setItem('theme', arguments[0]);", theme);
		browser.driver().get("http://localhost:" + this.port + path);
	}

	private String background() {
		return (String) browser.driver().executeScript("return getComputedStyle(document.body).backgroundColor;");
	}

}
