package org.rlhfcourse.course;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.SiteHttpClient;
import org.rlhfcourse.browser.Browser;
import org.rlhfcourse.browser.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Cite this chapter" in headless Chromium: with JavaScript a button copies the BibTeX
 * entry to the clipboard and says so; without it the page has no button, only the entry
 * to select.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CiteCopyBrowserTests {

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	@LocalServerPort
	private int port;

	@Test
	void theCopyButtonPutsTheBibtexOnTheClipboard() {
		String origin = "http://localhost:" + this.port;
		driver().executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		driver().get(origin + "/course/dpo");
		driver().findElement(By.cssSelector(".cite-this summary")).click();
		String bibtex = driver().findElement(By.cssSelector(".cite-this pre code")).getText();
		assertThat(bibtex).startsWith("@misc{").contains("{{RLHF \\& Post-Training}, chapter");
		WebElement button = driver().findElement(By.cssSelector(".cite-this .copy-button"));
		assertThat(button.getText()).isEqualTo("Copy BibTeX");
		assertThat(button.isDisplayed()).isTrue();
		button.click();
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElement(button, "Copied"));
		Object clipboard = driver().executeAsyncScript(
				"var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, String);");
		assertThat(clipboard).isEqualTo(bibtex);
	}

	@Test
	void withoutJavaScriptThereIsNoButtonOnlyTheEntry() throws Exception {
		String html = SiteHttpClient.localhost(() -> this.port).get("/course/dpo").body();
		assertThat(html).contains("<code class=\"language-bibtex\">@misc{").doesNotContain("copy-button");
	}

	private static ChromeDriver driver() {
		return browser.driver();
	}

}
