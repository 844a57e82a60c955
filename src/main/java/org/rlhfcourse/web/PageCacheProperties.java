package org.rlhfcourse.web;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-memory page cache ({@code site.page-cache.*}); off in development, where templates change under a
 * running site.
 *
 * @param enabled whether rendered pages are kept
 * @param maxEntries how many pages one snapshot may keep
 */
@Validated
@ConfigurationProperties("site.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5000") @Min(1) int maxEntries) {

}
