package org.rlhfcourse.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

class CacheHeadersFilterTests {

	private final CacheHeadersFilter filter = new CacheHeadersFilter(
			new StaticListableBeanFactory().getBeanProvider(ResourceUrlProvider.class));

	@ParameterizedTest
	@ValueSource(ints = { 400, 404, 405, 413, 500, 503 })
	void everyErrorAnswerIsMarkedNoStoreWhateverCachingWasSetBeforeOrAfter(int status) throws Exception {
		MockHttpServletResponse response = run((servletResponse) -> {
			servletResponse.setHeader("Cache-Control", "max-age=300, must-revalidate, public");
			servletResponse.setStatus(status);
			servletResponse.setHeader("Cache-Control", "max-age=300, must-revalidate, public");
			servletResponse.addHeader("Cache-Control", "public");
		});
		assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
	}

	@Test
	void aSentErrorIsMarkedNoStore() throws Exception {
		MockHttpServletResponse response = run((servletResponse) -> {
			servletResponse.setHeader("Cache-Control", "max-age=31536000, public, immutable");
			servletResponse.sendError(404);
		});
		assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
	}

	@Test
	void successfulAnswersKeepTheirCaching() throws Exception {
		MockHttpServletResponse response = run((servletResponse) -> servletResponse.setHeader("Cache-Control",
				"max-age=300, must-revalidate, public"));
		assertThat(response.getHeaders("Cache-Control")).containsExactly("max-age=300, must-revalidate, public");
	}

	private MockHttpServletResponse run(Answer answer) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (request, servletResponse) -> answer.write((HttpServletResponse) servletResponse);
		this.filter.doFilter(new MockHttpServletRequest("GET", "/course"), response, chain);
		return response;
	}

	private interface Answer {

		void write(HttpServletResponse response) throws java.io.IOException;

	}

}
