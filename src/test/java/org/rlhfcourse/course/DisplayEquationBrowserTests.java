package org.rlhfcourse.course;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.browser.Axe;
import org.rlhfcourse.browser.Browser;
import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Display equations in chapters, in Chromium on a desktop and a phone: the number sits
 * beside the formula's scroll box and never on it, a wide formula is a focusable region
 * the arrow keys scroll, each formula has a copy-TeX button beside it, printing shrinks
 * wide formulas to the page, and the pages stay free of axe violations.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisplayEquationBrowserTests {

	/**
	 * Each numbered formula: its scroll box, its number, its copy button and the
	 * formula's own extent.
	 */
	private static final String NUMBERED_RECTS = """
			const rect = (e) => { if (!e) return null; const r = e.getBoundingClientRect();
			  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
			return [...document.querySelectorAll('.chapter-body .math-display.numbered')].map((d) => {
			  const range = document.createRange();
			  range.selectNodeContents(d.querySelector('.katex-html'));
			  return { label: d.querySelector('.math-box').getAttribute('aria-label'),
			    box: rect(d.querySelector('.math-box')), number: rect(d.querySelector('.eq-number')),
			    copy: rect(d.querySelector('.eq-copy')), formula: rect(range),
			    viewport: document.documentElement.clientWidth };
			});
			""";

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	@AfterEach
	void resetEmulation() {
		driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	static Stream<Arguments> chaptersAndWidths() {
		return Stream.of("reinforcement-learning", "dpo")
			.flatMap((slug) -> Stream.of(Arguments.of(slug, 1280), Arguments.of(slug, 390)));
	}

	@ParameterizedTest(name = "/course/{0} at {1} px")
	@MethodSource("chaptersAndWidths")
	@SuppressWarnings("unchecked")
	void numberNeverOverlapsItsFormula(String slug, int width) throws IOException {
		open("/course/" + slug, width);
		List<Map<String, Object>> equations = (List<Map<String, Object>>) driver().executeScript(NUMBERED_RECTS);
		assertThat(equations).hasSizeGreaterThanOrEqualTo(10);
		for (Map<String, Object> equation : equations) {
			Map<String, Number> box = rect(equation, "box");
			Map<String, Number> number = rect(equation, "number");
			Map<String, Number> copy = rect(equation, "copy");
			String label = (String) equation.get("label");
			// Beside the formula on wide screens, under it on phones (issue 26): never on
			// it.
			assertThat(intersect(number, box)).as("%s: number over the formula box", label).isFalse();
			assertThat(number.get("right").doubleValue()).as("%s: number on screen", label)
				.isLessThanOrEqualTo(((Number) equation.get("viewport")).doubleValue());
			assertThat(intersect(copy, box)).as("%s: copy button over the formula", label).isFalse();
			assertThat(intersect(copy, number)).as("%s: copy button over the number", label).isFalse();
		}
		browser.screenshot("equations_" + slug + "_" + width);
	}

	@Test
	void wideFormulaIsARegionTheArrowKeysScroll() {
		open("/course/reinforcement-learning", 390);
		WebElement box = driver().findElement(By.cssSelector(".math-box[aria-label='Equation 14']"));
		assertThat(box.getDomAttribute("role")).isEqualTo("region");
		assertThat(box.getDomProperty("tabIndex")).isEqualTo("0");
		assertThat(script("return arguments[0].scrollWidth > arguments[0].clientWidth", box)).isEqualTo(true);
		assertThat((String) script("return getComputedStyle(arguments[0]).backgroundAttachment", box))
			.as("scroll cue: shadows fixed at the edges under covers that scroll with the formula")
			.contains("local")
			.contains("scroll");
		script("document.querySelector('#eq\\\\:grpo').previousElementSibling.previousElementSibling"
				+ ".querySelector('.eq-copy').focus()");
		new Actions(driver()).sendKeys(Keys.TAB).perform();
		assertThat(script("return document.activeElement === arguments[0]", box)).as("Tab reaches the formula")
			.isEqualTo(true);
		new Actions(driver()).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
		new WebDriverWait(driver(), Duration.ofSeconds(5))
			.until((d) -> ((Number) script("return arguments[0].scrollLeft", box)).doubleValue() > 0);
		assertThat(script("return window.scrollX")).as("the page itself does not scroll sideways").isEqualTo(0L);
	}

	@Test
	void formulaThatFitsIsNoTabStop() {
		open("/course/reinforcement-learning", 1280);
		WebElement box = driver().findElement(By.cssSelector(".math-box[aria-label='Equation 7']"));
		assertThat(script("return arguments[0].scrollWidth <= arguments[0].clientWidth", box)).isEqualTo(true);
		assertThat(box.getDomProperty("tabIndex")).isEqualTo("-1");
	}

	@Test
	void everyChapterFormulaHasACopyButtonThatCopiesItsTex() {
		open("/course/reinforcement-learning", 1280);
		assertThat(driver().findElements(By.cssSelector(".chapter-body .eq-copy")))
			.hasSize(driver().findElements(By.cssSelector(".chapter-body .math-display")).size());
		driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + this.port,
				"permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		WebElement equation = driver().findElement(By.id("eq:grpo"));
		WebElement button = equation.findElement(By.cssSelector(".eq-copy"));
		assertThat(button.getDomAttribute("aria-label")).isEqualTo("Copy the TeX source of equation 14");
		new Actions(driver()).moveToElement(button).click().perform();
		String copied = (String) driver().executeAsyncScript(
				"const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, (e) => done(String(e)));");
		assertThat(copied).startsWith("\\begin{aligned}").contains("\\mathcal{J}_{\\mathrm{GRPO}}");
	}

	@Test
	void withoutJavaScriptEveryFormulaIsATabStopAndThereIsNoCopyButton() {
		driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			driver().get("http://localhost:" + this.port + "/course/dpo");
			List<WebElement> boxes = driver().findElements(By.cssSelector(".chapter-body .math-box"));
			assertThat(boxes).hasSizeGreaterThanOrEqualTo(16)
				.allSatisfy((box) -> assertThat(box.getDomAttribute("tabindex")).isEqualTo("0"));
			assertThat(driver().findElements(By.cssSelector(".eq-copy"))).isEmpty();
		}
		finally {
			driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void slidesHaveNoCopyButtons() {
		open("/slides/dpo", 1280);
		assertThat(driver().findElements(By.cssSelector(".slide .math-display"))).isNotEmpty();
		assertThat(driver().findElements(By.cssSelector(".eq-copy"))).isEmpty();
		assertThat(driver().findElements(By.cssSelector(".slide .math-box[tabindex]"))).isEmpty();
	}

	@ParameterizedTest(name = "/course/{0} printed")
	@ValueSource(strings = { "reinforcement-learning", "dpo" })
	@SuppressWarnings("unchecked")
	void wideFormulasShrinkToThePrintedPage(String slug) throws IOException {
		open("/course/" + slug, 700);
		driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		List<Map<String, Object>> equations = (List<Map<String, Object>>) driver().executeScript(NUMBERED_RECTS);
		for (Map<String, Object> equation : equations) {
			Map<String, Number> formula = rect(equation, "formula");
			String label = (String) equation.get("label");
			assertThat(formula.get("right").doubleValue()).as("%s: formula within its box", label)
				.isLessThanOrEqualTo(rect(equation, "box").get("right").doubleValue() + 0.5);
			assertThat(rect(equation, "number").get("right").doubleValue()).as("%s: number on the page", label)
				.isLessThanOrEqualTo(((Number) equation.get("viewport")).doubleValue());
		}
		Object shrunk = script("return [...document.querySelectorAll('.chapter-body .math-box')].filter((b) => "
				+ "parseFloat(getComputedStyle(b).fontSize) < parseFloat(getComputedStyle(b.parentElement).fontSize)).length");
		assertThat((Long) shrunk).as("formulas wider than the page were shrunk").isPositive();
		browser.screenshot("equations_" + slug + "_print");
	}

	@ParameterizedTest(name = "{0} at 390 px in the {1} theme")
	@MethodSource("chaptersAndThemes")
	void chapterOnAPhoneHasNoAxeViolations(String path, String theme) throws IOException {
		driver().get("http://localhost:" + this.port + "/");
		driver().executeScript("localStorage.setItem('theme', arguments[0]);", theme);
		open(path, 390);
		assertThat(Axe.violations(driver())).as("axe violations on %s at 390 px (%s theme)", path, theme).isEmpty();
	}

	/**
	 * Every chapter in the light theme; in the dark theme (where only colours change) one
	 * chapter of each kind: prose with tables, derivations, code, the notation tables.
	 */
	Stream<Arguments> chaptersAndThemes() {
		Stream<Arguments> light = Stream
			.of("introduction", "timeline", "training-overview", "instruction-tuning", "reward-modeling",
					"reinforcement-learning", "rlvr", "dpo", "rejection-sampling", "preferences", "preference-data",
					"synthetic-data", "tool-use", "over-optimization", "regularization", "evaluation",
					"product-character", "notation")
			.map((slug) -> Arguments.of("/course/" + slug, "light"));
		Stream<Arguments> dark = Stream.of("introduction", "reinforcement-learning", "dpo", "tool-use", "notation")
			.map((slug) -> Arguments.of("/course/" + slug, "dark"));
		return Stream.concat(light, dark);
	}

	private void open(String path, int width) {
		driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		driver().get("http://localhost:" + this.port + path);
		// site.js measures formulas once KaTeX's fonts are in; wait for the last
		// measurement.
		driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)));");
	}

	private ChromeDriver driver() {
		return browser.driver();
	}

	private Object script(String js, Object... arguments) {
		return driver().executeScript(js, arguments);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Number> rect(Map<String, Object> equation, String key) {
		return (Map<String, Number>) equation.get(key);
	}

	private static boolean intersect(Map<String, Number> a, Map<String, Number> b) {
		if (a == null || b == null) {
			return false;
		}
		return a.get("left").doubleValue() < b.get("right").doubleValue()
				&& b.get("left").doubleValue() < a.get("right").doubleValue()
				&& a.get("top").doubleValue() < b.get("bottom").doubleValue()
				&& b.get("top").doubleValue() < a.get("bottom").doubleValue();
	}

}
