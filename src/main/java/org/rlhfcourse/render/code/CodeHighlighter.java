package org.rlhfcourse.render.code;

import java.util.Optional;

/**
 * Marks up source code for syntax highlighting on the server. Implementations are
 * thread-safe.
 */
public interface CodeHighlighter {

	/** Highlights nothing: every code block stays plain. */
	CodeHighlighter NONE = (code, language) -> Optional.empty();

	/**
	 * @param code the code block's text
	 * @param language the language named on its fence
	 * @return HTML of the code with token spans, or empty when the language is unknown or
	 * highlighting failed
	 */
	Optional<String> highlight(String code, String language);

}
