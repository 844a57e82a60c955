package org.rlhfcourse.browser;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One {@link Browser} shared by the tests of a class: started before the first test (or
 * the class is skipped when Chromium is missing) and closed after the last. Register it
 * as a static field:
 * {@code @RegisterExtension static final BrowserSession browser = BrowserSession.of(1280, 800);}
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

	private final int width;

	private final int height;

	private Browser browser;

	private BrowserSession(int width, int height) {
		this.width = width;
		this.height = height;
	}

	/** A session whose window has this size in CSS pixels. */
	public static BrowserSession of(int width, int height) {
		return new BrowserSession(width, height);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.browser = Browser.start(this.width, this.height);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
			this.browser = null;
		}
	}

	public ChromeDriver driver() {
		return this.browser.driver();
	}

	/** See {@link Browser#screenshot}. */
	public Path screenshot(String name) throws IOException {
		return this.browser.screenshot(name);
	}

	/** See {@link Browser#emulatePhone}. */
	public void emulatePhone(int width, int height) {
		this.browser.emulatePhone(width, height);
	}

	/** See {@link Browser#tap}. */
	public void tap(double x, double y) {
		this.browser.tap(x, y);
	}

}
