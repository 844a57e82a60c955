package org.rlhfcourse.browser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.print.PrintOptions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chapter printed by Chromium (ChromeDriver's print command, as a reader's "Save as
 * PDF") runs to its end: the last links of the page, those of its references, are in the
 * PDF. Chromium writes each link as an uncompressed {@code /URI (…)} annotation on the
 * page that shows it, so a link missing from the PDF is text that was never printed.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChapterPrintBrowserTests {

	/** The external links of the chapter's last section (its references), in order. */
	private static final String LAST_SECTION_LINKS = """
			const body = document.querySelector('.chapter-body');
			const sections = body.querySelectorAll('h2');
			const last = sections[sections.length - 1];
			const links = [...body.querySelectorAll('a[href^="http"]')]
			  .filter((a) => last.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
			return links.map((a) => a.href).filter((href) => !/[()\\\\]/.test(href));
			""";

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.of(1280, 900);

	/**
	 * Every chapter and appendix the course outline links to (not the downloads beside
	 * them, whose addresses end in a file type).
	 */
	@SuppressWarnings("unchecked")
	Stream<String> chapters() {
		browser.driver().get("http://localhost:" + this.port + "/course");
		List<String> slugs = (List<String>) browser.driver().executeScript("""
				return [...new Set([...document.querySelectorAll('main a[href^="/course/"]')]
				  .map((a) => new URL(a.href).pathname.substring('/course/'.length))
				  .filter((slug) => !slug.includes('.')))];
				""");
		assertThat(slugs).hasSizeGreaterThan(10);
		return slugs.stream();
	}

	@ParameterizedTest(name = "/course/{0} prints whole")
	@MethodSource("chapters")
	@SuppressWarnings("unchecked")
	void chapterPrintsToItsLastReference(String slug) {
		browser.driver().get("http://localhost:" + this.port + "/course/" + slug);
		List<String> links = (List<String>) browser.driver().executeScript(LAST_SECTION_LINKS);
		assertThat(links).as("external links after the last heading of /course/%s", slug).isNotEmpty();
		String pdf = new String(Base64.getDecoder().decode(browser.driver().print(new PrintOptions()).getContent()),
				StandardCharsets.ISO_8859_1);
		assertThat(links).as("links of the last section of /course/%s printed", slug)
			.allSatisfy((href) -> assertThat(pdf).contains("/URI (" + href + ")"));
	}

}
