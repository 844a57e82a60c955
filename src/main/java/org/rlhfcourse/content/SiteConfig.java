package org.rlhfcourse.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Site-wide settings from {@code content/site.yml}.
 *
 * @param title the site's name, shown in the header and page titles
 * @param tagline one line under the title on the home page
 * @param description the default meta description
 * @param author the author's name
 * @param baseUrl the public address of the site, without a trailing slash; empty to use
 * the address each request arrives at
 * @param repository the source repository, for "view source" links
 * @param language the default language tag
 * @param navigation the header links
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteConfig(String title, String tagline, String description, String author,
		@JsonProperty("base-url") String baseUrl, String repository, String language, List<NavItem> navigation) {

	public static final SiteConfig DEFAULT = new SiteConfig("RLHF course", "", "", "", "", "", "en", List.of());

	public SiteConfig {
		title = (title == null || title.isBlank()) ? "RLHF course" : title.strip();
		tagline = (tagline != null) ? tagline.strip() : "";
		description = (description != null) ? description.strip() : "";
		author = (author != null) ? author.strip() : "";
		baseUrl = (baseUrl != null) ? baseUrl.strip().replaceAll("/+$", "") : "";
		repository = (repository != null) ? repository.strip().replaceAll("/+$", "") : "";
		language = (language == null || language.isBlank()) ? "en" : language.strip();
		navigation = (navigation != null) ? List.copyOf(navigation) : List.of();
	}

	/** A copy served from {@code address} instead. */
	public SiteConfig withBaseUrl(String address) {
		return new SiteConfig(this.title, this.tagline, this.description, this.author, address, this.repository,
				this.language, this.navigation);
	}

	/**
	 * One header link.
	 *
	 * @param label the text shown
	 * @param url the target, a site path or an absolute address
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record NavItem(String label, String url) {

	}

}
