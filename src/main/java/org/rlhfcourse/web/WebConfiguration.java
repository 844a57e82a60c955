package org.rlhfcourse.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.WebContentInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import org.rlhfcourse.site.SiteHolder;

/**
 * HTTP behaviour shared by all pages: security headers on every response (Tomcat's own
 * answers included), ETags so browsers revalidate cheaply, a short cache life for pages,
 * fingerprinted assets cached for a year as immutable, error pages, and the embedded
 * Tomcat's customisation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PageCacheProperties.class, HttpProperties.class })
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Files cached at least this long are fingerprinted, so they never change at their
	 * address.
	 */
	private static final Duration IMMUTABLE_AFTER = Duration.ofDays(30);

	private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d{1,12})\\b");

	@Bean
	SecurityHeaders securityHeaders(HttpProperties properties) {
		return new SecurityHeaders(properties);
	}

	/**
	 * First in the chain and on every dispatch, so even an error page or a refused
	 * request carries the headers.
	 */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(SecurityHeaders headers) {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter(headers));
		registration.addUrlPatterns("/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
				DispatcherType.INCLUDE, DispatcherType.ASYNC);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("securityHeadersFilter");
		return registration;
	}

	@Bean
	SiteErrorReportValve siteErrorReportValve(SecurityHeaders headers, ObjectProvider<SiteHolder> site,
			ObjectProvider<ThymeleafViewResolver> views, ObjectProvider<ErrorViewResolver> errorViews,
			ObjectProvider<ResourceUrlProvider> urls) {
		return new SiteErrorReportValve(headers, site, views, errorViews, urls);
	}

	@Bean
	ShutdownDrain shutdownDrain(HttpProperties properties, SecurityHeaders headers) {
		return new ShutdownDrain(properties.shutdownDrain(), headers);
	}

	@Bean
	TomcatCustomizer tomcatCustomizer(SiteErrorReportValve errorReport, ShutdownDrain drain, SecurityHeaders headers) {
		return new TomcatCustomizer(errorReport, drain, headers);
	}

	/**
	 * Marks the static files cached for a year (fingerprinted by content, or versioned
	 * webjars) {@code immutable}, so browsers do not even revalidate them on reload
	 * ({@link CacheHeadersFilter} takes it back for a file asked for by its plain name),
	 * and gives each an {@code ETag} of its content, so {@code If-None-Match} is answered
	 * with 304 like {@code If-Modified-Since}. Spring Boot's properties have no such
	 * switches, so the resource handlers it registered are adjusted once they exist.
	 */
	@Bean
	static BeanPostProcessor immutableAssets() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SimpleUrlHandlerMapping mapping) {
					for (Object handler : mapping.getUrlMap().values()) {
						if (handler instanceof ResourceHttpRequestHandler resources) {
							markImmutable(resources.getCacheControl());
							resources.setEtagGenerator(WebConfiguration::contentEtag);
						}
					}
				}
				return bean;
			}
		};
	}

	/**
	 * A weak ETag of the file's content: the MD5 that fingerprinted names carry, so a
	 * file has the same ETag under both its names.
	 */
	static String contentEtag(Resource resource) {
		try (InputStream content = resource.getInputStream()) {
			return "W/\"" + DigestUtils.md5DigestAsHex(content) + "\"";
		}
		catch (IOException ex) {
			// Not readable: the handler answers 404 for it anyway.
			return null;
		}
	}

	/** Before every filter that could answer, so every answer gets its rules. */
	@Bean
	FilterRegistrationBean<CacheHeadersFilter> cacheHeadersFilter(ObjectProvider<ResourceUrlProvider> urls) {
		FilterRegistrationBean<CacheHeadersFilter> registration = new FilterRegistrationBean<>(
				new CacheHeadersFilter(urls));
		registration.addUrlPatterns("/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
				DispatcherType.INCLUDE, DispatcherType.ASYNC);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("cacheHeadersFilter");
		return registration;
	}

	static void markImmutable(CacheControl cacheControl) {
		String value = (cacheControl != null) ? cacheControl.getHeaderValue() : null;
		Matcher maxAge = MAX_AGE.matcher((value != null) ? value : "");
		if (maxAge.find() && Long.parseLong(maxAge.group(1)) >= IMMUTABLE_AFTER.toSeconds()) {
			cacheControl.immutable();
		}
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new PageEtagFilter();
		// Weak ETags: Tomcat will not gzip a response carrying a strong one, since
		// compression changes the bytes.
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
				new PageCache(site, properties.maxSize().toBytes()));
		registration.addUrlPatterns("/*");
		registration.setName("pageCache");
		// Right after the security headers and before every other filter: a hit is
		// answered without running the
		// rest of the chain (encoding, ETag hashing, MVC); a miss runs it all and keeps
		// the result.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor pages = new WebContentInterceptor();
		pages.setCacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic().mustRevalidate());
		registry.addInterceptor(pages).excludePathPatterns("/css/**", "/js/**", "/img/**", "/webjars/**", "/_dev/**");
	}

	/**
	 * ETags for everything but event streams: a stream must reach the browser as it is
	 * written, and this filter would hold it back to hash it.
	 */
	static final class PageEtagFilter extends ShallowEtagHeaderFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return request.getRequestURI().startsWith("/_dev/");
		}

	}

}
