package org.rlhfcourse.render.math;

import java.io.IOException;

import org.rlhfcourse.render.core.Sha256;
import org.rlhfcourse.render.js.ScriptException;
import org.rlhfcourse.render.js.ScriptPool;

/**
 * KaTeX running inside the JVM on GraalJS, in a {@link ScriptPool}:
 * {@code renderToString} with {@code throwOnError}, HTML plus MathML output, and KaTeX's
 * {@code maxExpand}/{@code maxSize} limits on top of the pool's statement limit.
 * Thread-safe; close it to free the engine.
 */
public final class KatexEngine implements MathRenderer, AutoCloseable {

	private static final String RENDER = """
			(function (tex, displayMode, options) {
			  const settings = JSON.parse(options);
			  settings.displayMode = displayMode;
			  return katex.renderToString(tex, settings);
			})
			""";

	private final ScriptPool pool;

	private final String version;

	private final String cacheVersion;

	private final String options;

	private final MathProperties properties;

	public KatexEngine(MathProperties properties) {
		this.properties = properties;
		this.version = KatexAssets.version();
		try {
			this.pool = new ScriptPool("katex.min.js",
					ScriptPool.classpathText(KatexAssets.classpathPath("dist/katex.min.js")), RENDER,
					properties.poolSize(), properties.statementLimit());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot load KaTeX " + this.version + " from the classpath", ex);
		}
		this.options = """
				{"throwOnError": true, "output": "htmlAndMathml", "strict": "ignore", "trust": false,\
				 "maxExpand": %d, "maxSize": %d}""".formatted(properties.maxExpand(), properties.maxSize());
		this.cacheVersion = this.version + "+" + Sha256.hex(RENDER + this.options).substring(0, 8);
	}

	/**
	 * The KaTeX version in use and a fingerprint of the options and the call, e.g.
	 * {@code 0.18.11+1a2b3c4d}: part of every cache key, so no cache, disk or frozen,
	 * answers for another version or other options.
	 */
	public String version() {
		return this.cacheVersion;
	}

	@Override
	public String render(String tex, boolean displayMode) throws MathException {
		try {
			return this.pool.call(tex, displayMode, this.options);
		}
		catch (ScriptException ex) {
			if (ex.isLimitReached()) {
				throw new MathException("formula is too costly to typeset (more than "
						+ this.properties.statementLimit() + " steps); simplify it", ex);
			}
			throw new MathException(cleanMessage(ex.getMessage()), ex);
		}
	}

	/** KaTeX prefixes its messages with the error class; keep what a maintainer needs. */
	static String cleanMessage(String message) {
		if (message == null) {
			return "KaTeX could not parse the formula";
		}
		return message.replaceFirst("^(ParseError|Error|RangeError|TypeError): ", "").strip();
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
