package org.rlhfcourse.content;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;

/**
 * The raw bytes of one file under the content folder.
 *
 * @param path path relative to the content folder, with forward slashes
 * @param bytes the file's content
 * @param lastModified when the file last changed
 */
public record SourceFile(String path, byte[] bytes, Instant lastModified) {

	public SourceFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(bytes, "bytes");
		Objects.requireNonNull(lastModified, "lastModified");
	}

	/** The file name without folders. */
	public String name() {
		return this.path.substring(this.path.lastIndexOf('/') + 1);
	}

	/**
	 * Decodes the file as strict UTF-8.
	 * @throws CharacterCodingException if the bytes are not valid UTF-8
	 */
	public String text() throws CharacterCodingException {
		String text = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(this.bytes))
			.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
