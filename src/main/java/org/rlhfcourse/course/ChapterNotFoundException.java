package org.rlhfcourse.course;

import org.rlhfcourse.web.NotFoundException;

/** No chapter has the requested slug. */
class ChapterNotFoundException extends NotFoundException {

	ChapterNotFoundException(String slug) {
		super("No chapter '" + slug + "'");
	}

}
