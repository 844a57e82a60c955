package org.rlhfcourse.render.code;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

import org.rlhfcourse.render.js.ScriptException;
import org.rlhfcourse.render.js.ScriptPool;

/**
 * highlight.js (its browser build from the WebJar) running on GraalJS, behind a cache
 * that keeps results across restarts like typeset formulas, so pages need no JavaScript
 * highlighter and restarts no highlighting work.
 */
public final class HighlightJs implements CodeHighlighter, AutoCloseable {

	private static final String UNKNOWN = "\u0000unknown";

	private static final String HIGHLIGHT = """
			(function (code, language) {
			  if (!hljs.getLanguage(language)) { return '\\u0000unknown'; }
			  return hljs.highlight(code, { language: language, ignoreIllegals: true }).value;
			})
			""";

	private final ScriptPool pool;

	private final CodeCache cache;

	public HighlightJs(int poolSize, CodeCache cache) {
		this.cache = cache;
		try {
			this.pool = new ScriptPool("highlight.min.js",
					ScriptPool
						.classpathText("META-INF/resources/webjars/highlightjs/" + version() + "/highlight.min.js"),
					HIGHLIGHT, poolSize, 200_000_000L);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot load highlight.js from the classpath", ex);
		}
	}

	/** The highlight.js version on the classpath. */
	public static String version() {
		try (InputStream in = HighlightJs.class.getClassLoader()
			.getResourceAsStream("META-INF/maven/org.webjars/highlightjs/pom.properties")) {
			if (in == null) {
				throw new IllegalStateException("highlight.js WebJar not found on the classpath");
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the highlight.js WebJar's version", ex);
		}
	}

	@Override
	public Optional<String> highlight(String code, String language) {
		Optional<String> cached = this.cache.get(language, code);
		if (cached.isPresent()) {
			return cached.filter((html) -> !html.equals(UNKNOWN));
		}
		try {
			String html = this.pool.call(code, language);
			this.cache.put(language, code, html);
			return html.equals(UNKNOWN) ? Optional.empty() : Optional.of(html);
		}
		catch (ScriptException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
