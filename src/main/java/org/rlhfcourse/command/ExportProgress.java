package org.rlhfcourse.command;

/**
 * What an export tells about its work as it goes: the site being rendered, then each page
 * and file written. Called from the exporting thread only; does nothing by default.
 */
public interface ExportProgress {

	/** Reports nothing, as in CI or when the output is not a terminal. */
	ExportProgress QUIET = new ExportProgress() {
	};

	/**
	 * A page was written.
	 * @param written how many pages are written so far
	 * @param pages how many pages there are
	 */
	default void pageWritten(int written, int pages) {
	}

	/**
	 * A file a page uses (or a site file) was written.
	 * @param written how many such files are written so far
	 */
	default void fileWritten(int written) {
	}

}
