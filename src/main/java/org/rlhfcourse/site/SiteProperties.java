package org.rlhfcourse.site;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the site's content comes from ({@code site.*}).
 *
 * @param contentDir a folder path, or {@code classpath:content} for the copy bundled in the jar
 */
@Validated
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("classpath:content") @NotBlank String contentDir) {

}
