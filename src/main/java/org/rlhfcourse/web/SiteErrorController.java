package org.rlhfcourse.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for whatever reaches the application, by Spring Boot's error view
 * convention ({@code templates/error/404.html}, else {@code error/4xx} or
 * {@code error/5xx}), whatever the client accepts. Never a stack trace or an exception
 * message; never stored ({@link CacheHeadersFilter}). What Tomcat refuses before the
 * application sees it gets the same pages from {@link SiteErrorReportValve}. Only in a
 * web application: {@code check} and {@code export} have no errors to show.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:/error}")
class SiteErrorController extends AbstractErrorController {

	SiteErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorViewResolvers);
	}

	@RequestMapping
	ModelAndView showError(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		Map<String, Object> model = model(status);
		ModelAndView page = resolveErrorView(request, response, status, model);
		return (page != null) ? page : new ModelAndView("error/5xx", model, status);
	}

	/** What an error page shows of its status. */
	static Map<String, Object> model(HttpStatus status) {
		return Map.of("status", status.value(), "error", status.getReasonPhrase());
	}

	private HttpStatus status(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			// Asked for /error directly: there is no error, and no page at that address.
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = getStatus(request);
		return status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
