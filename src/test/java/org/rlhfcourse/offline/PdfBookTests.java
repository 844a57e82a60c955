package org.rlhfcourse.offline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF, read back with PDFBox: titles, typeset math (its symbols, never TeX), page
 * numbers. A few pages are rendered to PNG under the temporary folder for a person to
 * look at.
 */
class PdfBookTests {

	private static final Path PREVIEW = Path.of(System.getProperty("java.io.tmpdir"), "rlhf-course-pdf");

	@Test
	void fixtureCourseHasTitleContentsChaptersAndTypesetMath() throws IOException {
		byte[] pdf = new PdfBook(BookContents.of(BookFixtures.course())).write();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			render(document, "fixture", 0, 2, 3);
			String text = page(document, 1, document.getNumberOfPages());
			assertThat(text).contains("RLHF course", "Nathan Lambert", "Contents", "Introduction",
					"Direct Preference Optimization", "References", "Table 1.", "Figure 1.",
					"Course text licensed under CC BY-NC-SA 4.0");
			assertThat(text).contains("(1)").doesNotContain("\\frac", "\\pi", "$$", "katex");
			assertThat(inkBesideEquationNumber(document, 3, "(1)")).as("dark pixels of the typeset formula")
				.isGreaterThan(100);
			assertThat(page(document, 3)).containsIgnoringCase("Chapter 1");
		}
	}

	@Test
	void sameContentGivesTheSameFile() {
		BookContents book = BookContents.of(BookFixtures.course());
		assertThat(new PdfBook(book).write()).isEqualTo(new PdfBook(book).write());
	}

	@Test
	void bundledCourseHasEveryChapterInOrderWithPageNumbers() throws IOException {
		SiteSnapshot snapshot = BundledCourse.snapshot();
		BookContents book = BookContents.of(snapshot);
		long start = System.nanoTime();
		byte[] pdf = new PdfBook(book).write();
		System.out.printf("PDF of the bundled course: %d bytes in %d ms%n", pdf.length,
				(System.nanoTime() - start) / 1_000_000);
		Files.createDirectories(PREVIEW);
		Files.write(PREVIEW.resolve("rlhf-course.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			System.out.printf("PDF pages: %d%n", document.getNumberOfPages());
			render(document, "bundled", 0, 1, 2, 5, 40, 77);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).containsSubsequence(book.chapters().stream().map(Chapter::title).toArray(String[]::new));
			assertThat(text).doesNotContain("\\frac", "$$", "\\mathbb");
			String contents = page(document, 2);
			assertThat(contents).contains("Contents")
				.containsPattern(Pattern.quote(book.chapters().getFirst().title()) + "\\s*\\.+\\s*\\d+");
			int last = document.getNumberOfPages();
			assertThat(page(document, last).strip()).endsWith(String.valueOf(last));
		}
	}

	/**
	 * JEuclid draws formulas as glyph outlines, not text, so the formula itself is found
	 * on the rendered page: dark pixels in the middle of the line that carries its
	 * number.
	 */
	private static int inkBesideEquationNumber(PDDocument document, int number, String label) throws IOException {
		float[] baseline = { -1 };
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				if (text.strip().equals(label) && baseline[0] < 0) {
					baseline[0] = positions.getFirst().getYDirAdj();
				}
				super.writeString(text, positions);
			}

		};
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		stripper.getText(document);
		assertThat(baseline[0]).as("position of " + label).isPositive();
		float scale = 2;
		BufferedImage image = new PDFRenderer(document).renderImage(number - 1, scale);
		int ink = 0;
		for (int y = (int) ((baseline[0] - 20) * scale); y < (baseline[0] + 10) * scale; y++) {
			for (int x = image.getWidth() / 4; x < image.getWidth() * 3 / 4; x++) {
				if ((image.getRGB(x, y) & 0xFF) < 128) {
					ink++;
				}
			}
		}
		return ink;
	}

	private static String page(PDDocument document, int number) throws IOException {
		return page(document, number, number);
	}

	private static String page(PDDocument document, int first, int last) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(first);
		stripper.setEndPage(last);
		return stripper.getText(document);
	}

	private static void render(PDDocument document, String name, int... pages) throws IOException {
		Files.createDirectories(PREVIEW);
		PDFRenderer renderer = new PDFRenderer(document);
		for (int page : pages) {
			if (page < document.getNumberOfPages()) {
				BufferedImage image = renderer.renderImageWithDPI(page, 80);
				ImageIO.write(image, "png", PREVIEW.resolve(name + "-" + (page + 1) + ".png").toFile());
			}
		}
	}

}
