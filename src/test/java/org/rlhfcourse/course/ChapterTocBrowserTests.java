package org.rlhfcourse.course;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter's contents rail in Chromium: the link of the section being read carries
 * aria-current on load (with and without a #hash), after jumps through contents and
 * in-page links, and while scrolling either way.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChapterTocBrowserTests {

	private static final String CHAPTER = "/course/dpo";

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	@Test
	void noSectionIsCurrentAtTheTopOfTheChapter() {
		open("");
		assertThat(currentLinks()).isEmpty();
	}

	@ParameterizedTest(name = "loading {0}")
	@ValueSource(strings = { "#variants", "#the-implicit-reward", "#summary", "#further-reading" })
	void loadingWithAHashMarksThatSection(String hash) {
		open(hash);
		expectCurrent(hash);
		assertThat(currentLinks()).singleElement()
			.extracting((link) -> link.getDomAttribute("aria-current"))
			.isEqualTo("location");
	}

	@Test
	void clickingAContentsLinkMarksItsSectionEvenWhenItCannotScrollToTheTop() {
		open("");
		List<String> hashes = tocHashes();
		String nearTheEnd = hashes.get(hashes.size() - 3);
		tocLink(nearTheEnd).click();
		expectCurrent(nearTheEnd);
		tocLink("#the-closed-form-optimum").click();
		expectCurrent("#the-closed-form-optimum");
		tocLink(nearTheEnd).click();
		expectCurrent(nearTheEnd);
	}

	@Test
	void followingAnInPageLinkMarksTheSectionItLandsIn() {
		open("");
		WebElement reference = driver().findElement(By.cssSelector("a.cross-ref[href='#eq:dpo-implicit-reward']"));
		String landing = sectionContaining("document.getElementById('eq:dpo-implicit-reward')");
		String leaving = sectionContaining("arguments[0]", reference);
		assertThat(landing).isNotEqualTo(leaving);
		reference.click();
		expectCurrent(landing);
	}

	@Test
	void scrollingMarksTheLastHeadingAboveTheReadingLineInBothDirections() {
		open("");
		// The reading line sits at a quarter of the viewport's height.
		scrollHeadingTo("#what-the-gradient-does", 40);
		expectCurrent("#what-the-gradient-does");
		scrollHeadingTo("#variants", 60);
		expectCurrent("#variants");
		scrollHeadingTo("#variants", 600);
		expectCurrent("#a-worked-numerical-example");
		scrollHeadingTo("#the-closed-form-optimum", 100);
		expectCurrent("#the-closed-form-optimum");
		scrollHeadingTo("#the-closed-form-optimum", 500);
		expectCurrent("#the-starting-point-kl-regularised-reward-maximisation");
		driver().executeScript("window.scrollTo(0, 0)");
		new WebDriverWait(driver(), Duration.ofSeconds(3)).until((d) -> currentLinks().isEmpty());
	}

	@Test
	void theBottomOfThePageMarksTheLastSection() {
		open("#the-closed-form-optimum");
		expectCurrent("#the-closed-form-optimum");
		driver().executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
		List<String> hashes = tocHashes();
		expectCurrent(hashes.get(hashes.size() - 1));
	}

	private void open(String hash) {
		driver().get("http://localhost:" + this.port + "/");
		driver().get("http://localhost:" + this.port + CHAPTER + hash);
	}

	private ChromeDriver driver() {
		return browser.driver();
	}

	private List<String> tocHashes() {
		return driver().findElements(By.cssSelector(".toc a")).stream().map((a) -> a.getDomAttribute("href")).toList();
	}

	private WebElement tocLink(String hash) {
		return driver().findElement(By.cssSelector(".toc a[href='" + hash + "']"));
	}

	private List<WebElement> currentLinks() {
		return driver().findElements(By.cssSelector(".toc a[aria-current]"));
	}

	private void expectCurrent(String hash) {
		new WebDriverWait(driver(), Duration.ofSeconds(3))
			.withMessage(() -> "current contents link should be " + hash + " but is "
					+ currentLinks().stream().map((a) -> a.getDomAttribute("href")).toList())
			.until((d) -> currentLinks().size() == 1 && hash.equals(currentLinks().get(0).getDomAttribute("href")));
	}

	/** Puts the heading's top this many pixels below the top of the viewport. */
	private void scrollHeadingTo(String hash, int top) {
		driver().executeScript(
				"window.scrollBy(0, document.getElementById(arguments[0]).getBoundingClientRect().top - arguments[1])",
				hash.substring(1), top);
	}

	/**
	 * The contents entry whose heading comes last before the element in document order.
	 */
	private String sectionContaining(String element, Object... args) {
		return (String) driver()
			.executeScript("const target = " + element + ";" + "return [...document.querySelectorAll('.toc a')]"
					+ ".filter((a) => document.getElementById(a.hash.slice(1)).compareDocumentPosition(target)"
					+ " & Node.DOCUMENT_POSITION_FOLLOWING).pop().getAttribute('href');", args);
	}

}
