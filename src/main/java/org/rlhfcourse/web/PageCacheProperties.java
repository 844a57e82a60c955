package org.rlhfcourse.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The in-memory page cache ({@code site.page-cache.*}); off in development, where
 * templates change under a running site.
 *
 * @param enabled whether rendered pages are kept
 * @param maxSize how many bytes of responses one snapshot may keep, least recently used
 * evicted first; the default leaves most of a small (256 MB) instance's heap to
 * everything else
 */
@Validated
@ConfigurationProperties("site.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize) {

	PageCacheProperties {
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("site.page-cache.max-size must be positive, not " + maxSize);
		}
	}

}
