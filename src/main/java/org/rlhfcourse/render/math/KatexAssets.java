package org.rlhfcourse.render.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Locates the KaTeX distribution packaged as a WebJar, the one copy used both to typeset
 * on the server and to serve the CSS and fonts to browsers.
 */
public final class KatexAssets {

	private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/katex/pom.properties";

	private KatexAssets() {
	}

	/** The KaTeX version found on the classpath. */
	public static String version() {
		try (InputStream in = KatexAssets.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
			if (in == null) {
				throw new IllegalStateException("KaTeX WebJar not found on the classpath");
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The URL path of a KaTeX file as served by the WebJar handler, e.g.
	 * {@code dist/katex.min.css}.
	 */
	public static String webPath(String file) {
		return "/webjars/katex/" + version() + "/" + file;
	}

	/** The classpath location of a KaTeX file inside the WebJar. */
	static String classpathPath(String file) {
		return "META-INF/resources/webjars/katex/" + version() + "/" + file;
	}

}
