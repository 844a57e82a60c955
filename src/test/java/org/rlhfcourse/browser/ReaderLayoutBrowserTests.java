package org.rlhfcourse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The reader bugs of issues 22, 25 and 26 on the bundled content, in Chromium: the deck
 * list's rows, slide formulas and chapter equations on a phone, the phone header, the
 * present mode's control bar, Japanese headings, equation links, and the axe rules that
 * failed on the search, 404 and deck pages.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderLayoutBrowserTests {

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	@AfterEach
	void resetEmulation() {
		driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
	}

	@ParameterizedTest(name = "/slides at {0} px")
	@ValueSource(ints = { 390, 1280 })
	@SuppressWarnings("unchecked")
	void deckListRowsGiveTheirWidthToTheText(int width) {
		open("/slides", width);
		List<Map<String, Number>> rows = (List<Map<String, Number>>) script("""
				return [...document.querySelectorAll('.deck-list .lectures > li')].map((li) => ({
				  row: li.getBoundingClientRect().width,
				  body: li.querySelector('.lecture-body').getBoundingClientRect().width,
				  metaLines: Math.round(li.querySelector('.meta span').getBoundingClientRect().height
				    / parseFloat(getComputedStyle(li.querySelector('.meta')).lineHeight)) }));
				""");
		assertThat(rows).hasSizeGreaterThan(10)
			.allSatisfy((row) -> assertThat(row.get("body").doubleValue()).as("text width of a deck row")
				.isGreaterThanOrEqualTo(row.get("row").doubleValue() - 1))
			.allSatisfy((row) -> assertThat(row.get("metaLines").intValue()).as("lines of \"N slides\"").isEqualTo(1));
	}

	@Test
	@SuppressWarnings("unchecked")
	void slideFormulasOnAPhoneKeepAReadableSizeAndScroll() {
		open("/slides/dpo", 390);
		List<Map<String, Object>> formulas = (List<Map<String, Object>>) script("""
				const text = parseFloat(getComputedStyle(document.querySelector('.slide-canvas')).fontSize);
				return [...document.querySelectorAll('.slide-canvas .math-box')].map((box) => ({
				  label: box.closest('.slide').getAttribute('aria-label'),
				  ratio: parseFloat(getComputedStyle(box).fontSize) / text,
				  overflow: getComputedStyle(box).overflowX,
				  wider: box.scrollWidth > box.clientWidth + 1 }));
				""");
		assertThat(formulas).hasSizeGreaterThan(5);
		assertThat(formulas).allSatisfy((formula) -> assertThat(((Number) formula.get("ratio")).doubleValue())
			.as("size of a formula in %s against the card's text", formula.get("label"))
			.isGreaterThanOrEqualTo(0.69));
		assertThat(formulas).filteredOn((formula) -> (Boolean) formula.get("wider"))
			.as("formulas wider than their card")
			.isNotEmpty()
			.allSatisfy((formula) -> assertThat(formula.get("overflow")).isEqualTo("auto"));
		assertThat(script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.as("the page itself does not scroll sideways")
			.isEqualTo(0L);
	}

	@Test
	@SuppressWarnings("unchecked")
	void chapterEquationsOnAPhoneHaveTheirNumberAndCopyButtonUnderneath() throws IOException {
		open("/course/dpo", 390);
		List<Map<String, Number>> equations = (List<Map<String, Number>>) script("""
				const column = document.querySelector('.chapter-body').getBoundingClientRect().width;
				return [...document.querySelectorAll('.chapter-body .math-display.numbered')].map((d) => ({
				  column: column,
				  box: d.querySelector('.math-box').getBoundingClientRect().width,
				  boxBottom: d.querySelector('.math-box').getBoundingClientRect().bottom,
				  numberTop: d.querySelector('.eq-number').getBoundingClientRect().top,
				  copyTop: d.querySelector('.eq-copy').getBoundingClientRect().top,
				  copyRight: d.querySelector('.eq-copy').getBoundingClientRect().right,
				  numberLeft: d.querySelector('.eq-number').getBoundingClientRect().left }));
				""");
		browser.screenshot("reader_phone_dpo_equations");
		assertThat(equations).hasSizeGreaterThanOrEqualTo(10).allSatisfy((eq) -> {
			assertThat(eq.get("box").doubleValue()).as("formula width")
				.isGreaterThanOrEqualTo(eq.get("column").doubleValue() - 1);
			assertThat(eq.get("numberTop").doubleValue()).as("number under the formula")
				.isGreaterThanOrEqualTo(eq.get("boxBottom").doubleValue() - 1);
			assertThat(eq.get("copyTop").doubleValue()).as("copy button under the formula")
				.isGreaterThanOrEqualTo(eq.get("boxBottom").doubleValue() - 1);
			assertThat(eq.get("copyRight").doubleValue()).as("copy button before the number")
				.isLessThanOrEqualTo(eq.get("numberLeft").doubleValue());
		});
	}

	@ParameterizedTest(name = "header of {0} on a 390 px phone")
	@ValueSource(strings = { "/course/dpo", "/ja/essay" })
	@SuppressWarnings("unchecked")
	void phoneHeaderIsCompactAndKeepsEveryLinkAndTheSearchBox(String path) throws IOException {
		open(path, 390);
		browser.screenshot("reader_phone_header" + path.replace('/', '_'));
		double header = ((Number) script(
				"return document.querySelector('.site-header').getBoundingClientRect().height"))
			.doubleValue();
		assertThat(header).as("header height at 390 px").isLessThanOrEqualTo(110);
		List<WebElement> links = driver().findElements(By.cssSelector(".site-nav a"));
		assertThat(links).hasSizeGreaterThanOrEqualTo(5).allSatisfy((link) -> {
			assertThat(link.isDisplayed()).as("%s shown", link.getText()).isTrue();
			assertThat(link.getRect().getX() + link.getRect().getWidth()).as("%s on screen", link.getText())
				.isLessThanOrEqualTo(390);
		});
		WebElement input = driver().findElement(By.id("site-search-q"));
		assertThat(input.isDisplayed()).isTrue();
		assertThat(input.getRect().getWidth()).as("search box width").isGreaterThanOrEqualTo(80);
		WebElement button = driver().findElement(By.cssSelector(".site-search-button"));
		assertThat(button.isDisplayed()).isTrue();
		assertThat(button.getAccessibleName()).isNotBlank();
		assertThat(driver().findElement(By.cssSelector("[data-theme-toggle]")).isDisplayed()).isTrue();
		assertThat(script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.isEqualTo(0L);
		input.sendKeys("reward model", Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().contains("q=reward"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void presentModeControlsLeaveTheSlideFooterVisible() {
		open("/slides/dpo", 1280);
		driver().findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until((d) -> (Boolean) script("return document.documentElement.classList.contains('deck-presenting')"));
		new Actions(driver()).moveByOffset(5, 5).perform();
		Map<String, Number> rects = (Map<String, Number>) script("""
				const bar = document.querySelector('.deck-controls').getBoundingClientRect();
				const footer = document.querySelector('.slide.is-current .slide-footer').getBoundingClientRect();
				const slide = document.querySelector('.slide.is-current').getBoundingClientRect();
				return { barTop: bar.top, barHeight: bar.height, footerBottom: footer.bottom, slideBottom: slide.bottom,
				  opacity: parseFloat(getComputedStyle(document.querySelector('.deck-controls')).opacity) };
				""");
		assertThat(rects.get("barHeight").doubleValue()).as("control bar shown").isGreaterThan(0);
		assertThat(rects.get("opacity").doubleValue()).as("control bar shown").isGreaterThan(0.5);
		assertThat(rects.get("slideBottom").doubleValue()).as("slide above the control bar")
			.isLessThanOrEqualTo(rects.get("barTop").doubleValue());
		assertThat(rects.get("footerBottom").doubleValue()).isLessThanOrEqualTo(rects.get("barTop").doubleValue());
	}

	@Test
	@SuppressWarnings("unchecked")
	void japaneseHeadingsWrapBetweenWordsNotInsideThem() throws IOException {
		open("/ja/essay", 390);
		browser.screenshot("reader_phone_ja_essay");
		// Each word (Intl.Segmenter's Japanese dictionary) must sit on one line: its
		// characters share a top.
		List<String> split = (List<String>) script("""
				const broken = [];
				for (const heading of document.querySelectorAll('main h1, main h2')) {
				  const text = heading.firstChild && heading.firstChild.nodeType === 3 ? heading.firstChild : null;
				  if (!text) continue;
				  const segments = new Intl.Segmenter('ja', { granularity: 'word' }).segment(text.data);
				  for (const s of segments) {
				    if (!s.isWordLike || s.segment.length < 2) continue;
				    const range = document.createRange();
				    const tops = new Set();
				    for (let i = s.index; i < s.index + s.segment.length; i++) {
				      range.setStart(text, i); range.setEnd(text, i + 1);
				      tops.add(Math.round(range.getBoundingClientRect().top));
				    }
				    if (tops.size > 1) broken.push(heading.tagName + ': ' + s.segment);
				  }
				}
				return broken;
				""");
		assertThat(split).as("words broken across lines").isEmpty();
		assertThat(script("return document.querySelector('main h1').getClientRects().length > 0")).isEqualTo(true);
	}

	@Test
	void equationLinkLeavesRoomAboveTheEquation() {
		open("/course/dpo#eq:dpo-loss", 1280);
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until((d) -> ((Number) script("return window.scrollY")).doubleValue() > 0);
		double top = ((Number) script("return document.getElementById('eq:dpo-loss').getBoundingClientRect().top"))
			.doubleValue();
		assertThat(top).as("room above the linked equation").isBetween(12.0, 80.0);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/search", "/search?q=reward+model", "/no-such-page", "/slides/rlvr", "/course/rlvr",
			"/course/preference-data" })
	@SuppressWarnings("unchecked")
	void searchLandmarksAreUniqueAndTableHeadersHaveText(String path) throws IOException {
		assumeTrue(Files.isReadable(Axe.SCRIPT),
				"axe-core not installed: run npm install in src/test/a11y (.ci/run does)");
		open(path, 1280);
		driver().executeScript(Files.readString(Axe.SCRIPT));
		List<Object> violations = (List<Object>) driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: ['landmark-unique', 'empty-table-header'], resultTypes: ['violations'] })
				  .then((r) => done(r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')))))
				  .catch((e) => done(['axe-error: ' + e]));
				""");
		assertThat(violations).as("axe on %s", path).isEmpty();
	}

	private void open(String path, int width) {
		if (width < 500) {
			browser.emulatePhone(width, 844);
		}
		driver().get("http://localhost:" + this.port + path);
	}

	private Object script(String script, Object... args) {
		return driver().executeScript(script, args);
	}

	private ChromeDriver driver() {
		return browser.driver();
	}

}
