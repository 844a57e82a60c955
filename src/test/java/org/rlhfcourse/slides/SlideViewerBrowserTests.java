package org.rlhfcourse.slides;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.browser.Axe;
import org.rlhfcourse.browser.Browser;
import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deck viewer in Chromium on a bundled deck: the page opens as the reading view, keys
 * present it and move through slides and reveal steps with the address following, reload
 * lands on the same slide, the overview shows many slides, print gives exactly one page
 * per slide, and on a phone the reading view is readable and accessible.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlideViewerBrowserTests {

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 800);

	private ChromeDriver driver() {
		return browser.driver();
	}

	private void press(CharSequence key) {
		new Actions(driver()).sendKeys(key).perform();
	}

	private Object script(String js) {
		return driver().executeScript(js);
	}

	private long currentSlide() {
		return (Long) script("return Number(document.querySelector('.slide.is-current').dataset.slide)");
	}

	@Test
	void arrowKeysMoveThroughSlidesAndStepsAndTheAddressFollows() {
		driver().get("http://localhost:" + this.port + "/slides/dpo");
		assertThat(script("return document.documentElement.classList.contains('deck-presenting')")).isEqualTo(false);
		assertThat(driver().getCurrentUrl()).endsWith("/slides/dpo");
		press(Keys.ARROW_RIGHT);
		assertThat(script("return document.documentElement.classList.contains('deck-presenting')")).isEqualTo(true);
		assertThat(driver().getCurrentUrl()).endsWith("/slides/dpo#1");
		press(Keys.ARROW_RIGHT);
		press(Keys.ARROW_RIGHT);
		assertThat(driver().getCurrentUrl()).endsWith("/slides/dpo#3");
		assertThat(currentSlide()).isEqualTo(3);
		WebElement third = driver().findElement(By.cssSelector(".slide[data-slide='3']"));
		assertThat(third.getCssValue("visibility")).isEqualTo("visible");
		assertThat(driver().findElement(By.cssSelector(".slide[data-slide='2']")).getCssValue("visibility"))
			.isEqualTo("hidden");

		// Slide 4 has two reveal steps: the arrow shows them one by one before leaving
		// the slide.
		press(Keys.ARROW_RIGHT);
		assertThat(driver().getCurrentUrl()).endsWith("#4");
		assertThat(script("return document.querySelectorAll('.is-current .fragment.visible').length")).isEqualTo(0L);
		press(Keys.ARROW_RIGHT);
		assertThat(driver().getCurrentUrl()).endsWith("#4");
		assertThat(script("return document.querySelectorAll('.is-current .fragment.visible').length")).isEqualTo(1L);
		press(Keys.ARROW_RIGHT);
		press(Keys.ARROW_RIGHT);
		assertThat(driver().getCurrentUrl()).endsWith("#5");
		press(Keys.ARROW_LEFT);
		assertThat(driver().getCurrentUrl()).endsWith("#4");
		assertThat(script("return document.querySelectorAll('.is-current .fragment.visible').length")).isEqualTo(2L);

		driver().navigate().refresh();
		assertThat(currentSlide()).isEqualTo(4);
		press(Keys.END);
		assertThat(driver().getCurrentUrl()).endsWith("#18");
		press(Keys.HOME);
		assertThat(driver().getCurrentUrl()).endsWith("#1");
	}

	@Test
	void overviewShowsTheSlidesAsAGrid() {
		driver().get("http://localhost:" + this.port + "/slides/dpo#2");
		press("o");
		assertThat(script("return document.documentElement.classList.contains('deck-overview')")).isEqualTo(true);
		Object visible = script("return [...document.querySelectorAll('.slide')].filter((s) => "
				+ "getComputedStyle(s).visibility === 'visible' && s.getBoundingClientRect().top < innerHeight).length");
		assertThat((Long) visible).isGreaterThanOrEqualTo(6L);
		driver().findElement(By.cssSelector(".slide[data-slide='5']")).click();
		assertThat(script("return document.documentElement.classList.contains('deck-overview')")).isEqualTo(false);
		assertThat(driver().getCurrentUrl()).endsWith("#5");
	}

	@Test
	void printingGivesOnePagePerSlide() {
		driver().get("http://localhost:" + this.port + "/slides/dpo");
		int slides = Integer
			.parseInt(driver().findElement(By.cssSelector(".deck")).getDomAttribute("data-slide-count"));
		driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(script("return [...document.querySelectorAll('.slide')].slice(0, -1).every((s) => "
				+ "getComputedStyle(s).breakAfter === 'page')"))
			.isEqualTo(true);
		assertThat(script("return getComputedStyle(document.querySelector('.site-header')).display")).isEqualTo("none");
		driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		Map<String, Object> pdf = driver().executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", true));
		String text = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
		Matcher pages = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
		int count = 0;
		while (pages.find()) {
			count++;
		}
		assertThat(count).isEqualTo(slides).isEqualTo(18);
	}

	@ParameterizedTest(name = "{0} theme")
	@ValueSource(strings = { "light", "dark" })
	void onAPhoneTheDeckReadsAsAScrollOfSlidesWithBodyTextOfAtLeast16Pixels(String theme) throws IOException {
		try (Browser phone = Browser.start(390, 844)) {
			ChromeDriver driver = phone.driver();
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
			driver.get("http://localhost:" + this.port + "/");
			driver.executeScript("localStorage.setItem('theme', arguments[0]);", theme);
			driver.get("http://localhost:" + this.port + "/slides/dpo");
			assertThat(driver.executeScript(
					"return document.documentElement.scrollWidth - " + "document.documentElement.clientWidth"))
				.as("sideways overflow")
				.isEqualTo(0L);
			@SuppressWarnings("unchecked")
			List<Number> sizes = (List<Number>) driver.executeScript("return [...document.querySelectorAll("
					+ "'.slide-body p, .slide-body li')].filter((e) => e.textContent.trim() !== '')"
					+ ".map((e) => parseFloat(getComputedStyle(e).fontSize))");
			assertThat(sizes).hasSizeGreaterThan(30)
				.allSatisfy((size) -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(16.0));
			phone.screenshot("phone_" + theme + "_slides_dpo");
			assertThat(Axe.violations(driver)).as("axe violations on /slides/dpo at 390 px (%s theme)", theme)
				.isEmpty();
		}
	}

}
