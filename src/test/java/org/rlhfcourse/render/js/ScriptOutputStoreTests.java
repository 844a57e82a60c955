package org.rlhfcourse.render.js;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The disk cache of typeset formulas: a folder only this user can write, and files that
 * are ignored unless every entry checks out. Files are written by a real
 * {@link MathCache}, then damaged the way a planted or corrupt file would be.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScriptOutputStoreTests {

	private static final String VERSION = "0.16.test";

	private static final String PLANTED = "<img src=x onerror=alert(1)>";

	@TempDir
	private Path temp;

	private final AtomicInteger typeset = new AtomicInteger();

	/**
	 * Stands in for KaTeX: marks its output so a page can tell typeset HTML from a
	 * planted one.
	 */
	private final MathRenderer katex = (tex, display) -> {
		this.typeset.incrementAndGet();
		return "<span class=\"katex\">" + tex + "</span>";
	};

	@Test
	void aMissingFolderIsCreatedPrivateAndFormulasComeBackAfterARestart() throws Exception {
		Path folder = this.temp.resolve("cache");
		ScriptOutputStore<MathCache> first = open(folder);
		new CachedMathRenderer(this.katex, first.cache()).render("x^2", false);
		first.save();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file(folder)))).isEqualTo("rw-------");

		ScriptOutputStore<MathCache> second = open(folder);
		assertThat(new CachedMathRenderer(this.katex, second.cache()).render("x^2", false))
			.isEqualTo("<span class=\"katex\">x^2</span>");
		assertThat(this.typeset).as("typeset once, before the restart").hasValue(1);
	}

	@Test
	void aFolderOthersMayWriteIsEmptiedAndMadePrivateSoWhatWasPlantedIsNeverServed() throws Exception {
		Path folder = this.temp.resolve("cache");
		Files.createDirectory(folder);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
		plant(folder, "x^2", PLANTED);

		ScriptOutputStore<MathCache> store = open(folder);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
		assertThat(folder).isEmptyDirectory();
		assertThat(new CachedMathRenderer(this.katex, store.cache()).render("x^2", false)).doesNotContain("onerror")
			.isEqualTo("<span class=\"katex\">x^2</span>");
	}

	@Test
	void aFolderOwnedBySomeoneElseIsNeitherReadNorWritten() throws Exception {
		Path folder = this.temp.resolve("cache");
		Files.createDirectory(folder);
		Files.setPosixFilePermissions(folder, PrivateDirectory.OWNER_ONLY);
		plant(folder, "x^2", PLANTED);
		UserPrincipal someoneElse = () -> "someone-else";

		ScriptOutputStore<MathCache> store = ScriptOutputStore.open(cache(), Optional.of(folder),
				Optional.of(new PrivateDirectory(someoneElse)));
		assertThat(store.cache().get("x^2", false)).isEmpty();
		store.cache().put("y", false, "<span>y</span>");
		String planted = Files.readString(file(folder));
		store.save();
		assertThat(Files.readString(file(folder))).as("not written either").isEqualTo(planted);
	}

	@Test
	void aLinkInPlaceOfTheFolderIsRefused() throws Exception {
		Path elsewhere = Files.createDirectory(this.temp.resolve("elsewhere"));
		plant(elsewhere, "x^2", PLANTED);
		Path folder = Files.createSymbolicLink(this.temp.resolve("cache"), elsewhere);
		assertThat(open(folder).cache().get("x^2", false)).isEmpty();
	}

	@Test
	void aFolderUnderALinkedParentIsRefusedWithTheReason(CapturedOutput output) throws Exception {
		Path elsewhere = Files.createDirectory(this.temp.resolve("elsewhere"));
		Path cache = Files.createDirectory(elsewhere.resolve("cache"),
				PosixFilePermissions.asFileAttribute(PrivateDirectory.OWNER_ONLY));
		plant(cache, "x^2", PLANTED);
		Path linked = Files.createSymbolicLink(this.temp.resolve("linked"), elsewhere);

		ScriptOutputStore<MathCache> store = open(linked.resolve("cache"));
		assertThat(new CachedMathRenderer(this.katex, store.cache()).render("x^2", false)).doesNotContain("onerror");
		store.save();
		assertThat(output).contains("Keeping no files on disk: the folder above " + linked.resolve("cache")
				+ " is a link (to " + elsewhere + ")");
		assertThat(Files.readString(file(cache))).as("not written either").contains("onerror");
	}

	@Test
	void aFolderUnderAParentEveryoneMayWriteIsRefusedWithTheReason(CapturedOutput output) throws Exception {
		Path shared = Files.createDirectory(this.temp.resolve("shared"));
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
		Path folder = shared.resolve("cache");

		ScriptOutputStore<MathCache> store = open(folder);
		new CachedMathRenderer(this.katex, store.cache()).render("x^2", false);
		store.save();
		assertThat(folder).doesNotExist();
		assertThat(output).contains("Keeping no files on disk: " + shared + " above " + folder
				+ " is writable by every user without the sticky bit");
	}

	@Test
	void aFolderRightInTheStickyTemporaryFolderIsUsed() throws Exception {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
		assertThat((Integer) Files.getAttribute(tmp, "unix:mode") & 01002).as("sticky and open to all")
			.isEqualTo(01002);
		Path folder = tmp.resolve("rlhf-course-site-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
		try {
			ScriptOutputStore<MathCache> store = open(folder);
			store.cache().put("y", false, "<span>y</span>");
			store.save();
			assertThat(file(folder)).isRegularFile();
		}
		finally {
			Files.deleteIfExists(file(folder));
			Files.deleteIfExists(folder);
		}
	}

	@Test
	void aCacheFileThatIsALinkIsNotUsedButWarnedAboutAndReplaced(CapturedOutput output) throws Exception {
		Path elsewhere = Files.createDirectory(this.temp.resolve("elsewhere"));
		plant(elsewhere, "x^2", PLANTED);
		String planted = Files.readString(file(elsewhere));
		Path folder = this.temp.resolve("cache");
		Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PrivateDirectory.OWNER_ONLY));
		Files.createSymbolicLink(file(folder), file(elsewhere));

		ScriptOutputStore<MathCache> store = open(folder);
		assertThat(new CachedMathRenderer(this.katex, store.cache()).render("x^2", false))
			.isEqualTo("<span class=\"katex\">x^2</span>");
		assertThat(this.typeset).as("typeset again").hasValue(1);
		assertThat(output).contains("Ignoring the katex cache " + file(folder) + ": it is a link");
		store.save();
		assertThat(Files.isSymbolicLink(file(folder))).as("replaced by a file of its own").isFalse();
		assertThat(Files.readString(file(folder))).doesNotContain("onerror");
		assertThat(Files.readString(file(elsewhere))).as("the link's target is untouched").isEqualTo(planted);
	}

	@Test
	void aCorruptFileIsIgnoredAndItsFormulasAreTypesetAgain() throws Exception {
		Path folder = this.temp.resolve("cache");
		ScriptOutputStore<MathCache> store = open(folder);
		store.cache().put("x^2", false, "<span class=\"katex\">x^2</span>");
		store.cache().put("y", false, "<span class=\"katex\">y</span>");
		store.save();
		String saved = Files.readString(file(folder));
		Files.writeString(file(folder), saved.substring(0, saved.length() / 2), StandardCharsets.UTF_8);

		ScriptOutputStore<MathCache> reopened = open(folder);
		assertThat(reopened.cache().size()).isZero();
		new CachedMathRenderer(this.katex, reopened.cache()).render("x^2", false);
		assertThat(this.typeset).hasValue(1);
	}

	@Test
	void aPlantedEntryWithAWrongChecksumIsIgnoredWithTheWholeFile() throws Exception {
		Path folder = this.temp.resolve("cache");
		ScriptOutputStore<MathCache> store = open(folder);
		store.cache().put("x^2", false, "<span class=\"katex\">x^2</span>");
		store.cache().put("y", false, "<span class=\"katex\">y</span>");
		store.save();
		String saved = Files.readString(file(folder));
		Files.writeString(file(folder), saved.replace("<span class=\\\"katex\\\">x^2</span>", PLANTED));
		assertThat(Files.readString(file(folder))).contains(PLANTED);

		ScriptOutputStore<MathCache> reopened = open(folder);
		assertThat(reopened.cache().size()).isZero();
		assertThat(new CachedMathRenderer(this.katex, reopened.cache()).render("x^2", false)).doesNotContain("onerror");
	}

	@Test
	void aFileOfAnotherFormatOrScriptVersionIsIgnored() throws Exception {
		Path folder = this.temp.resolve("cache");
		ScriptOutputStore<MathCache> store = open(folder);
		store.cache().put("x^2", false, "<span class=\"katex\">x^2</span>");
		store.save();
		String saved = Files.readString(file(folder));

		Files.writeString(file(folder),
				saved.replace("\"version\":" + ScriptOutputCache.FORMAT_VERSION, "\"version\":99"));
		assertThat(open(folder).cache().size()).isZero();
		Files.writeString(file(folder), saved.replace("katex " + VERSION, "katex 0.0.1"));
		assertThat(open(folder).cache().size()).isZero();
		Files.writeString(file(folder), "{\"" + "a".repeat(64) + "\":\"" + PLANTED + "\"}");
		assertThat(open(folder).cache().size()).as("the unchecked format of earlier versions").isZero();
		Files.writeString(file(folder), saved);
		assertThat(open(folder).cache().size()).isOne();
	}

	private ScriptOutputStore<MathCache> open(Path folder) {
		return ScriptOutputStore.open(cache(), Optional.of(folder));
	}

	private static MathCache cache() {
		return new MathCache(VERSION, 1 << 20);
	}

	private static Path file(Path folder) {
		return folder.resolve(cache().fileName());
	}

	/**
	 * Writes a well-formed cache file whose entry for {@code tex} is {@code html},
	 * checksum and all.
	 */
	private static void plant(Path folder, String tex, String html) throws IOException {
		MathCache planted = cache();
		planted.put(tex, false, html);
		planted.save(file(folder));
	}

}
