package org.rlhfcourse.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error with a page in the site's layout ({@code error/404},
 * {@code error/4xx}, {@code error/5xx}), whatever the client accepts. Never shows a stack
 * trace or an exception message. Error pages are never stored by browsers or shared
 * caches ({@code Cache-Control: no-store}): a passing failure must not outlive its cause,
 * and a not-found answer must not hide a page published a minute later.
 */
@Controller
class SiteErrorController implements ErrorController {

	/**
	 * The bad-request page at an address of its own (answered with status 400), which the
	 * server fetches once to answer the requests Tomcat refuses before the application
	 * sees them ({@link SiteErrorReportValve}).
	 */
	static final String BAD_REQUEST_PATH = "/error/400";

	static final String NO_STORE = "no-store";

	@RequestMapping("/error")
	ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response) {
		return page(status(request), response);
	}

	@GetMapping(BAD_REQUEST_PATH)
	ModelAndView badRequestPage(HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, response);
	}

	private static ModelAndView page(HttpStatus status, HttpServletResponse response) {
		response.setStatus(status.value());
		// Replaces the page caching the interceptor set before the handler ran.
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		String view = (status == HttpStatus.NOT_FOUND) ? "error/404"
				: status.is4xxClientError() ? "error/4xx" : "error/5xx";
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for /error directly: there is no error, and no page at that address.
			return HttpStatus.NOT_FOUND;
		}
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && (status.is4xxClientError() || status.is5xxServerError())) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
