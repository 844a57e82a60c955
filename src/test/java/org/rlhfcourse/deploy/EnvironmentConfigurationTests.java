package org.rlhfcourse.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import org.rlhfcourse.site.SiteProperties;
import org.rlhfcourse.web.HttpProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production every setting comes from an environment variable. The README's table
 * names them; these tests check that each name is the one Spring Boot maps to its
 * property, and that the settings bind from such variables alone.
 */
class EnvironmentConfigurationTests {

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| `([A-Z0-9_]+)` \\|",
			Pattern.MULTILINE);

	@Test
	void readmeNamesTheEnvironmentVariableOfEveryProperty() throws IOException {
		Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
		List<String> checked = new ArrayList<>();
		while (row.find()) {
			String property = row.group(1);
			String variable = row.group(2);
			assertThat(variable).as(property)
				.isEqualTo(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
			assertThat(bind(Map.of(variable, "x")).bind(property, String.class).orElse(null)).as(variable)
				.isEqualTo("x");
			checked.add(property);
		}
		assertThat(checked).contains("site.base-url", "site.content-dir", "server.port", "site.http.hsts.enabled",
				"spring.profiles.active");
	}

	@Test
	void siteSettingsBindFromEnvironmentVariables() {
		SiteProperties site = bind(
				Map.of("SITE_BASE_URL", "https://rlhf.example.org", "SITE_CONTENT_DIR", "/srv/content"))
			.bind("site", SiteProperties.class)
			.get();
		assertThat(site.baseUrl()).isEqualTo("https://rlhf.example.org");
		assertThat(site.contentFolder()).hasValue(Path.of("/srv/content"));
	}

	@Test
	void httpSettingsBindFromEnvironmentVariables() {
		HttpProperties http = bind(Map.of("SITE_HTTP_HSTS_ENABLED", "true", "SITE_HTTP_HSTS_MAX_AGE", "30d",
				"SITE_HTTP_HSTS_INCLUDE_SUBDOMAINS", "false"))
			.bindOrCreate("site.http", HttpProperties.class);
		assertThat(http.hsts().enabled()).isTrue();
		assertThat(http.hsts().maxAge()).isEqualTo(Duration.ofDays(30));
		assertThat(http.hsts().headerValue()).isEqualTo("max-age=2592000");
		assertThat(http.contentSecurityPolicy()).isEqualTo(HttpProperties.defaults().contentSecurityPolicy());
	}

	private static Binder bind(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.addFirst(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment);
	}

}
