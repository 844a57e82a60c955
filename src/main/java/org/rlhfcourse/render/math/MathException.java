package org.rlhfcourse.render.math;

/**
 * A formula could not be typeset; the message is the typesetter's own explanation, fit to
 * show a maintainer.
 */
public class MathException extends Exception {

	public MathException(String message) {
		super(message);
	}

	public MathException(String message, Throwable cause) {
		super(message, cause);
	}

}
