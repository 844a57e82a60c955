package org.rlhfcourse.render.js;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.math.MathCache;
import org.rlhfcourse.render.math.MathRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formulas frozen beside the content: used instead of typesetting when every check
 * passes, ignored with a warning (and the formula typeset again) when an entry was
 * edited, made by another KaTeX version or options, holds another formula than its name
 * says, or is a link; freezing again leaves exactly the formulas in use.
 */
@ExtendWith(OutputCaptureExtension.class)
class FrozenOutputsTests {

	private static final String VERSION = "0.16.test+0123abcd";

	@TempDir
	private Path content;

	private final AtomicInteger typeset = new AtomicInteger();

	private final MathRenderer katex = (tex, display) -> {
		this.typeset.incrementAndGet();
		return "<span class=\"katex\">" + tex + "</span>";
	};

	@Test
	void frozenFormulasAreUsedWithoutTypesetting() throws Exception {
		freeze(VERSION, "x^2", "y");
		List<Path> entries = entries();
		assertThat(entries).hasSize(2);
		assertThat(Files.readString(entries.getFirst())).contains("\"script\" : \"katex " + VERSION + "\"")
			.contains("\"input\" : \"");
		this.typeset.set(0);

		CachedMathRenderer fresh = renderer(VERSION);
		assertThat(fresh.render("x^2", false)).isEqualTo("<span class=\"katex\">x^2</span>");
		assertThat(fresh.render("y", false)).isEqualTo("<span class=\"katex\">y</span>");
		assertThat(this.typeset).as("nothing typeset on a fresh clone").hasValue(0);
	}

	@Test
	void anEditedEntryIsIgnoredAndTheFormulaTypesetAgain(CapturedOutput output) throws Exception {
		freeze(VERSION, "x^2");
		Path entry = entries().getFirst();
		Files.writeString(entry, Files.readString(entry).replace("x^2</span>", "<img src=x onerror=alert(1)>"));
		this.typeset.set(0);

		assertThat(renderer(VERSION).render("x^2", false)).isEqualTo("<span class=\"katex\">x^2</span>");
		assertThat(this.typeset).hasValue(1);
		assertThat(output).contains("Ignoring the frozen entry " + entry + ": does not match its checksum");
	}

	@Test
	void entriesOfAnotherKatexVersionOrOptionsAreNeverUsed() throws Exception {
		freeze("0.16.test+ffffffff", "x^2");
		this.typeset.set(0);
		renderer(VERSION).render("x^2", false);
		assertThat(this.typeset).hasValue(1);
	}

	@Test
	void anEntryRenamedToAnotherFormulaIsIgnored(CapturedOutput output) throws Exception {
		freeze(VERSION, "x^2", "y");
		Path x = entries().stream().filter((path) -> read(path).contains("x^2")).findFirst().orElseThrow();
		Path y = entries().stream()
			.filter((path) -> read(path).contains("\"input\" : \"y\""))
			.findFirst()
			.orElseThrow();
		Files.copy(x, y, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		this.typeset.set(0);

		assertThat(renderer(VERSION).render("y", false)).isEqualTo("<span class=\"katex\">y</span>");
		assertThat(this.typeset).hasValue(1);
		assertThat(output).contains("holds another input than its name says");
	}

	@Test
	void anEntryThatIsALinkIsIgnored(CapturedOutput output) throws Exception {
		freeze(VERSION, "x^2");
		Path entry = entries().getFirst();
		Path elsewhere = Files.move(entry, this.content.resolve("elsewhere.json"));
		Files.createSymbolicLink(entry, elsewhere);
		this.typeset.set(0);

		renderer(VERSION).render("x^2", false);
		assertThat(this.typeset).hasValue(1);
		assertThat(output).contains("Ignoring the frozen entry " + entry + ": not a regular file");
	}

	@Test
	void freezingAgainKeepsExactlyTheFormulasInUse() throws Exception {
		freeze(VERSION, "x^2", "y");
		FrozenOutputs.Changes changes = freeze(VERSION, "y", "z");
		assertThat(changes).isEqualTo(new FrozenOutputs.Changes(1, 1));
		assertThat(entries()).hasSize(2).noneMatch((path) -> read(path).contains("x^2"));
		assertThat(freeze(VERSION, "y", "z")).as("unchanged files are not rewritten")
			.isEqualTo(new FrozenOutputs.Changes(0, 0));
	}

	private FrozenOutputs.Changes freeze(String version, String... formulas) throws Exception {
		MathCache cache = new MathCache(version, 1 << 20);
		ScriptOutputCache.Recording recording = cache.record();
		((ScriptOutputCache) cache).readFrozen(frozen());
		CachedMathRenderer renderer = new CachedMathRenderer(this.katex, cache);
		for (String tex : formulas) {
			renderer.render(tex, false);
		}
		return recording.freeze(frozen());
	}

	private CachedMathRenderer renderer(String version) {
		MathCache cache = new MathCache(version, 1 << 20);
		((ScriptOutputCache) cache).readFrozen(frozen());
		return new CachedMathRenderer(this.katex, cache);
	}

	private Path frozen() {
		return this.content.resolve(FrozenOutputs.FOLDER);
	}

	private List<Path> entries() throws IOException {
		try (Stream<Path> files = Files.walk(frozen())) {
			return files.filter((path) -> path.toString().endsWith(".json")).sorted().toList();
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
