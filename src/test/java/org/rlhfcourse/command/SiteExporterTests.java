package org.rlhfcourse.command;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SiteExporterTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/assets/decks/a%20b.png                  | assets/decks/a b.png
			/assets/decks/caf%C3%A9.png              | assets/decks/café.png
			/assets/decks/a+b.png                    | assets/decks/a+b.png
			/slides/dpo/custom.0123456789abcdef.css  | slides/dpo/custom.0123456789abcdef.css
			""")
	void referencedFilesAreWrittenUnderTheNamesAStaticHostDecodesTheirAddressesTo(String path, String file) {
		assertThat(SiteExporter.fileOf(path)).isEqualTo(file);
	}

}
