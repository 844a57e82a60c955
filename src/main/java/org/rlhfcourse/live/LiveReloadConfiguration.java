package org.rlhfcourse.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteProperties;

/**
 * Wires live reload when {@code site.live-reload.enabled} is true (the {@code dev}
 * profile). Without it none of these beans, the events endpoint or the page script exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("site.live-reload.enabled")
class LiveReloadConfiguration {

	@Bean
	ReloadEvents reloadEvents() {
		return new ReloadEvents();
	}

	@Bean
	LiveReload liveReload(SiteHolder site, SiteProperties siteProperties, LiveReloadProperties properties,
			ReloadEvents events) {
		return new LiveReload(site, siteProperties.contentFolder(), properties, events);
	}

}
