package org.rlhfcourse.slides;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.rlhfcourse.browser.Axe;
import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Colloquium layouts in Chromium, presented on the deck's 16:9 canvas (every length
 * scales with the slide, so what fits here fits at 1280×720): rows fit their content in
 * the slide, an accent box is filled with light text that passes axe's contrast check,
 * the footer's left zone stays put on a centred slide, and the progress bar takes the
 * fill colour the deck sets.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ColloquiumLayoutBrowserTests {

	private static final Path CONTENT = Path.of("src/test/resources/fixtures/colloquium-decks").toAbsolutePath();

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 792);

	@DynamicPropertySource
	static void fixtureContent(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", CONTENT::toString);
	}

	private ChromeDriver driver() {
		return browser.driver();
	}

	private Object script(String js, Object... args) {
		return driver().executeScript(js, args);
	}

	/** Presents slide {@code number} of the layouts deck and waits for its images. */
	private void present(int number) {
		driver().get("http://localhost:" + this.port + "/slides/layouts#" + number);
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until((d) -> Boolean.TRUE.equals(script(
				"var s = document.querySelector('.slide.is-current');"
						+ "return !!s && s.dataset.slide === arguments[0] && document.fonts.status === 'loaded'"
						+ " && [...s.querySelectorAll('img')].every((i) => i.complete && i.naturalWidth > 0);",
				String.valueOf(number))));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> geometry() {
		return (Map<String, Object>) script(
				"""
						var slide = document.querySelector('.slide.is-current');
						var box = slide.getBoundingClientRect();
						var footer = slide.querySelector('.slide-footer').getBoundingClientRect();
						var out = { width: box.width, height: box.height, overflow: [], cropped: [] };
						slide.querySelectorAll('.slide-body p, .slide-body li, .slide-body figcaption, .slide-body img')
						  .forEach(function (e) {
						    var r = e.getBoundingClientRect();
						    if (r.bottom > footer.top + 0.5 || r.right > box.right + 0.5) out.overflow.push(e.outerHTML.slice(0, 60));
						  });
						slide.querySelectorAll('.deck-row').forEach(function (row) {
						  var rr = row.getBoundingClientRect();
						  row.querySelectorAll('img, figcaption, p, li').forEach(function (e) {
						    var r = e.getBoundingClientRect();
						    if (r.top < rr.top - 0.5 || r.bottom > rr.bottom + 0.5) out.cropped.push(e.outerHTML.slice(0, 60));
						  });
						});
						return out;
						""");
	}

	@Test
	void rowsOfThumbnailsFitTheirRowsAndTheSlide() {
		present(1);
		Map<String, Object> geometry = geometry();
		double width = ((Number) geometry.get("width")).doubleValue();
		assertThat(width / ((Number) geometry.get("height")).doubleValue()).as("the deck's 16:9 canvas")
			.isCloseTo(16.0 / 9, org.assertj.core.data.Offset.offset(0.01));
		assertThat((List<?>) geometry.get("overflow")).as("below the footer or past the edge").isEmpty();
		assertThat((List<?>) geometry.get("cropped")).as("outside their row").isEmpty();
		assertThat(
				(Double) script("return Math.min(...[...document.querySelectorAll('.slide.is-current .deck-row img')]"
						+ ".map((i) => i.getBoundingClientRect().height))"))
			.as("thumbnails stay visible")
			.isGreaterThan(60);
	}

	@Test
	void aRowOfTextKeepsItsHeightAndTheTallFigureGivesWay() {
		present(2);
		Map<String, Object> geometry = geometry();
		assertThat((List<?>) geometry.get("overflow")).as("below the footer or past the edge").isEmpty();
		assertThat((List<?>) geometry.get("cropped")).as("outside their row").isEmpty();
	}

	@Test
	void accentBoxIsFilledWithLightTextThatPassesContrast() {
		present(3);
		assertThat(script("var s = getComputedStyle(document.querySelector('.slide.is-current .deck-box--accent'));"
				+ "return [s.backgroundColor, s.color];"))
			.isEqualTo(List.of("rgb(15, 52, 96)", "rgb(255, 255, 255)"));
		assertThat(Axe.violations(driver())).filteredOn((violation) -> violation.get("id").equals("color-contrast"))
			.isEmpty();
	}

	@Test
	void footerLeftZoneStaysAtTheEdgeOnACentredSlide() {
		present(4);
		double centred = footerLeftTextOffset();
		present(5);
		double left = footerLeftTextOffset();
		assertThat(centred).isCloseTo(0, org.assertj.core.data.Offset.offset(0.5));
		assertThat(left).isCloseTo(0, org.assertj.core.data.Offset.offset(0.5));
	}

	/** How far the footer's left text starts from its zone's left edge. */
	private double footerLeftTextOffset() {
		return ((Number) script("var zone = document.querySelector('.slide.is-current .slide-footer-left');"
				+ "var range = document.createRange(); range.selectNodeContents(zone);"
				+ "return range.getBoundingClientRect().left - zone.getBoundingClientRect().left;"))
			.doubleValue();
	}

	@Test
	void progressBarTakesTheFillTheDeckSets() {
		present(2);
		assertThat(script("return getComputedStyle(document.querySelector('.deck-progress > span')).backgroundColor"))
			.isEqualTo("rgb(255, 136, 0)");
	}

}
