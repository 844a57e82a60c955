package org.rlhfcourse.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.js.ScriptOutputStore;
import org.rlhfcourse.render.math.MathCache;
import org.rlhfcourse.render.math.KatexEngine;
import org.rlhfcourse.render.math.MathProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course as shipped: every file renders with real KaTeX and zero content errors, and
 * every chapter is a complete teaching page.
 */
class BundledContentTests {

	private static KatexEngine katex;

	private static SiteSnapshot site;

	@BeforeAll
	static void buildBundledSite() throws IOException {
		MathProperties properties = MathProperties.defaults();
		katex = new KatexEngine(properties);
		ScriptOutputStore<MathCache> formulas = ScriptOutputStore
			.open(new MathCache(katex.version(), properties.cacheMemory().toBytes()), properties.diskCacheDirectory());
		SiteBuilder builder = new SiteBuilder(
				new MarkdownRenderer(new CachedMathRenderer(katex, formulas.cache()), CodeHighlighter.NONE),
				Clock.systemUTC(), "", SiteBuilder.DEFAULT_FILE_TIMEOUT);
		site = builder.build(new ContentLoader().load(new DirectoryContentSource(Path.of("content"))));
		formulas.save();
	}

	@AfterAll
	static void stopKatex() {
		katex.close();
	}

	@Test
	void bundledContentHasNoErrors() {
		assertThat(site.errors()).extracting(ContentProblem::toString).isEmpty();
	}

	@Test
	void everyChapterHasTitleDescriptionAndCitations() {
		assertThat(site.chapters()).hasSizeGreaterThanOrEqualTo(7);
		for (Chapter chapter : site.chapters()) {
			assertThat(chapter.title()).as(chapter.sourcePath()).isNotBlank();
			assertThat(chapter.description()).as(chapter.sourcePath()).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(chapter.html()).as(chapter.sourcePath())
				.contains("class=\"cite-link\"")
				.contains("<h2 id=\"references\">References</h2>");
		}
	}

	@Test
	void teachingChaptersAreLongAndHaveEquationsAndTables() {
		for (Chapter chapter : site.chapters()) {
			if (chapter.lecture() == 0) {
				continue;
			}
			assertThat(words(chapter.html())).as(chapter.sourcePath()).isGreaterThanOrEqualTo(2500);
			assertThat(chapter.html()).as(chapter.sourcePath())
				.contains("class=\"eq-number\"")
				.containsAnyOf("<caption", "<figure");
		}
	}

	@Test
	void outlineLinksEveryChapter() {
		CourseOutline outline = site.outline();
		for (Chapter chapter : site.chapters()) {
			boolean linked = outline.lectures().stream().anyMatch((lecture) -> chapter.slug().equals(lecture.chapter()))
					|| outline.appendices().stream().anyMatch((appendix) -> chapter.slug().equals(appendix.chapter()));
			assertThat(linked).as(chapter.slug() + " is linked from course.yml").isTrue();
		}
		assertThat(outline.lectures()).hasSize(17);
	}

	private static int words(String html) {
		String text = html.replaceAll("(?s)<span class=\"katex\">.*?</span></span></span>", " ")
			.replaceAll("(?s)<[^>]+>", " ");
		Matcher words = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*").matcher(text);
		int count = 0;
		while (words.find()) {
			count++;
		}
		return count;
	}

}
