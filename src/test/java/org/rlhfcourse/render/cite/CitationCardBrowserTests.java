package org.rlhfcourse.render.cite;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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

import org.rlhfcourse.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The card behind each [n] citation number in Chromium, as readers use it: a mouse
 * crossing from the number to the card, a phone's edges and a finger, and the Escape key.
 * Cards must stay inside the viewport and never widen the page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitationCardBrowserTests {

	private static final String CHAPTER = "/course/dpo";

	@LocalServerPort
	private int port;

	private Browser browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void pointerRestingInTheGapOnItsWayToTheCardKeepsItOpen() throws InterruptedException {
		desktop();
		crossFromTheNumberToTheCard(4);
	}

	@Test
	void withoutJavaScriptTheCardStillOpensOnHoverAndFocusAndTheGapHoldsIt() throws InterruptedException {
		this.browser = Browser.start(1280, 900);
		driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		driver().get("http://localhost:" + this.port + CHAPTER);
		assertThat(script("return document.querySelector('[data-theme-toggle]').hidden")).as("site.js did not run")
			.isEqualTo(true);
		crossFromTheNumberToTheCard(4);
		script("arguments[0].focus()", citeLink(7));
		assertThat(card(7).isDisplayed()).as("card on keyboard focus").isTrue();
	}

	/**
	 * Hovers the number, rests in the gap above it longer than any closing delay, then
	 * moves onto the card.
	 */
	private void crossFromTheNumberToTheCard(int index) {
		Map<String, Number> number = centre(index);
		move(number.get("x"), mid(number, "top", "bottom"));
		assertThat(card(index).isDisplayed()).isTrue();
		Map<String, Number> card = rect(card(index));
		double gapTop = card.get("bottom").doubleValue();
		double gapBottom = number.get("top").doubleValue();
		assertThat(gapBottom - gapTop).as("a real gap between number and card").isGreaterThan(2);

		move(number.get("x"), (gapTop + gapBottom) / 2);
		await().alias("card while the pointer rests in the gap")
			.during(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(5))
			.until(() -> card(index).isDisplayed());
		move(number.get("x"), mid(card, "top", "bottom"));
		await().alias("card under the pointer")
			.during(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(5))
			.until(() -> card(index).isDisplayed());

		move(5, 5);
		waitUntilHidden(card(index));
	}

	@ParameterizedTest(name = "{0} citation on a 390 px phone")
	@ValueSource(strings = { "rightmost", "leftmost" })
	void cardAtTheEdgeOfAPhoneStaysInsideTheViewport(String which) {
		phone();
		int index = ((Number) script("""
				const rights = [...document.querySelectorAll('.cite')].map((c) => c.getBoundingClientRect().right);
				const pick = arguments[0] === 'rightmost' ? Math.max(...rights) : Math.min(...rights);
				return rights.indexOf(pick);""", which)).intValue();
		Map<String, Number> number = centre(index);
		this.browser.tap(number.get("x").doubleValue(), mid(number, "top", "bottom"));
		assertThat(card(index).isDisplayed()).isTrue();
		assertInsideViewport(rect(card(index)));
		assertThat(script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.as("page wider than the phone while the card is open")
			.isEqualTo(0L);
	}

	@Test
	void cardFlipsBelowANumberNearTheTopAndStaysAboveOneNearTheBottom() {
		phone();
		int index = 4;
		scrollNumberTo(index, 30);
		Map<String, Number> number = rect(citeLink(index));
		this.browser.tap(mid(number, "left", "right"), mid(number, "top", "bottom"));
		Map<String, Number> card = rect(card(index));
		assertInsideViewport(card);
		assertThat(card.get("top").doubleValue()).as("card below the number")
			.isGreaterThanOrEqualTo(number.get("bottom").doubleValue());

		this.browser.tap(5, 200);
		waitUntilHidden(card(index));
		long height = (Long) script("return innerHeight");
		scrollNumberTo(index, height - 40);
		number = rect(citeLink(index));
		this.browser.tap(mid(number, "left", "right"), mid(number, "top", "bottom"));
		card = rect(card(index));
		assertInsideViewport(card);
		assertThat(card.get("bottom").doubleValue()).as("card above the number")
			.isLessThanOrEqualTo(number.get("top").doubleValue());
	}

	@Test
	void firstTapOpensTheCardAndTheReferenceLinkInsideItStillWorks() {
		phone();
		int index = 4;
		Map<String, Number> number = centre(index);
		this.browser.tap(number.get("x").doubleValue(), mid(number, "top", "bottom"));
		assertThat(card(index).isDisplayed()).as("card after the first tap").isTrue();
		assertThat(driver().getCurrentUrl()).as("first tap stays on the page").endsWith(CHAPTER);

		// Record whether the tap on the card's own link would navigate, then stop it (the
		// test runs offline).
		script("""
				window.cardLinkClicks = [];
				window.addEventListener('click', (event) => {
				  if (!event.target.closest('.cite-card a')) return;
				  const link = event.target.closest('a');
				  window.cardLinkClicks.push({ href: link.href, cancelled: event.defaultPrevented });
				  event.preventDefault();
				});""");
		WebElement reference = card(index).findElement(By.tagName("a"));
		Map<String, Number> link = rect(reference);
		this.browser.tap(mid(link, "left", "right"), mid(link, "top", "bottom"));
		assertThat(script("return window.cardLinkClicks")).asString()
			.contains("href=" + reference.getDomProperty("href"))
			.contains("cancelled=false");
	}

	@Test
	void tapElsewhereClosesTheCardAndASecondTapOnTheNumberFollowsIt() {
		phone();
		int index = 4;
		Map<String, Number> number = centre(index);
		this.browser.tap(number.get("x").doubleValue(), mid(number, "top", "bottom"));
		assertThat(card(index).isDisplayed()).isTrue();
		this.browser.tap(5, mid(number, "top", "bottom") + 120);
		waitUntilHidden(card(index));

		this.browser.tap(number.get("x").doubleValue(), mid(number, "top", "bottom"));
		assertThat(card(index).isDisplayed()).isTrue();
		this.browser.tap(number.get("x").doubleValue(), mid(number, "top", "bottom"));
		new WebDriverWait(driver(), Duration.ofSeconds(5))
			.until((d) -> d.getCurrentUrl().endsWith(citeLink(index).getDomAttribute("href")));
	}

	@Test
	void enterOnAFocusedNumberFollowsTheLinkAtOnceEvenOnATouchScreen() {
		phone();
		this.browser.tap(5, 200);
		script("arguments[0].focus()", citeLink(4));
		new Actions(driver()).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(driver(), Duration.ofSeconds(5))
			.until((d) -> d.getCurrentUrl().endsWith(citeLink(4).getDomAttribute("href")));
	}

	@Test
	void escapeClosesACardOpenedByThePointerOrByKeyboardFocus() {
		desktop();
		int index = 4;
		Map<String, Number> number = centre(index);
		move(number.get("x"), mid(number, "top", "bottom"));
		assertThat(card(index).isDisplayed()).isTrue();
		new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
		assertThat(card(index).isDisplayed()).as("card after Escape, pointer still on the number").isFalse();
		move(5, 5);

		script("arguments[0].focus()", citeLink(index));
		assertThat(card(index).isDisplayed()).isTrue();
		new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
		assertThat(card(index).isDisplayed()).as("card after Escape, focus on the number").isFalse();
		assertThat(script("return document.activeElement === arguments[0]", citeLink(index))).isEqualTo(true);
		new Actions(driver()).sendKeys(Keys.TAB).perform();
		new Actions(driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(card(index).isDisplayed()).as("card when focus comes back").isTrue();
	}

	private void desktop() {
		this.browser = Browser.start(1280, 900);
		driver().get("http://localhost:" + this.port + CHAPTER);
	}

	private void phone() {
		this.browser = Browser.start();
		this.browser.emulatePhone(390, 844);
		driver().get("http://localhost:" + this.port + CHAPTER);
	}

	private ChromeDriver driver() {
		return this.browser.driver();
	}

	private Object script(String js, Object... args) {
		return driver().executeScript(js, args);
	}

	private WebElement citeLink(int index) {
		return driver().findElements(By.cssSelector(".cite-link")).get(index);
	}

	private WebElement card(int index) {
		return driver().findElements(By.cssSelector(".cite-card")).get(index);
	}

	/**
	 * Scrolls the number to the middle of the screen and returns its rectangle plus its
	 * centre's x.
	 */
	private Map<String, Number> centre(int index) {
		script("arguments[0].scrollIntoView({ block: 'center' })", citeLink(index));
		Map<String, Number> number = new HashMap<>(rect(citeLink(index)));
		number.put("x", mid(number, "left", "right"));
		return number;
	}

	private void scrollNumberTo(int index, double top) {
		script("window.scrollBy(0, arguments[0].getBoundingClientRect().top - arguments[1])", citeLink(index), top);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Number> rect(WebElement element) {
		return (Map<String, Number>) script("""
				const r = arguments[0].getBoundingClientRect();
				return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };""", element);
	}

	private void assertInsideViewport(Map<String, Number> box) {
		long width = (Long) script("return document.documentElement.clientWidth");
		long height = (Long) script("return innerHeight");
		assertThat(box.get("left").doubleValue()).as("card's left edge").isGreaterThanOrEqualTo(0);
		assertThat(box.get("right").doubleValue()).as("card's right edge").isLessThanOrEqualTo(width);
		assertThat(box.get("top").doubleValue()).as("card's top edge").isGreaterThanOrEqualTo(0);
		assertThat(box.get("bottom").doubleValue()).as("card's bottom edge").isLessThanOrEqualTo(height);
	}

	private static double mid(Map<String, Number> box, String from, String to) {
		return (box.get(from).doubleValue() + box.get(to).doubleValue()) / 2;
	}

	private void move(Number x, Number y) {
		new Actions(driver()).moveToLocation((int) Math.round(x.doubleValue()), (int) Math.round(y.doubleValue()))
			.perform();
	}

	private void waitUntilHidden(WebElement card) {
		new WebDriverWait(driver(), Duration.ofSeconds(3)).until((d) -> !card.isDisplayed());
	}

}
