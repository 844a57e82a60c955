package org.rlhfcourse.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the site's content comes from ({@code site.*}).
 *
 * @param contentDir a folder path, or {@code classpath:content} for the copy bundled in
 * the jar
 * @param baseUrl the public address of the site, overriding {@code base-url} in
 * {@code site.yml} (for an export to another host); empty to keep {@code site.yml}'s
 * @param render limits on rendering ({@code site.render.*})
 */
@Validated
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("classpath:content") @NotBlank String contentDir,
		@DefaultValue("") @Pattern(regexp = "|https?://\\S+",
				message = "must be empty or an http(s) address") String baseUrl,
		@DefaultValue @Valid Render render) {

	/**
	 * The content folder on disk, empty when the content is the copy bundled in the jar.
	 */
	public Optional<Path> contentFolder() {
		return this.contentDir.startsWith("classpath:") ? Optional.empty()
				: Optional.of(Path.of(this.contentDir).toAbsolutePath().normalize());
	}

	/**
	 * Limits on rendering.
	 *
	 * @param fileTimeout how long one file (chapter, page, deck, bibliography) may render
	 * before it is given up with a problem, so that one pathological file cannot stall a
	 * build or a reload
	 */
	public record Render(@DefaultValue("10s") Duration fileTimeout) {

		@AssertTrue(message = "file-timeout must be positive")
		public boolean isFileTimeoutPositive() {
			return this.fileTimeout != null && this.fileTimeout.isPositive();
		}

	}

}
