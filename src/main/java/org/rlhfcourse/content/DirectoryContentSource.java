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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads content from a folder on disk. Links are followed only while they stay inside the
 * folder: every file's and folder's real path must lie under the folder's real path, so
 * neither a linked file nor a file in a linked folder can publish something from
 * elsewhere on the machine. The walk is bounded: link loops and folders nested past
 * {@link #MAX_DEPTH} are reported, not followed, and pipes, sockets and devices are never
 * opened (reading a pipe would wait forever). A file's date is its last commit when the
 * folder is in a git work tree and the file is as committed, else its modification time.
 */
public final class DirectoryContentSource implements ContentSource {

	/**
	 * Larger files are refused: no page of this site needs more, and the limit keeps a
	 * stray dump out.
	 */
	static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

	/**
	 * Deeper folders are not walked: no content needs them, and the bound keeps a runaway
	 * link chain finite.
	 */
	static final int MAX_DEPTH = 32;

	private final Path root;

	private final GitFileDates git;

	public DirectoryContentSource(Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.git = new GitFileDates(this.root);
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
		List<Path> found = new ArrayList<>();
		List<ContentProblem> problems = new ArrayList<>();
		Files.walkFileTree(this.root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				String relative = relative(dir);
				if (!relative.isEmpty() && (isHidden(relative) || outside(dir, realRoot, relative, problems))) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				String relative = relative(file);
				if (isHidden(relative)) {
					return FileVisitResult.CONTINUE;
				}
				if (attributes.isDirectory()) {
					problems.add(ContentProblem.error(relative, 0,
							"folders nest deeper than " + MAX_DEPTH + " levels; its files are left out"));
				}
				else if (attributes.isSymbolicLink()) {
					problems.add(ContentProblem.error(relative, 0, "link points to nothing; remove or retarget it"));
				}
				else if (!attributes.isRegularFile()) {
					problems.add(ContentProblem.warning(relative, 0,
							"not a regular file (a pipe, socket or device); left out without reading it"));
				}
				else if (!outside(file, realRoot, relative, problems)) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				String relative = relative(file);
				if (ex instanceof FileSystemLoopException) {
					problems.add(ContentProblem.error(relative, 0,
							"link leads back into a folder that contains it (a loop); remove or retarget it"));
				}
				else if (!isHidden(relative)) {
					problems.add(ContentProblem.error(relative, 0, "cannot be read: " + ex.getMessage()));
				}
				return FileVisitResult.CONTINUE;
			}

		});
		found.sort(Comparator.comparing(Path::toString));
		this.git.refresh();
		List<SourceFile> files = new ArrayList<>();
		for (Path file : found) {
			String relative = relative(file);
			if (Files.size(file) > MAX_FILE_BYTES) {
				problems.add(ContentProblem.error(relative, 0,
						"file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
				continue;
			}
			byte[] bytes = Files.readAllBytes(file);
			Instant changed = this.git.committed(relative, bytes)
				.orElse(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant());
			files.add(new SourceFile(relative, bytes, changed));
		}
		problems.sort(ContentProblem.ORDER);
		return new Listing(files, problems);
	}

	private String relative(Path path) {
		return this.root.relativize(path).toString().replace('\\', '/');
	}

	/**
	 * Whether {@code path} resolves (through links) to somewhere outside the content
	 * folder; reports it if so.
	 */
	private static boolean outside(Path path, Path realRoot, String relative, List<ContentProblem> problems)
			throws IOException {
		if (path.toRealPath().startsWith(realRoot)) {
			return false;
		}
		problems
			.add(ContentProblem.error(relative, 0, "link points outside the content folder; copy the file in instead"));
		return true;
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
