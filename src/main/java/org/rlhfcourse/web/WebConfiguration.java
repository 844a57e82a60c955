package org.rlhfcourse.web;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

import org.rlhfcourse.site.SiteHolder;

/**
 * HTTP behaviour shared by all pages: ETags so browsers revalidate cheaply, and a short cache life for pages
 * (fingerprinted assets get a year from the resource chain settings).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new PageEtagFilter();
		// Weak ETags: Tomcat will not gzip a response carrying a strong one, since compression changes the bytes.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		registration.setName("etagFilter");
		return registration;
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "site.page-cache.enabled", matchIfMissing = true)
	FilterRegistrationBean<PageCache> pageCache(SiteHolder site, PageCacheProperties properties) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(site, properties.maxEntries()));
		registration.addUrlPatterns("/*");
		registration.setName("pageCache");
		// Outside the ETag filter: a cached page carries its own ETag and is never hashed again.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor pages = new WebContentInterceptor();
		pages.setCacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic().mustRevalidate());
		registry.addInterceptor(pages).excludePathPatterns("/css/**", "/js/**", "/img/**", "/webjars/**", "/_dev/**");
	}

	/**
	 * ETags for everything but event streams: a stream must reach the browser as it is written, and this filter
	 * would hold it back to hash it.
	 */
	static final class PageEtagFilter extends ShallowEtagHeaderFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return request.getRequestURI().startsWith("/_dev/");
		}

	}

}
