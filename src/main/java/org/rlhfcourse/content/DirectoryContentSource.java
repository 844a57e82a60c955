package org.rlhfcourse.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads content from a folder on disk. Links are followed only while they stay inside the folder: every file's and
 * folder's real path must lie under the folder's real path, so neither a linked file nor a file in a linked folder
 * can publish something from elsewhere on the machine.
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
		Files.walkFileTree(this.root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
				new SimpleFileVisitor<>() {

					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
							throws IOException {
						String relative = relative(dir);
						if (!relative.isEmpty() && isHidden(relative)) {
							return FileVisitResult.SKIP_SUBTREE;
						}
						return inside(dir, relative) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
						String relative = relative(file);
						if (isHidden(relative)) {
							return FileVisitResult.CONTINUE;
						}
						if (attributes.isSymbolicLink()) {
							problems.add(ContentProblem.error(relative, 0,
									"link points to a file that does not exist"));
							return FileVisitResult.CONTINUE;
						}
						if (!inside(file, relative)) {
							return FileVisitResult.CONTINUE;
						}
						if (attributes.size() > MAX_FILE_BYTES) {
							problems.add(ContentProblem.error(relative, 0,
									"file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
							return FileVisitResult.CONTINUE;
						}
						files.add(new SourceFile(relative, Files.readAllBytes(file.toRealPath()),
								Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant()));
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
						if (ex instanceof FileSystemLoopException) {
							return FileVisitResult.CONTINUE;
						}
						throw ex;
					}

					/** A file or folder whose real path (every link followed) leaves the content folder is refused. */
					private boolean inside(Path path, String relative) throws IOException {
						if (path.toRealPath().startsWith(realRoot)) {
							return true;
						}
						problems.add(ContentProblem.error(relative, 0,
								"link points outside the content folder; copy the file in instead"));
						return false;
					}

				});
		files.sort(Comparator.comparing(SourceFile::path));
		problems.sort(ContentProblem.ORDER);
		return new Listing(files, problems);
	}

	private String relative(Path path) {
		return this.root.relativize(path).toString().replace('\\', '/');
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
