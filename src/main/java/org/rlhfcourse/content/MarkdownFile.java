package org.rlhfcourse.content;

import java.time.Instant;
import java.util.Objects;

/**
 * A Markdown file split into front matter and body.
 *
 * @param path path relative to the content folder
 * @param frontMatter the parsed front matter, empty when the file has none
 * @param body the Markdown text with the front matter (and any comments before it)
 * blanked out line by line, so that line numbers in the body are line numbers in the file
 * @param lastModified when the file last changed
 */
public record MarkdownFile(String path, FrontMatter frontMatter, String body, Instant lastModified) {

	public MarkdownFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(frontMatter, "frontMatter");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(lastModified, "lastModified");
	}

	/** The file name without folders and without the {@code .md} ending. */
	public String baseName() {
		String name = this.path.substring(this.path.lastIndexOf('/') + 1);
		return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
	}

}
