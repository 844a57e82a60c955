package org.rlhfcourse.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rlhfcourse.render.math.KatexAssets;

import static org.assertj.core.api.Assertions.assertThat;

class CssReferencesTests {

	@Test
	void urlsInAnyRuleAndImportsAreFoundWhereTheirTextStarts() {
		String css = """
				@import "/css/base.css";
				@font-face { font-family: A; src: url(/fonts/a.woff2) format("woff2"), url( 'fonts/a.woff' ) }
				@media print {
				\t.b { background: url("/img/b.png") }
				}
				.c { content: "url(/not/an/address)"; background-image: url(data:image/png;base64,AAAA) }
				""";
		List<Reference> references = CssReferences.of(css);
		assertThat(references).extracting(Reference::address)
			.containsExactly("/css/base.css", "/fonts/a.woff2", "fonts/a.woff", "/img/b.png",
					"data:image/png;base64,AAAA");
		for (Reference reference : references) {
			assertThat(css.substring(reference.offset())).startsWith(reference.address());
		}
	}

	@Test
	void katexStylesheetNamesEveryFontItShips() throws IOException {
		String css;
		try (InputStream in = getClass()
			.getResourceAsStream("/META-INF/resources" + KatexAssets.webPath("dist/katex.min.css"))) {
			assertThat(in).isNotNull();
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<Reference> references = CssReferences.of(css);
		assertThat(references).hasSizeGreaterThan(50)
			.allSatisfy((reference) -> assertThat(reference.address()).startsWith("fonts/KaTeX_"));
		for (Reference reference : references) {
			assertThat(css.substring(reference.offset())).startsWith(reference.address());
		}
	}

	@Test
	void aRuleTheParserCannotReadIsSkippedAsBrowsersDoAndTheRestStillCount() {
		assertThat(CssReferences.of(".a { color: < } .b { background: url(/img/x.png) }"))
			.extracting(Reference::address)
			.containsExactly("/img/x.png");
	}

}
