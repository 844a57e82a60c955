package org.rlhfcourse.site;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the site's content comes from ({@code site.*}).
 *
 * @param contentDir a folder path, or {@code classpath:content} for the copy bundled in the jar
 * @param baseUrl the public address of the site, overriding {@code base-url} in {@code site.yml} (for an export
 * to another host); empty to keep {@code site.yml}'s
 */
@Validated
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("classpath:content") @NotBlank String contentDir,
		@DefaultValue("") @Pattern(regexp = "|https?://\\S+",
				message = "must be empty or an http(s) address") String baseUrl) {

	/** The content folder on disk, empty when the content is the copy bundled in the jar. */
	public Optional<Path> contentFolder() {
		return this.contentDir.startsWith("classpath:") ? Optional.empty()
				: Optional.of(Path.of(this.contentDir).toAbsolutePath().normalize());
	}

}
