package org.rlhfcourse.slides;

import java.io.IOException;
import java.util.List;
import java.util.Map;

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

import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every display formula of every bundled deck fits inside its box and its slide, in the
 * page and when presenting: formulas wider than their column are shrunk to fit instead of
 * being clipped.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlideMathBrowserTests {

	/**
	 * Each display formula: how far it sticks out of its box and out of its slide
	 * (negative when inside).
	 */
	private static final String OVERFLOWS = """
			return [...document.querySelectorAll('.slide .math-box')].map((box) => {
			  const slide = box.closest('.slide').getBoundingClientRect();
			  const own = box.getBoundingClientRect();
			  const range = document.createRange();
			  range.selectNodeContents(box.querySelector('.katex-html'));
			  const formula = range.getBoundingClientRect();
			  return { slide: box.closest('.slide').dataset.slide, width: formula.width,
			    outOfBox: Math.max(own.left - formula.left, formula.right - own.right),
			    outOfSlide: Math.max(slide.left - formula.left, formula.right - slide.right) };
			});
			""";

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 800);

	@Test
	void everyDisplayFormulaInEveryBundledDeckFitsItsSlide() {
		driver().get("http://localhost:" + this.port + "/slides");
		List<String> decks = driver().findElements(By.cssSelector(".lectures a[href^='/slides/']"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(decks).as("the bundled decks, as the slides page lists them").hasSize(17);
		int formulas = 0;
		for (String deck : decks) {
			open(deck);
			formulas += assertFits(deck + " presenting");
			new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
			assertThat(driver().executeScript("return document.documentElement.classList.contains('deck-presenting')"))
				.isEqualTo(false);
			assertFits(deck + " as a page");
		}
		assertThat(formulas).as("display formulas checked").isGreaterThan(30);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/slides/dpo#8", "/slides/rlvr#2" })
	void formulaWiderThanItsColumnIsShrunkNotClipped(String path) throws IOException {
		open(path);
		WebElement slide = driver().findElement(By.cssSelector(".slide.is-current"));
		WebElement box = slide.findElement(By.cssSelector(".math-box"));
		assertThat(box.getCssValue("font-size")).as("the formula's box is smaller than the text around it")
			.isNotEqualTo(box.findElement(By.xpath("ancestor::div[contains(@class, 'slide-canvas')]"))
				.getCssValue("font-size"));
		browser.screenshot("slide_math_" + path.replaceAll("[^a-z0-9]+", "_"));
	}

	@Test
	void withoutJavaScriptAWideFormulaScrollsInsteadOfBeingCut() {
		driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			driver().get("http://localhost:" + this.port + "/slides/dpo");
			WebElement box = driver().findElement(By.cssSelector(".slide[data-slide='8'] .math-box"));
			assertThat(box.getCssValue("overflow-x")).isEqualTo("auto");
			assertThat(driver().executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth", box))
				.as("the whole formula is inside the box's scrolling area")
				.isEqualTo(true);
		}
		finally {
			driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@SuppressWarnings("unchecked")
	private int assertFits(String where) {
		List<Map<String, Object>> formulas = (List<Map<String, Object>>) driver().executeScript(OVERFLOWS);
		for (Map<String, Object> formula : formulas) {
			assertThat(((Number) formula.get("width")).doubleValue())
				.as("%s, slide %s: typeset", where, formula.get("slide"))
				.isPositive();
			assertThat(((Number) formula.get("outOfBox")).doubleValue())
				.as("%s, slide %s: formula sticks out of its box by", where, formula.get("slide"))
				.isLessThanOrEqualTo(0.5);
			assertThat(((Number) formula.get("outOfSlide")).doubleValue())
				.as("%s, slide %s: formula sticks out of the slide by", where, formula.get("slide"))
				.isLessThanOrEqualTo(0.5);
		}
		return formulas.size();
	}

	private void open(String path) {
		driver().get("http://localhost:" + this.port + path);
		// site.js measures formulas once KaTeX's fonts are in; wait for the last
		// measurement.
		driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)));");
	}

	private ChromeDriver driver() {
		return browser.driver();
	}

}
