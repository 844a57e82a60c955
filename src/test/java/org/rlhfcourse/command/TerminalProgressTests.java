package org.rlhfcourse.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalProgressTests {

	@Test
	void progressIsOneLineRedrawnInPlaceAndClearedAtTheEnd() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		try (TerminalProgress progress = new TerminalProgress(out)) {
			progress.pageWritten(1, 41);
		}
		String shown = bytes.toString(StandardCharsets.UTF_8);
		assertThat(shown).startsWith("\rexport: writing: 1 of 41 pages, 0 files")
			.endsWith("\r" + " ".repeat("export: writing: 1 of 41 pages, 0 files".length()) + "\r")
			.doesNotContain("\n");
	}

}
