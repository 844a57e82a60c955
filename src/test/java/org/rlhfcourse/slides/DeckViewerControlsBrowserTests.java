package org.rlhfcourse.slides;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.assertj.core.data.Offset;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.rlhfcourse.browser.Axe;
import org.rlhfcourse.browser.Browser;
import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deck viewer's controls in Chromium, on a fixture deck of 24 slides (one with three
 * reveal steps and notes, one with a link, one with a 1200 px wide figure): the reading
 * view first and still on load, the on-screen buttons, click zones, the overview of a
 * long deck, the speaker window, and the reflowed reading view on a phone.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeckViewerControlsBrowserTests {

	private static final Path CONTENT = Path.of("src/test/resources/fixtures/deck-viewer").toAbsolutePath();

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 800);

	@DynamicPropertySource
	static void fixtureContent(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", CONTENT::toString);
	}

	@BeforeEach
	void oneWindow() {
		String first = driver().getWindowHandles().iterator().next();
		for (String handle : driver().getWindowHandles()) {
			if (!handle.equals(first)) {
				driver().switchTo().window(handle).close();
			}
		}
		driver().switchTo().window(first);
	}

	private ChromeDriver driver() {
		return browser.driver();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private Object script(String js, Object... args) {
		return driver().executeScript(js, args);
	}

	private void press(CharSequence key) {
		new Actions(driver()).sendKeys(key).perform();
	}

	private boolean presenting() {
		return (Boolean) script("return document.documentElement.classList.contains('deck-presenting')");
	}

	private long currentSlide() {
		return (Long) script("return Number(document.querySelector('.slide.is-current').dataset.slide)");
	}

	private WebElement control(String action) {
		return driver().findElement(By.cssSelector("[data-deck-action='" + action + "']"));
	}

	private double number(String js, Object... args) {
		return ((Number) script(js, args)).doubleValue();
	}

	/**
	 * Opens a deck address and presents it: a #N address does so by itself, otherwise the
	 * Present button.
	 */
	private void present(String path) {
		driver().get(url("/slides"));
		driver().get(url(path));
		if (!path.contains("#")) {
			driver().findElement(By.cssSelector("[data-deck-present]")).click();
		}
		assertThat(presenting()).isTrue();
	}

	@Test
	void deckOpensAsTheReadingViewAndNothingMovesWhenTheScriptRuns() {
		// Record where things are before the deferred scripts run, and every layout shift
		// from the first paint.
		Map<String, Object> added = driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", """
						window.shifts = [];
						new PerformanceObserver((list) => list.getEntries().forEach((e) => window.shifts.push(e.value)))
						  .observe({ type: 'layout-shift', buffered: true });
						window.boxes = () => [...document.querySelectorAll('.deck-header h1, .deck-help, .slide')]
						  .slice(0, 6).map((e) => JSON.stringify(e.getBoundingClientRect()));
						document.addEventListener('readystatechange', () => {
						  if (document.readyState === 'interactive') window.before = window.boxes();
						});
						"""));
		try {
			driver().get(url("/slides/viewer"));
			new WebDriverWait(driver(), WAIT).until((d) -> script("return document.readyState").equals("complete"));
			assertThat(script("return document.querySelector('.deck').getAttribute('tabindex')"))
				.as("slides.js has run")
				.isEqualTo("-1");
			assertThat(presenting()).isFalse();
			assertThat(driver().getCurrentUrl()).endsWith("/slides/viewer");
			assertThat(driver().findElement(By.cssSelector("[data-deck-present]")).isDisplayed()).isTrue();
			assertThat(driver().findElement(By.cssSelector(".slide[data-slide='24']")).getCssValue("visibility"))
				.isEqualTo("visible");
			assertThat(script("return window.before.length")).isEqualTo(6L);
			assertThat(script("return window.boxes()")).isEqualTo(script("return window.before"));
			assertThat(number("return window.shifts.reduce((a, b) => a + b, 0)")).as("cumulative layout shift")
				.isZero();
		}
		finally {
			driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
					Map.of("identifier", added.get("identifier")));
		}
	}

	@Test
	void withoutJavaScriptTheControlsStayOutOfTheWay() {
		driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			driver().get(url("/slides/viewer"));
			assertThat(driver().findElement(By.cssSelector("[data-deck-present]")).isDisplayed()).isFalse();
			assertThat(driver().findElement(By.cssSelector(".deck-help")).isDisplayed()).isFalse();
			assertThat(driver().findElement(By.cssSelector("[data-deck-controls]")).isDisplayed()).isFalse();
			assertThat(driver().findElement(By.cssSelector(".slide[data-slide='3'] a")).isDisplayed()).isTrue();
		}
		finally {
			driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void presentButtonStartsAtTheSlideInViewAndExitReturnsThere() {
		driver().get(url("/slides/viewer"));
		script("document.querySelector('.slide[data-slide=\"7\"]').scrollIntoView({ block: 'start' })");
		script("document.querySelector('[data-deck-present]').click()");
		assertThat(presenting()).isTrue();
		assertThat(driver().getCurrentUrl()).endsWith("#7");
		press(Keys.ARROW_RIGHT);
		assertThat(driver().getCurrentUrl()).endsWith("#8");
		control("exit").click();
		assertThat(presenting()).isFalse();
		assertThat(driver().getCurrentUrl()).endsWith("/slides/viewer");
		assertThat(number("return Math.abs(document.querySelector('.slide[data-slide=\"8\"]').getBoundingClientRect()"
				+ ".top - parseFloat(getComputedStyle(document.querySelector('.slide')).scrollMarginTop))"))
			.isLessThan(2.0);
		assertThat(script("return document.activeElement.hasAttribute('data-deck-present')")).isEqualTo(true);
		// The arrow key presents too, and a #N link presents slide N.
		press(Keys.ARROW_RIGHT);
		assertThat(presenting()).isTrue();
		assertThat(currentSlide()).isEqualTo(8);
		press(Keys.ESCAPE);
		script("location.hash = '#12'");
		new WebDriverWait(driver(), WAIT).until((d) -> presenting());
		assertThat(currentSlide()).isEqualTo(12);
	}

	@Test
	void onScreenButtonsAreNamedButtonsThatWork() {
		present("/slides/viewer");
		List<WebElement> buttons = driver().findElements(By.cssSelector("[data-deck-controls] button"));
		assertThat(buttons).extracting(WebElement::getAriaRole).containsOnly("button");
		assertThat(buttons).extracting(WebElement::getAccessibleName)
			.containsExactly("Previous", "Next", "Overview", "Full screen", "Speaker view", "Keyboard shortcuts",
					"Exit to reading view");
		assertThat(buttons).allMatch(WebElement::isDisplayed);

		control("next").click();
		control("next").click();
		assertThat(currentSlide()).isEqualTo(2);
		assertThat(script("return document.querySelectorAll('.is-current .fragment.visible').length")).isEqualTo(1L);
		control("previous").click();
		control("previous").click();
		assertThat(currentSlide()).isEqualTo(1);

		control("overview").click();
		assertThat(script("return document.documentElement.classList.contains('deck-overview')")).isEqualTo(true);
		assertThat(control("overview").getDomAttribute("aria-pressed")).isEqualTo("true");
		control("overview").click();
		assertThat(control("overview").getDomAttribute("aria-pressed")).isEqualTo("false");

		control("fullscreen").click();
		new WebDriverWait(driver(), WAIT)
			.until((d) -> script("return document.fullscreenElement !== null").equals(true));
		assertThat(control("fullscreen").getDomAttribute("aria-pressed")).isEqualTo("true");
		control("fullscreen").click();
		new WebDriverWait(driver(), WAIT)
			.until((d) -> script("return document.fullscreenElement === null").equals(true));

		control("help").click();
		WebElement dialog = driver().findElement(By.cssSelector("dialog[data-deck-keys]"));
		assertThat(dialog.isDisplayed()).isTrue();
		assertThat(dialog.getAccessibleName()).isEqualTo("Keyboard shortcuts");
		assertThat(dialog.getText()).contains("Next step or slide", "Overview", "Full screen", "Speaker view", "Esc");
		press(Keys.ESCAPE);
		assertThat(dialog.isDisplayed()).isFalse();
		assertThat(presenting()).as("Escape closed only the dialog").isTrue();
		press("?");
		assertThat(dialog.isDisplayed()).isTrue();
		dialog.findElement(By.cssSelector("[data-deck-keys-close]")).click();
		assertThat(dialog.isDisplayed()).isFalse();

		control("exit").click();
		assertThat(presenting()).isFalse();
	}

	@Test
	void buttonsAreReachedByTabShowAFocusRingAndAnswerTheKeyboard() {
		present("/slides/viewer");
		press(Keys.TAB);
		WebElement focused = driver().switchTo().activeElement();
		assertThat(focused.getDomAttribute("data-deck-action")).isEqualTo("previous");
		assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
		assertThat(focused.getCssValue("outline-width")).isEqualTo("3px");
		press(Keys.TAB);
		press(Keys.ENTER);
		assertThat(currentSlide()).isEqualTo(2);
		press(Keys.SPACE);
		assertThat(currentSlide()).as("Space on a focused button presses it once").isEqualTo(2);
		assertThat(script("return document.querySelectorAll('.is-current .fragment.visible').length")).isEqualTo(1L);
	}

	@Test
	void controlsFadeWhenTheMouseRestsAndComeBackOnMovementOrFocus() {
		present("/slides/viewer");
		WebElement controls = driver().findElement(By.cssSelector("[data-deck-controls]"));
		new Actions(driver()).moveToElement(driver().findElement(By.cssSelector(".slide.is-current"))).perform();
		assertThat(controls.getCssValue("opacity")).isEqualTo("1");
		new WebDriverWait(driver(), WAIT).until((d) -> controls.getCssValue("opacity").equals("0"));
		new Actions(driver()).moveByOffset(40, 10).perform();
		new WebDriverWait(driver(), WAIT).until((d) -> controls.getCssValue("opacity").equals("1"));
		new WebDriverWait(driver(), WAIT).until((d) -> controls.getCssValue("opacity").equals("0"));
		press(Keys.TAB);
		new WebDriverWait(driver(), WAIT).until((d) -> controls.getCssValue("opacity").equals("1"));
	}

	@Test
	void clickingTheLeftThirdGoesBackAndTheRestForward() {
		present("/slides/viewer#10");
		WebElement slide = driver().findElement(By.cssSelector(".slide[data-slide='10']"));
		int width = slide.getRect().getWidth();
		// Offsets are from the slide's centre: a sixth of the width from the left edge,
		// then near the right edge.
		new Actions(driver()).moveToElement(slide, -width / 2 + width / 6, 0).click().perform();
		assertThat(currentSlide()).isEqualTo(9);
		new Actions(driver()).moveToElement(slide, -width / 2 + width / 3 + 20, 0).click().perform();
		assertThat(currentSlide()).isEqualTo(10);
		new Actions(driver()).moveToElement(slide, width / 2 - 20, 0).click().perform();
		assertThat(currentSlide()).isEqualTo(11);

		// Selecting text ends in a click that must not turn the slide.
		WebElement text = driver().findElement(By.cssSelector(".slide[data-slide='11'] .slide-body p"));
		int textWidth = text.getRect().getWidth();
		new Actions(driver()).moveToElement(text, -textWidth / 2 + 2, 0)
			.clickAndHold()
			.moveByOffset(textWidth / 2, 0)
			.release()
			.perform();
		assertThat(script("return String(getSelection()).length")).isNotEqualTo(0L);
		assertThat(currentSlide()).isEqualTo(11);

		// A link is followed, not counted as a click on the slide (the test stops it from
		// leaving the page).
		script("location.hash = '#3'");
		new WebDriverWait(driver(), WAIT).until((d) -> currentSlide() == 3);
		WebElement link = driver().findElement(By.cssSelector(".slide[data-slide='3'] a[href='/slides']"));
		script("arguments[0].addEventListener('click', (e) => e.preventDefault())", link);
		link.click();
		assertThat(currentSlide()).isEqualTo(3);
	}

	@Test
	void overviewOfTwentyFourSlidesScrollsAndTheArrowsMoveTheSelectionInTwoDimensions() {
		present("/slides/viewer#2");
		press("o");
		assertThat(script("return document.documentElement.classList.contains('deck-overview')")).isEqualTo(true);
		long columns = (Long) script(
				"return getComputedStyle(document.querySelector('.deck')).gridTemplateColumns" + ".split(' ').length");
		assertThat(columns).isGreaterThan(1L);
		// Rows are as tall as their thumbnails: the second row starts below the first.
		assertThat(number("const s = document.querySelectorAll('.slide'); return s[arguments[0]]"
				+ ".getBoundingClientRect().top - s[0].getBoundingClientRect().bottom", columns))
			.isPositive();
		assertThat(selected()).isEqualTo(2);
		press(Keys.ARROW_RIGHT);
		assertThat(selected()).isEqualTo(3);
		press(Keys.ARROW_DOWN);
		assertThat(selected()).isEqualTo(3 + columns);
		press(Keys.ARROW_LEFT);
		press(Keys.ARROW_UP);
		assertThat(selected()).isEqualTo(2);
		press(Keys.END);
		assertThat(selected()).isEqualTo(24);
		// The last thumbnail was scrolled into the overview's visible area.
		assertThat(script("return document.querySelector('.deck').scrollTop > 0")).isEqualTo(true);
		assertThat(script("const d = document.querySelector('.deck').getBoundingClientRect(); const s = document"
				+ ".querySelector('.slide[data-slide=\"24\"]').getBoundingClientRect(); return s.top >= d.top && "
				+ "s.bottom <= d.bottom"))
			.isEqualTo(true);
		press(Keys.ENTER);
		assertThat(script("return document.documentElement.classList.contains('deck-overview')")).isEqualTo(false);
		assertThat(currentSlide()).isEqualTo(24);
		assertThat(driver().getCurrentUrl()).endsWith("#24");

		press("o");
		press(Keys.HOME);
		press(Keys.ESCAPE);
		assertThat(script("return document.documentElement.classList.contains('deck-overview')")).isEqualTo(false);
		assertThat(presenting()).isTrue();
		assertThat(currentSlide()).as("Escape keeps the slide shown before").isEqualTo(24);
	}

	private long selected() {
		return (Long) script("return Number(document.querySelector('.slide.is-selected').dataset.slide)");
	}

	@Test
	void speakerWindowOpensAtTheCurrentStepWithClockLabelsAndNotesAndFollowsThePresenter() {
		present("/slides/viewer#2");
		press(Keys.ARROW_RIGHT);
		assertThat(script("return document.querySelectorAll('.is-current .fragment.visible').length")).isEqualTo(1L);
		String presenter = driver().getWindowHandle();
		press("s");
		new WebDriverWait(driver(), WAIT).until((d) -> d.getWindowHandles().size() == 2);
		Set<String> handles = driver().getWindowHandles();
		String speaker = handles.stream().filter((h) -> !h.equals(presenter)).findFirst().orElseThrow();
		driver().switchTo().window(speaker);
		new WebDriverWait(driver(), WAIT)
			.until((d) -> !d.findElements(By.cssSelector(".deck-speaker .deck-speaker-panel")).isEmpty());

		assertThat(driver().getCurrentUrl()).contains("view=speaker").endsWith("#2");
		assertThat(currentSlide()).isEqualTo(2);
		assertThat(script("return document.querySelectorAll('.is-current .fragment.visible').length")).isEqualTo(1L);
		assertThat(driver().findElement(By.cssSelector(".slide.is-next")).getDomAttribute("data-slide")).isEqualTo("3");
		List<String> labels = driver().findElements(By.cssSelector(".deck-speaker-label"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(labels).hasSize(3);
		assertThat(labels.get(0)).startsWith("CURRENT").contains("slide 2 of 24, step 1 of 2");
		assertThat(labels.subList(1, 3)).containsExactly("NEXT", "NOTES");
		assertThat(driver().findElement(By.cssSelector(".deck-speaker-clock")).getText()).matches("\\d\\d:\\d\\d");
		assertThat(driver().findElement(By.cssSelector(".deck-speaker-timer")).getText()).matches("0:0\\d");
		assertThat(driver().findElement(By.cssSelector(".deck-speaker-notes")).getText())
			.isEqualTo("Pause after each step and ask for questions.");
		for (String selector : List.of(".slide.is-current", ".slide.is-next", ".deck-speaker-info",
				".deck-speaker-label--current", ".deck-speaker-label--next")) {
			assertThat(driver().findElement(By.cssSelector(selector)).isDisplayed()).as(selector).isTrue();
		}
		assertThat(control("speaker").isDisplayed()).isFalse();
		assertThat(control("exit").isDisplayed()).isFalse();

		// The presenter moves on: the speaker window follows, and the other way round.
		driver().switchTo().window(presenter);
		press(Keys.ARROW_RIGHT);
		driver().switchTo().window(speaker);
		new WebDriverWait(driver(), WAIT).until(
				(d) -> script("return document.querySelectorAll('.is-current .fragment.visible').length").equals(2L));
		press(Keys.ARROW_RIGHT);
		assertThat(currentSlide()).isEqualTo(3);
		assertThat(driver().findElement(By.cssSelector(".deck-speaker-notes")).getText())
			.isEqualTo("No notes for this slide.");
		driver().switchTo().window(presenter);
		new WebDriverWait(driver(), WAIT).until((d) -> currentSlide() == 3);
	}

	@Test
	void phoneReadingViewHasReadableTextFittingImagesAndNoSidewaysScrolling() throws IOException {
		try (Browser phone = Browser.start(390, 844)) {
			ChromeDriver driver = phone.driver();
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
			driver.get(url("/slides/viewer"));
			assertThat(driver.executeScript("return document.documentElement.classList.contains('deck-presenting')"))
				.isEqualTo(false);
			assertThat(driver.executeScript(
					"return document.documentElement.scrollWidth - " + "document.documentElement.clientWidth"))
				.as("sideways overflow")
				.isEqualTo(0L);
			@SuppressWarnings("unchecked")
			List<Number> sizes = (List<Number>) driver.executeScript("return [...document.querySelectorAll("
					+ "'.slide-body p, .slide-body li')].map((e) => parseFloat(getComputedStyle(e).fontSize))");
			assertThat(sizes).hasSizeGreaterThan(24)
				.allSatisfy((size) -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(16.0));
			@SuppressWarnings("unchecked")
			Map<String, Number> figure = (Map<String, Number>) driver.executeScript("""
					const img = document.querySelector('.slide[data-slide="4"] img');
					const slide = img.closest('.slide').getBoundingClientRect();
					const box = img.getBoundingClientRect();
					return { right: box.right - slide.right, ratio: box.width / box.height, width: box.width };
					""");
			assertThat(figure.get("right").doubleValue()).isLessThanOrEqualTo(0.0);
			assertThat(figure.get("ratio").doubleValue()).isCloseTo(3.0, Offset.offset(0.05));
			assertThat(figure.get("width").doubleValue()).isGreaterThan(250.0);
			phone.screenshot("phone_slides_viewer");
			assertThat(Axe.violations(driver)).as("axe violations on the deck page at 390 px").isEmpty();
		}
	}

	@Test
	void swipesWhilePresentingOnAPhoneTurnSlidesAndNeverOverscroll() {
		try (Browser phone = Browser.start(390, 844)) {
			ChromeDriver driver = phone.driver();
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
			driver.executeCdpCommand("Emulation.setTouchEmulationEnabled",
					Map.of("enabled", true, "maxTouchPoints", 1));
			driver.get(url("/slides/viewer#5"));
			assertThat(driver.executeScript("return getComputedStyle(document.documentElement).overscrollBehaviorX"))
				.isEqualTo("none");
			assertThat(driver
				.executeScript("return getComputedStyle(document.querySelector('.deck')).overscrollBehaviorX"))
				.isEqualTo("contain");
			assertThat(driver.executeScript("return getComputedStyle(document.querySelector('.deck')).touchAction"))
				.isEqualTo("pan-y pinch-zoom");
			long history = (Long) driver.executeScript("return history.length");
			swipe(driver, 300, 100);
			assertThat(driver.getCurrentUrl()).endsWith("/slides/viewer#6");
			swipe(driver, 100, 300);
			swipe(driver, 100, 300);
			assertThat(driver.getCurrentUrl()).endsWith("/slides/viewer#4");
			assertThat(driver.executeScript("return history.length")).isEqualTo(history);
		}
	}

	private static void swipe(ChromeDriver driver, int fromX, int toX) {
		driver.executeCdpCommand("Input.dispatchTouchEvent",
				Map.of("type", "touchStart", "touchPoints", List.of(Map.of("x", fromX, "y", 400))));
		driver.executeCdpCommand("Input.dispatchTouchEvent",
				Map.of("type", "touchMove", "touchPoints", List.of(Map.of("x", (fromX + toX) / 2, "y", 402))));
		driver.executeCdpCommand("Input.dispatchTouchEvent",
				Map.of("type", "touchMove", "touchPoints", List.of(Map.of("x", toX, "y", 404))));
		driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
	}

}
