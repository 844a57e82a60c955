package org.rlhfcourse.site;

import java.util.List;

import org.rlhfcourse.content.ContentProblem;

/**
 * What building one file gave: its record for the snapshot and its problems.
 *
 * @param value the chapter or page
 * @param problems what is wrong with the file
 */
record Rendered<T>(T value, List<ContentProblem> problems) {

	Rendered {
		problems = List.copyOf(problems);
	}

}
