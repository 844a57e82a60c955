package org.rlhfcourse.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads content from a folder on disk. Links are followed only while they stay inside the folder, so a link
 * cannot publish a file from elsewhere on the machine.
 */
public final class DirectoryContentSource implements ContentSource {

	/** Larger files are refused: no page of this site needs more, and the limit keeps a stray dump out. */
	static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

	private final Path root;

	public DirectoryContentSource(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	@Override
	public Listing read() throws IOException {
		if (!Files.isDirectory(this.root)) {
			throw new IOException("Content folder not found: " + this.root);
		}
		Path realRoot = this.root.toRealPath();
		List<SourceFile> files = new ArrayList<>();
		List<ContentProblem> problems = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(this.root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
			for (Path file : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
				String relative = this.root.relativize(file).toString().replace('\\', '/');
				if (relative.isEmpty() || isHidden(relative) || Files.isDirectory(file)) {
					continue;
				}
				if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realRoot)) {
					problems.add(ContentProblem.error(relative, 0,
							"link points outside the content folder; copy the file in instead"));
					continue;
				}
				if (Files.size(file) > MAX_FILE_BYTES) {
					problems.add(ContentProblem.error(relative, 0,
							"file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
					continue;
				}
				files.add(new SourceFile(relative, Files.readAllBytes(file),
						Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant()));
			}
		}
		return new Listing(files, problems);
	}

	private static boolean isHidden(String relative) {
		for (String part : relative.split("/")) {
			if (part.startsWith(".") || part.endsWith("~")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String describe() {
		return this.root.toString();
	}

}
