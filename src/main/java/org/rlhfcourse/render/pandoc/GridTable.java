package org.rlhfcourse.render.pandoc;

import com.vladsch.flexmark.ext.tables.TableBlock;

/**
 * A pandoc grid table ({@code +---+---+} borders). It holds the same head, body, row and
 * cell nodes as a pipe table, so captions, rendering and styles are shared; a table whose
 * rows do not line up with its borders keeps what could be read and carries the problem
 * to report.
 */
public class GridTable extends TableBlock {

	private String problem = "";

	public String getProblem() {
		return this.problem;
	}

	void setProblem(String problem) {
		this.problem = problem;
	}

}
