package org.rlhfcourse.render.math;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of server-side math typesetting ({@code site.math.*}).
 *
 * @param poolSize how many KaTeX contexts may render at once
 * @param maxExpand KaTeX's limit on macro expansions per formula
 * @param maxSize KaTeX's limit on user-specified sizes, in em
 * @param statementLimit JavaScript statements one formula may execute before it is
 * abandoned
 * @param cacheDir where typeset formulas are kept across restarts, a folder private to
 * the user the site runs as (see {@link PrivateDirectory}); blank means
 * {@code rlhf-course-site-math-cache-USER} right in the system's temporary directory,
 * where no other user can rename or replace it
 * @param diskCache whether typeset formulas are kept on disk at all
 * @param cacheMemory how much memory typeset formulas may hold, and highlighted code as
 * much again; the least recently used go first, so live reload never grows without bound
 */
@Validated
@ConfigurationProperties("site.math")
public record MathProperties(@DefaultValue("2") @Min(1) @Max(64) int poolSize,
		@DefaultValue("1000") @Min(1) int maxExpand, @DefaultValue("100") @Min(1) int maxSize,
		@DefaultValue("50000000") @Min(10000) long statementLimit, @DefaultValue("") String cacheDir,
		@DefaultValue("true") boolean diskCache, @DefaultValue("32MB") DataSize cacheMemory) {

	/** The defaults, for use outside Spring (tests, command-line tools). */
	public static MathProperties defaults() {
		return new MathProperties(2, 1000, 100, 50_000_000L, "", true, DataSize.ofMegabytes(32));
	}

	/**
	 * The folder of the disk cache, resolved against the temporary directory when not
	 * set. One folder per user and directly in the temporary directory (not in a shared
	 * parent someone else may own), since it must be private.
	 */
	public Path cacheDirectory() {
		if (this.cacheDir.isBlank()) {
			String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
			return Path.of(System.getProperty("java.io.tmpdir"), "rlhf-course-site-math-cache-" + user);
		}
		return Path.of(this.cacheDir);
	}

	/** The folder of the disk cache, or empty when nothing is kept on disk. */
	public Optional<Path> diskCacheDirectory() {
		return this.diskCache ? Optional.of(cacheDirectory()) : Optional.empty();
	}

}
