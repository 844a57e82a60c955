package org.rlhfcourse.offline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-book: valid EPUB 3 by the W3C's EPUBCheck, for a fixture with every shape a
 * chapter has and for the bundled course.
 */
class EpubBookTests {

	@TempDir
	Path folder;

	@Test
	void fixtureCourseIsValidEpub() throws IOException {
		byte[] epub = new EpubBook(BookContents.of(BookFixtures.course())).write();
		DefaultReportImpl report = check(epub, "fixture");
		assertThat(report.getFatalErrorCount() + report.getErrorCount()).isZero();
		assertThat(report.getWarningCount()).isZero();
	}

	@Test
	void mimetypeComesFirstAndUncompressed() throws IOException {
		byte[] epub = new EpubBook(BookContents.of(BookFixtures.course())).write();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
			ZipEntry first = zip.getNextEntry();
			assertThat(first.getName()).isEqualTo("mimetype");
			assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
			assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
		}
	}

	@Test
	void chaptersKeepMathAsMathMLOnlyAndFiguresAsFiles() throws IOException {
		Map<String, String> files = entries(new EpubBook(BookContents.of(BookFixtures.course())).write());
		String introduction = files.get("EPUB/introduction.xhtml");
		assertThat(introduction).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE html>")
			.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">")
			.contains("<span class=\"eq-number\">(1)</span>")
			.contains("<img src=\"images/figure-1.png\"")
			.contains("href=\"dpo.xhtml#loss\"")
			.contains("href=\"https://example.org/slides/introduction\"")
			.contains("<li id=\"ref-ouyang2022\">")
			.doesNotContain("katex-html", "cite-card", "class=\"anchor\"", "&nbsp;", "loading=", "<source");
		assertThat(files).containsKey("EPUB/images/figure-1.png");
		String opf = files.get("EPUB/package.opf");
		assertThat(opf).contains("media-type=\"image/png\"")
			.contains("properties=\"mathml\"")
			.contains("<dc:language>en</dc:language>")
			.contains("<dc:creator id=\"author\">Nathan Lambert</dc:creator>")
			.contains("CC BY-NC-SA 4.0")
			.containsPattern("<meta property=\"dcterms:modified\">\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</meta>");
		assertThat(files.get("EPUB/nav.xhtml")).containsSubsequence("introduction.xhtml", "dpo.xhtml");
	}

	@Test
	void bundledCourseIsValidEpubWithEveryChapterInOutlineOrder() throws IOException {
		SiteSnapshot snapshot = BundledCourse.snapshot();
		long start = System.nanoTime();
		byte[] epub = new EpubBook(BookContents.of(snapshot)).write();
		System.out.printf("EPUB of the bundled course: %d bytes in %d ms%n", epub.length,
				(System.nanoTime() - start) / 1_000_000);
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "rlhf-course.epub"), epub);
		DefaultReportImpl report = check(epub, "bundled");
		System.out.printf("EPUBCheck %s: %d fatal, %d errors, %d warnings%n", EpubCheck.version(),
				report.getFatalErrorCount(), report.getErrorCount(), report.getWarningCount());
		assertThat(report.getFatalErrorCount() + report.getErrorCount()).isZero();
		Map<String, String> files = entries(epub);
		String nav = files.get("EPUB/nav.xhtml");
		assertThat(nav).containsSubsequence(
				BookContents.of(snapshot).chapters().stream().map((c) -> c.slug() + ".xhtml\"").toArray(String[]::new));
		for (Chapter chapter : snapshot.chapters()) {
			assertThat(files).containsKey("EPUB/" + chapter.slug() + ".xhtml");
		}
		assertThat(files.get("EPUB/dpo.xhtml")).contains("<h2 id=\"references\">References</h2>");
	}

	private DefaultReportImpl check(byte[] epub, String name) throws IOException {
		Path file = this.folder.resolve(name + ".epub");
		Files.write(file, epub);
		DefaultReportImpl report = new DefaultReportImpl(file.toString());
		new EpubCheck(file.toFile(), report).check();
		return report;
	}

	private static Map<String, String> entries(byte[] epub) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
