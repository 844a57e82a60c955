package org.rlhfcourse.web;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * HTTP behaviour shared by all pages: ETags so browsers revalidate cheaply, and a short cache life for pages
 * (fingerprinted assets get a year from the resource chain settings).
 */
@Configuration(proxyBeanMethods = false)
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
