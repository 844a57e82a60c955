package org.rlhfcourse.offline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The course downloads ({@code site.offline.*}).
 *
 * @param prebuild whether to start making the EPUB and PDF as soon as the site is up, so
 * the first reader to ask does not wait (on in production; off elsewhere, where tests and
 * live reload would pay for books nobody downloads)
 * @param requestWait how long a request waits for a book still being made before it is
 * told to come back (503 with {@code Retry-After})
 */
@Validated
@ConfigurationProperties("site.offline")
record OfflineProperties(@DefaultValue("false") boolean prebuild, @DefaultValue("10s") Duration requestWait) {

	OfflineProperties {
		if (requestWait.isNegative()) {
			throw new IllegalArgumentException("site.offline.request-wait must not be negative, not " + requestWait);
		}
	}

}
