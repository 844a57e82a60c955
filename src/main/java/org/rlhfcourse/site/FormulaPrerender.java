package org.rlhfcourse.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.code.HighlightJs;
import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.code.CodeCache;
import org.rlhfcourse.render.js.ScriptOutputCache;
import org.rlhfcourse.render.js.ScriptOutputStore;
import org.rlhfcourse.render.math.MathCache;
import org.rlhfcourse.render.math.KatexEngine;
import org.rlhfcourse.render.math.MathProperties;

/**
 * Typesets every formula (and highlights every code block) of a content folder into cache
 * files; the build runs it to put the bundled content's results inside the jar, so a
 * fresh deployment starts without any script work. Usage:
 * {@code FormulaPrerender <content-dir> <output-file>}.
 */
public final class FormulaPrerender {

	private FormulaPrerender() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: FormulaPrerender <content-dir> <output-file>");
			System.exit(2);
		}
		long start = System.nanoTime();
		MathProperties properties = MathProperties.defaults();
		try (KatexEngine katex = new KatexEngine(properties)) {
			long memory = properties.cacheMemory().toBytes();
			ScriptOutputStore<MathCache> disk = ScriptOutputStore.open(new MathCache(katex.version(), memory),
					properties.diskCacheDirectory());
			ScriptOutputCache.Recording bundled = disk.cache().record();
			CachedMathRenderer cached = new CachedMathRenderer(katex, disk.cache());
			CodeCache code = new CodeCache(HighlightJs.version(), memory);
			try (HighlightJs highlighter = new HighlightJs(1, code)) {
				new SiteBuilder(new MarkdownRenderer(cached, highlighter), Clock.systemUTC())
					.build(new ContentLoader().load(new DirectoryContentSource(Path.of(args[0]))));
			}
			bundled.save(Path.of(args[1]));
			code.save(Path.of(args[1]).resolveSibling("code.json"));
			disk.save();
			System.out.printf("Pre-rendered %d formulas and %d code blocks into %s in %d ms%n", bundled.size(),
					code.size(), args[1], (System.nanoTime() - start) / 1_000_000);
		}
	}

}
