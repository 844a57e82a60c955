package org.rlhfcourse.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ContentPathTests {

	@ParameterizedTest(name = "{1} in {0} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			decks/d.md          | assets/x.png             | decks/assets/x.png
			decks/d.md          | a%20b.png                | decks/a b.png
			decks/d.md          | a b.png                  | decks/a b.png
			decks/d.md          | caf%C3%A9.png            | decks/café.png
			decks/d.md          | café.png                 | decks/café.png
			decks/d.md          | caf%c3%a9.png            | decks/café.png
			decks/d.md          | a+b.png                  | decks/a+b.png
			decks/d.md          | 100%.png                 | decks/100%.png
			decks/d.md          | bad%C3.png               | decks/bad%C3.png
			decks/d.md          | ./img//x.png?v=2#top     | decks/img/x.png
			decks/sub/d.md      | ../shared/logo.svg       | decks/shared/logo.svg
			decks/d.md          | ../chapters/images/a.svg | chapters/images/a.svg
			decks/d.md          | ../x                     | x
			decks/d.md          | assets/../../x           | x
			chapters/01-a.md    | images/%E5%9B%B3.png     | chapters/images/図.png
			""")
	void resolvesAgainstTheFolderOfTheFile(String from, String reference, String expected) throws Exception {
		assertThat(ContentPath.resolve(from, reference)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{1} in {0} is refused")
	@CsvSource(delimiter = '|', textBlock = """
			site.yml            | ../x                   | points outside the content folder
			decks/d.md          | ../../x                | points outside the content folder
			decks/d.md          | assets/../../../x      | points outside the content folder
			decks/d.md          | %2E%2E/%2e%2e/x        | points outside the content folder
			decks/d.md          | /etc/passwd            | is an absolute path; write it relative to decks/d.md
			decks/d.md          | \\\\server\\share.png    | is an absolute path
			decks/d.md          | C:\\\\secret.png         | is an absolute path
			decks/d.md          | file:///etc/passwd     | is an absolute path
			decks/d.md          | a%2F..%2F..%2Fx.png    | encoded '/' in a name
			decks/d.md          | ..\\\\..\\\\x.png          | has a '\\' or an encoded '/'
			""")
	void refusesEscapesAndAbsolutePaths(String from, String reference, String message) {
		assertThatExceptionOfType(ContentPath.ContentPathException.class)
			.isThrownBy(() -> ContentPath.resolve(from, reference))
			.withMessageContaining(message);
	}

	@Test
	void servedAddressesAreEncodedAndDecodeBackToTheSamePath() {
		String path = "decks/my images/café (1).png";
		String url = ContentPath.url(path);
		assertThat(url).isEqualTo("/assets/decks/my%20images/caf%C3%A9%20%281%29.png");
		assertThat(ContentPath.ofUrl(url.substring(ContentPath.URL_PREFIX.length()))).hasValue(path);
	}

	@ParameterizedTest
	@CsvSource({ "chapters/../site.yml", "chapters/%2e%2e/site.yml", "chapters//a.png", "chapters/a%2Fb.png", "./a.png",
			"chapters/a.png/.." })
	void requestedAddressesThatNoLinkWouldUseNameNoFile(String encoded) {
		assertThat(ContentPath.ofUrl(encoded)).isEmpty();
	}

}
