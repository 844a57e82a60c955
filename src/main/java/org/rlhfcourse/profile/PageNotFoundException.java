package org.rlhfcourse.profile;

import org.rlhfcourse.web.NotFoundException;

/** No standalone page lives at the requested path. */
class PageNotFoundException extends NotFoundException {

	PageNotFoundException(String path) {
		super("No page at " + path);
	}

}
