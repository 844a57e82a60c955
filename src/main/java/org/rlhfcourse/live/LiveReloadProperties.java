package org.rlhfcourse.live;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live reload for authors ({@code site.live-reload.*}), on in the {@code dev} profile
 * only.
 *
 * @param enabled whether to watch the files and refresh open pages; the content folder is
 * watched only when {@code site.content-dir} is a folder
 * @param watch further folders whose changes refresh open pages without a rebuild
 * (templates, static files read from disk)
 * @param debounce how long the files must be quiet before a rebuild starts
 */
@Validated
@ConfigurationProperties("site.live-reload")
public record LiveReloadProperties(@DefaultValue("false") boolean enabled, @DefaultValue List<String> watch,
		@DefaultValue("100ms") @NotNull Duration debounce) {

	public LiveReloadProperties {
		watch = List.copyOf(watch);
	}

}
