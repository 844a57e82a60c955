package org.rlhfcourse.site;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.SiteHttpClient;
import org.rlhfcourse.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pandoc book dropped into the content folder as its author keeps it
 * ({@code src/test/resources/book}): chapters titled only by their {@code # } heading or
 * {@code page-title}, lettered appendices, a {@code .bib} with comment lines between
 * entries, figures whose captions refer to equations and tables, a dark variant of a
 * figure, and no {@code course.yml}. The site serves all of it without a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.content-dir=src/test/resources/book")
class PandocBookTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SiteHolder site;

	private final SiteHttpClient http = SiteHttpClient.localhost(() -> this.port);

	@Test
	void bookBuildsWithoutAProblem() {
		assertThat(this.site.current().problems()).isEmpty();
		assertThat(this.site.current().chapters()).extracting(Chapter::listTitle)
			.containsExactly("Introduction", "Preference Data", "Reward Models", "Optimising Against the Reward",
					"Appendix A: Definitions", "Appendix B: Notation");
	}

	@Test
	void courseListsEveryChapterThenEveryAppendix() throws Exception {
		String body = this.http.get("/course").body();
		assertThat(body).containsSubsequence("<h2>Chapters</h2>", "<a href=\"/course/introduction\">Introduction</a>",
				"<a href=\"/course/preferences\">Preference Data</a>",
				"<a href=\"/course/reward-models\">Reward Models</a>",
				"<a href=\"/course/optimization\">Optimising Against the Reward</a>", "<h2>Appendices</h2>",
				"<a href=\"/course/definitions\">Appendix A: Definitions</a>",
				"<a href=\"/course/notation\">Appendix B: Notation</a>");
	}

	@Test
	void chapterShowsItsHeadingOnceAndItsCaptionLinksTheEquation() throws Exception {
		String body = this.http.get("/course/preferences").body();
		assertThat(Pattern.compile("<h1[ >]").matcher(body).results().count()).isOne();
		assertThat(body).contains("<h1>Preference Data</h1>")
			.contains("Figure 1.</span> The preference loop: completions are compared and the comparisons fit "
					+ "<a class=\"cross-ref\" href=\"#eq:bradley-terry\">Equation 1</a>.</figcaption>")
			.contains("[<span class=\"cite\"><a class=\"cite-link\" href=\"#ref-bradley1952rank\">1</a>");
		assertThat(this.http.get("/course/reward-models").body())
			.contains("Validation accuracy of the models in <a class=\"cross-ref\" href=\"#tbl:models\">Table 1</a> "
					+ "while minimising <a class=\"cross-ref\" href=\"#eq:rm-loss\">Equation 1</a>.");
	}

	@Test
	void darkVariantOfAFigureIsServed() throws Exception {
		Matcher source = Pattern.compile("<source media=\"\\(prefers-color-scheme: dark\\)\" srcset=\"([^\"]+)\"")
			.matcher(this.http.get("/course/preferences").body());
		assertThat(source.find()).isTrue();
		assertThat(source.group(1)).contains("preference-loop-dark");
		HttpResponse<String> dark = this.http.get(source.group(1));
		assertThat(dark.statusCode()).isEqualTo(200);
		assertThat(dark.body()).contains("#17191d");
	}

	@Test
	void appendixFollowsTheLastChapterWithItsLetter() throws Exception {
		String body = this.http.get("/course/definitions").body();
		assertThat(body).contains("<span>Appendix A</span>")
			.contains("<h1>Definitions</h1>")
			.containsSubsequence("href=\"/course/optimization\" rel=\"prev\"", "Optimising Against the Reward",
					"href=\"/course/notation\" rel=\"next\"", "Appendix B: Notation");
		assertThat(this.http.get("/sitemap.xml").body()).containsSubsequence("/course/optimization",
				"/course/definitions", "/course/notation");
		assertThat(this.http.get("/search.json?q=symbols").body()).contains("\"title\":\"Appendix B: Notation\"")
			.contains("\"kind\":\"appendix\"");
		assertThat(this.http.get("/search?q=symbols").body())
			.contains("<p class=\"search-hit-kind meta\">Appendix</p>");
	}

	@Test
	@Tag("browser")
	void themeToggleSwitchesAFigureToItsDarkVariantAndBack() {
		try (Browser browser = Browser.start()) {
			browser.driver().get("http://localhost:" + this.port + "/course/preferences");
			WebElement image = browser.driver().findElement(By.cssSelector("#fig\\:loop img"));
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", image);
			waitForSource(browser, image, "preference-loop.svg");
			WebElement toggle = browser.driver().findElement(By.cssSelector("[data-theme-toggle]"));
			String first = browser.driver().findElement(By.tagName("html")).getAttribute("data-theme");
			toggle.click();
			String chosen = browser.driver().findElement(By.tagName("html")).getAttribute("data-theme");
			assertThat(chosen).as("headless Chromium starts light; data-theme was %s", first).isEqualTo("dark");
			waitForSource(browser, image, "preference-loop-dark.svg");
			toggle.click();
			waitForSource(browser, image, "preference-loop.svg");
		}
	}

	private static void waitForSource(Browser browser, WebElement image, String file) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> String.valueOf(image.getDomProperty("currentSrc")).endsWith(file));
	}

}
