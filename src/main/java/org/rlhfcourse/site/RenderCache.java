package org.rlhfcourse.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.RenderedMarkdown;
import org.rlhfcourse.render.core.Sha256;

/**
 * Remembers the rendering of each Markdown file so that a reload re-renders only the
 * files whose text changed. Entries are keyed by the SHA-256 of the file's text, so the
 * cache holds no second copy of the content. An entry is valid for one (path, text) under
 * one context: the digest of every file that is not a page body ({@code site.yml},
 * {@code course.yml}, bibliographies, images). When any of those changes, everything is
 * rendered again, because a bibliography or a setting may change any page. Safe for the
 * parallel renders of one build; builds themselves must not overlap (the holder
 * serialises them).
 */
final class RenderCache {

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private volatile String context = "";

	private final AtomicInteger hits = new AtomicInteger();

	/**
	 * Starts a build of {@code content}: drops every entry if the context changed, and
	 * entries of files that are gone.
	 */
	void begin(Content content, Set<String> markdownPaths) {
		String next = contextDigest(content);
		if (!next.equals(this.context)) {
			this.entries.clear();
			this.context = next;
		}
		this.entries.keySet().retainAll(markdownPaths);
		this.hits.set(0);
	}

	/**
	 * The cached rendering of {@code path} if its text is unchanged, else a fresh one
	 * from {@code render}.
	 */
	RenderedMarkdown render(String path, String text, Supplier<RenderedMarkdown> render) {
		String hash = Sha256.hex(text);
		Entry entry = this.entries.get(path);
		if (entry != null && entry.hash().equals(hash)) {
			this.hits.incrementAndGet();
			return entry.rendered();
		}
		RenderedMarkdown rendered = render.get();
		this.entries.put(path, new Entry(hash, rendered));
		return rendered;
	}

	/**
	 * The digest of everything besides a file's own text that its rendering depends on;
	 * set by {@link #begin}.
	 */
	String context() {
		return this.context;
	}

	/**
	 * How many files of the current build came from the cache; counted since
	 * {@link #begin}.
	 */
	int hits() {
		return this.hits.get();
	}

	private static String contextDigest(Content content) {
		MessageDigest digest = Sha256.digest();
		digest.update(content.site().toString().getBytes(StandardCharsets.UTF_8));
		digest.update(content.outline().toString().getBytes(StandardCharsets.UTF_8));
		content.assets().values().stream().sorted(Comparator.comparing(SourceFile::path)).forEach((file) -> {
			digest.update(file.path().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(file.bytes());
		});
		return Sha256.hex(digest);
	}

	private record Entry(String hash, RenderedMarkdown rendered) {

	}

}
