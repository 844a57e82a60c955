package org.rlhfcourse.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.util.unit.DataSize;

import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.math.MathCache;
import org.rlhfcourse.render.math.MathRenderer;
import org.rlhfcourse.site.SiteBuilder;

/**
 * Heap after a live-reload session: a chapter with 20 formulas saved and rebuilt 1,000
 * times, every formula new each time (20,000 formulas typeset). A stand-in typesetter
 * returns HTML of KaTeX's average size on the bundled content (3.3 kB), so the figure is
 * about the cache, not GraalJS. Run by hand, with the cache's budget in MB as argument (a
 * huge budget behaves as the unbounded cache did):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.rlhfcourse.bench.LiveReloadHeap 32}.
 */
public final class LiveReloadHeap {

	private LiveReloadHeap() {
	}

	public static void main(String[] args) throws Exception {
		long budget = DataSize.ofMegabytes(Long.parseLong(args[0])).toBytes();
		MathCache cache = new MathCache("heap", budget);
		String padding = "<span class=\"mord\">x</span>".repeat(120);
		MathRenderer typesetter = (tex, display) -> "<span class=\"katex\">" + tex + padding + "</span>";
		SiteBuilder builder = new SiteBuilder(
				new MarkdownRenderer(new CachedMathRenderer(typesetter, cache), CodeHighlighter.NONE),
				Clock.systemUTC(), "", SiteBuilder.DEFAULT_FILE_TIMEOUT);
		Path root = Files.createTempDirectory("heap");
		Files.writeString(root.resolve("site.yml"), "title: Heap\n");
		Files.createDirectories(root.resolve("chapters"));
		for (int save = 0; save < 1000; save++) {
			StringBuilder chapter = new StringBuilder("---\ntitle: Edited\n---\n\n");
			for (int i = 0; i < 20; i++) {
				chapter.append("Formula $x_{").append(save).append('}').append(" + y_{").append(i).append("}$.\n\n");
			}
			Files.writeString(root.resolve("chapters/01-edited.md"), chapter);
			builder.build(new ContentLoader().load(new DirectoryContentSource(root)));
		}
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("budget %s MB: %d formulas kept (%d kB by the cache's estimate), heap used %d MB%n", args[0],
				cache.size(), cache.bytes() / 1024, used / (1024 * 1024));
	}

}
