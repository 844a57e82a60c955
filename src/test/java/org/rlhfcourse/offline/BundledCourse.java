package org.rlhfcourse.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.render.js.ScriptOutputStore;
import org.rlhfcourse.render.math.KatexEngine;
import org.rlhfcourse.render.math.MathCache;
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
				ScriptOutputStore<MathCache> formulas = ScriptOutputStore.open(
						new MathCache(katex.version(), properties.cacheMemory().toBytes()),
						properties.diskCacheDirectory());
				SiteBuilder builder = new SiteBuilder(
						new MarkdownRenderer(new CachedMathRenderer(katex, formulas.cache()), CodeHighlighter.NONE),
						Clock.systemUTC(), "", SiteBuilder.DEFAULT_FILE_TIMEOUT);
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
