package org.rlhfcourse.render.math;

/**
 * Typesets one TeX formula to HTML. Implementations are thread-safe.
 */
public interface MathRenderer {

	/**
	 * Renders {@code tex}.
	 * @param tex the formula without delimiters
	 * @param displayMode {@code true} for a display (block) formula
	 * @return HTML with a MathML twin for screen readers
	 * @throws MathException if the formula is not valid TeX for the renderer, or too
	 * costly to typeset
	 */
	String render(String tex, boolean displayMode) throws MathException;

}
