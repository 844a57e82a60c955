package org.rlhfcourse.render.js;

/**
 * A call into a pooled script failed: the script threw (its message is kept), or it hit a
 * limit.
 */
public class ScriptException extends Exception {

	private final boolean limitReached;

	ScriptException(String message, boolean limitReached, Throwable cause) {
		super(message, cause);
		this.limitReached = limitReached;
	}

	/**
	 * Whether the call was stopped by the statement limit rather than failing by itself.
	 */
	public boolean isLimitReached() {
		return this.limitReached;
	}

}
