package org.rlhfcourse.profile;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Japanese essay on a 390 px phone in Chromium: headings keep a heading's leading
 * while running text gets the taller Japanese one, the theme toggle speaks Japanese, and
 * the site chrome that stays English says so.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JapanesePageBrowserTests {

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	@BeforeAll
	void emulatePhone() {
		browser.emulatePhone(390, 844);
	}

	@Test
	void headingsUseAHeadingLineHeightWhileRunningTextKeepsTheTallJapaneseOne() {
		open("/ja/essay", "light");
		List<WebElement> headings = driver().findElements(By.cssSelector("main h1, main h2"));
		assertThat(headings).hasSizeGreaterThan(1);
		for (WebElement heading : headings) {
			assertThat(leading(heading)).as("line-height of %s '%s'", heading.getTagName(), heading.getText())
				.isBetween(1.2, 1.5);
		}
		assertThat(leading(driver().findElement(By.cssSelector("main article p:not(.language-switch)"))))
			.as("line-height of Japanese running text")
			.isGreaterThan(1.75);
	}

	@Test
	void themeToggleIsLabelledInJapaneseOnJapanesePagesAndInEnglishOnEnglishOnes() {
		open("/ja/essay", "light");
		WebElement toggle = driver().findElement(By.cssSelector("[data-theme-toggle]"));
		assertThat(toggle.getDomAttribute("aria-label")).isEqualTo("ダークテーマに切り替える");
		toggle.click();
		assertThat(toggle.getDomAttribute("aria-label")).isEqualTo("ライトテーマに切り替える");
		assertThat(toggle.getDomAttribute("title")).isEqualTo("ライトテーマに切り替える");

		open("/essay", "light");
		assertThat(driver().findElement(By.cssSelector("[data-theme-toggle]")).getDomAttribute("aria-label"))
			.isEqualTo("Switch to dark theme");
	}

	@Test
	void siteChromeLeftInEnglishIsMarkedEnglishOnJapanesePages() {
		open("/ja/essay", "light");
		for (String english : List.of(".site-title", ".site-nav ul a", ".site-footer span:first-child",
				".site-footer a")) {
			driver().findElements(By.cssSelector(english))
				.forEach((element) -> assertThat(language(element)).as("%s '%s'", english, element.getText())
					.isEqualTo("en"));
		}
		for (String japanese : List.of(".skip-link", "#site-search-q", "[data-theme-toggle]", "main h1",
				".site-footer span:nth-child(2)")) {
			assertThat(language(driver().findElement(By.cssSelector(japanese)))).as(japanese).isEqualTo("ja");
		}

		open("/essay", "light");
		assertThat(driver().findElements(By.cssSelector(".site-header [lang], .site-footer [lang]")))
			.as("no language marks on chrome that is in the page's language")
			.isEmpty();
	}

	private void open(String path, String theme) {
		driver().get("http://localhost:" + this.port + "/");
		driver().executeScript("localStorage.setItem('theme', arguments[0]);", theme);
		driver().get("http://localhost:" + this.port + path);
	}

	private ChromeDriver driver() {
		return browser.driver();
	}

	/** The language the browser gives the element, from the nearest lang attribute. */
	private String language(WebElement element) {
		return (String) driver().executeScript(
				"return arguments[0].matches(':lang(ja)') ? 'ja' : arguments[0].matches(':lang(en)') ? 'en' : 'other'",
				element);
	}

	private static double leading(WebElement element) {
		return px(element.getCssValue("line-height")) / px(element.getCssValue("font-size"));
	}

	private static double px(String value) {
		return Double.parseDouble(value.replace("px", ""));
	}

}
