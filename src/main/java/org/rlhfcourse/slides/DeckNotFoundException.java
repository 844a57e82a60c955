package org.rlhfcourse.slides;

import org.rlhfcourse.web.NotFoundException;

/** No deck has the requested address. */
class DeckNotFoundException extends NotFoundException {

	DeckNotFoundException(String path) {
		super("No slide deck '" + path + "'");
	}

}
