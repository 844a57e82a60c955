package org.rlhfcourse.browser;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chapter whose body could not be rendered (here: block quotes nested too deep for the
 * renderer's stack) still reads as a page on a wide screen: the text keeps its column
 * instead of the 15rem contents rail, says that the text is missing, and claims no
 * reading time.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FailedChapterBrowserTests {

	private static final Path CONTENT = Path.of("src/test/resources/fixtures/failed-chapter").toAbsolutePath();

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	@DynamicPropertySource
	static void fixtureContent(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", CONTENT::toString);
	}

	@Test
	void failedChapterKeepsTheReadingColumn() throws IOException {
		browser.driver().get("http://localhost:" + this.port + "/course/deep");
		browser.screenshot("failed_chapter");
		double article = width(".chapter");
		assertThat(article).as("width of the chapter's column").isGreaterThan(500);
		browser.driver().get("http://localhost:" + this.port + "/course/fine");
		assertThat(article).as("same column as a chapter that rendered").isEqualTo(width(".chapter"));
		browser.driver().get("http://localhost:" + this.port + "/course/deep");
		assertThat(browser.driver().findElement(By.cssSelector(".chapter-header .eyebrow")).getText())
			.doesNotContain("min read");
		assertThat(browser.driver().findElement(By.cssSelector(".chapter-unavailable")).getText()).isNotBlank();
	}

	private double width(String selector) {
		return ((Number) browser.driver()
			.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().width", selector))
			.doubleValue();
	}

}
