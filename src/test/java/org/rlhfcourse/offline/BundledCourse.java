package org.rlhfcourse.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.math.FormulaCache;
import org.rlhfcourse.render.math.FormulaStore;
import org.rlhfcourse.render.math.KatexEngine;
import org.rlhfcourse.render.math.MathProperties;
import org.rlhfcourse.site.SiteBuilder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * The bundled course rendered once with real KaTeX for the book tests of this JVM, which
 * would otherwise each spend the same seconds on it.
 */
final class BundledCourse {

	private static SiteSnapshot snapshot;

	private BundledCourse() {
	}

	static synchronized SiteSnapshot snapshot() {
		if (snapshot == null) {
			MathProperties properties = MathProperties.defaults();
			try (KatexEngine katex = new KatexEngine(properties)) {
				FormulaStore formulas = FormulaStore.open(new FormulaCache(katex.version()),
						properties.cacheDirectory());
				SiteBuilder builder = new SiteBuilder(
						new MarkdownRenderer(new CachedMathRenderer(katex, formulas.cache())), Clock.systemUTC());
				snapshot = builder.build(new ContentLoader().load(new DirectoryContentSource(Path.of("content"))));
				formulas.save();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return snapshot;
	}

}
