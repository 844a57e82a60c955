package org.rlhfcourse.content;

import java.io.IOException;
import java.util.List;

/**
 * Where the content folder's files come from: a folder on disk (development, custom
 * content) or the copy bundled inside the application jar.
 */
public interface ContentSource {

	/**
	 * Reads every file below the content root, sorted by path.
	 * @return the files and the problems met while listing them (for example a link out
	 * of the folder)
	 * @throws IOException if the root itself cannot be read
	 */
	Listing read() throws IOException;

	/** A short description for logs and error messages. */
	String describe();

	/**
	 * Files read from a source, with the problems that kept some files out.
	 */
	record Listing(List<SourceFile> files, List<ContentProblem> problems) {

		public Listing {
			files = List.copyOf(files);
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Opens {@code location}: {@code classpath:content} for the bundled copy, otherwise a
	 * folder path.
	 */
	static ContentSource of(String location) {
		if (location.startsWith(ClasspathContentSource.PREFIX)) {
			return new ClasspathContentSource(location.substring(ClasspathContentSource.PREFIX.length()));
		}
		return new DirectoryContentSource(java.nio.file.Path.of(location));
	}

}
