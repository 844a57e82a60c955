package org.rlhfcourse.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class SiteErrorControllerTests {

	private final SiteErrorController controller = new SiteErrorController();

	@ParameterizedTest
	@CsvSource({ "404, error/404", "405, error/4xx", "413, error/4xx", "500, error/5xx", "503, error/5xx" })
	void everyErrorPageIsMarkedNoStoreOverThePageCachingSetBeforeTheHandlerRan(int status, String view) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setHeader("Cache-Control", "max-age=300, must-revalidate, public");
		ModelAndView page = this.controller.errorPage(request, response);
		assertThat(page.getViewName()).isEqualTo(view);
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
	}

}
