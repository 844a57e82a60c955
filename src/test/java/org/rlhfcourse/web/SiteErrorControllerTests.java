package org.rlhfcourse.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class SiteErrorControllerTests {

	private final SiteErrorController controller;

	SiteErrorControllerTests() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		this.controller = new SiteErrorController(new DefaultErrorAttributes(),
				List.of(new DefaultErrorViewResolver(context, new WebProperties.Resources())));
	}

	@ParameterizedTest
	@CsvSource({ "404, error/404, Not Found", "405, error/4xx, Method Not Allowed", "413, error/4xx, Content Too Large",
			"505, error/505, HTTP Version not supported", "500, error/5xx, Internal Server Error",
			"503, error/5xx, Service Unavailable", "200, error/5xx, Internal Server Error" })
	void everyErrorGetsTheConventionalViewWithItsStatus(int status, String view, String reason) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView page = this.controller.showError(request, response);
		assertThat(page.getViewName()).isEqualTo(view);
		int shown = (status == 200) ? 500 : status;
		assertThat(response.getStatus()).isEqualTo(shown);
		assertThat(page.getModel()).containsEntry("status", shown).containsEntry("error", reason);
	}

	@ParameterizedTest
	@CsvSource({ "/error" })
	void errorAskedForDirectlyIsNotFound(String path) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView page = this.controller.showError(new MockHttpServletRequest("GET", path), response);
		assertThat(page.getViewName()).isEqualTo("error/404");
		assertThat(response.getStatus()).isEqualTo(404);
	}

}
