package org.rlhfcourse.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Server-Sent Events stream {@code /js/live-reload.js} listens to. Exists only with
 * live reload on.
 */
@RestController
@ConditionalOnBooleanProperty("site.live-reload.enabled")
class LiveReloadController {

	static final String EVENTS = "/_dev/events";

	private final ReloadEvents events;

	LiveReloadController(ReloadEvents events) {
		this.events = events;
	}

	@GetMapping(path = EVENTS, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter streamReloads() {
		return this.events.subscribe();
	}

}
