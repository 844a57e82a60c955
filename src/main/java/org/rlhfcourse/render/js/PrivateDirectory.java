package org.rlhfcourse.render.js;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder only this process's user can read or write, for files the site later trusts
 * (typeset formulas go into pages as HTML). A missing folder is created with mode 0700.
 * An existing one is used only if it is a real folder (not a link) owned by the user with
 * no permission for anyone else; one owned by the user but open to others may hold files
 * someone planted, so it is emptied and made private; one owned by someone else is
 * refused. So is a folder someone else could swap for their own: one whose parent is a
 * link, or that lies under a folder everyone may write without the sticky bit (the
 * system's {@code /tmp} has it, so a folder right in it is fine). On file systems without
 * POSIX permissions the folder is used as it is.
 */
public final class PrivateDirectory {

	private static final Logger logger = LoggerFactory.getLogger(PrivateDirectory.class);

	public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	private static final int OTHERS_WRITE = 0002;

	private static final int STICKY = 01000;

	private final UserPrincipal user;

	/**
	 * @param user who must own the folder: the user this process runs as, in production
	 */
	public PrivateDirectory(UserPrincipal user) {
		this.user = user;
	}

	/**
	 * Checks folders against the user this process runs as, found from a file it creates.
	 */
	static Optional<PrivateDirectory> forCurrentUser() {
		try {
			Path probe = Files.createTempFile("rlhf-course-site-owner", ".probe");
			try {
				return Optional.of(new PrivateDirectory(Files.getOwner(probe)));
			}
			finally {
				Files.deleteIfExists(probe);
			}
		}
		catch (IOException | UnsupportedOperationException ex) {
			logger.warn("Keeping no files on disk: cannot tell which user this process runs as: {}", ex.toString());
			return Optional.empty();
		}
	}

	/** The folder, private, or empty when it cannot be made so (the reason is logged). */
	Optional<Path> secure(Path folder) {
		Path directory = folder.toAbsolutePath().normalize();
		try {
			if (Files.getFileAttributeView(directory.getParent(), PosixFileAttributeView.class) == null) {
				return Optional.of(Files.createDirectories(directory));
			}
			Files.createDirectories(directory.getParent());
			Optional<String> unsafe = unsafeParent(directory);
			if (unsafe.isPresent()) {
				logger.warn("Keeping no files on disk: {}", unsafe.get());
				return Optional.empty();
			}
			try {
				Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
				// The umask may have narrowed the mode, never widened it; set it exactly
				// anyway.
				Files.setPosixFilePermissions(directory, OWNER_ONLY);
				return Optional.of(directory);
			}
			catch (FileAlreadyExistsException ex) {
				return existing(directory);
			}
		}
		catch (IOException ex) {
			logger.warn("Keeping no files on disk: cannot make {} private: {}", directory, ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * Why the folders above {@code directory} would let someone else swap it for their
	 * own, if they would: its parent is a link (whoever can change the link chooses the
	 * folder), a link further up is owned by neither this user nor root, or a folder on
	 * the way, as written or as the links resolve, is writable by everyone without the
	 * sticky bit that keeps others from renaming what they do not own.
	 */
	private Optional<String> unsafeParent(Path directory) throws IOException {
		Path parent = directory.getParent();
		if (Files.isSymbolicLink(parent)) {
			return Optional.of("the folder above " + directory + " is a link (to " + Files.readSymbolicLink(parent)
					+ "), so whoever can change the link chooses the folder; set site.math.cache-dir to a folder "
					+ "whose parent is a real folder");
		}
		for (Path folder = parent; folder != null; folder = folder.getParent()) {
			if (Files.isSymbolicLink(folder)) {
				UserPrincipal owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS);
				if (!owner.equals(this.user) && !"root".equals(owner.getName())) {
					return Optional.of(folder + " above " + directory + " is a link owned by " + owner.getName()
							+ ", who can point it elsewhere; choose a cache folder without it (site.math.cache-dir)");
				}
			}
		}
		Path real = parent.toRealPath();
		for (Path path : List.of(parent, real)) {
			for (Path folder = path; folder != null; folder = folder.getParent()) {
				if (openToEveryone(folder)) {
					return Optional.of(folder + " above " + directory
							+ " is writable by every user without the sticky bit, so anyone could replace the "
							+ "cache folder; choose one under a folder only you can write (site.math.cache-dir)");
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether anyone may rename or delete entries of {@code folder}: writable by others
	 * and without the sticky bit. Where the mode cannot be read whole, only the system's
	 * temporary folder (sticky on every Unix) is trusted when others may write.
	 */
	private static boolean openToEveryone(Path folder) throws IOException {
		try {
			int mode = (Integer) Files.getAttribute(folder, "unix:mode");
			return (mode & OTHERS_WRITE) != 0 && (mode & STICKY) == 0;
		}
		catch (UnsupportedOperationException | IllegalArgumentException ex) {
			boolean othersWrite = Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_WRITE);
			return othersWrite && !folder.toRealPath()
				.equals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toRealPath());
		}
	}

	private Optional<Path> existing(Path directory) throws IOException {
		PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class,
				LinkOption.NOFOLLOW_LINKS);
		if (!attributes.isDirectory()) {
			logger.warn("Keeping no files on disk: {} is not a folder (a link or a file)", directory);
			return Optional.empty();
		}
		if (!attributes.owner().equals(this.user)) {
			logger.warn("Keeping no files on disk: {} belongs to {}, not {}", directory, attributes.owner().getName(),
					this.user.getName());
			return Optional.empty();
		}
		if (!OWNER_ONLY.containsAll(attributes.permissions())) {
			logger.warn("Emptying {}: its permissions ({}) let others write files this site would trust", directory,
					PosixFilePermissions.toString(attributes.permissions()));
			Files.setPosixFilePermissions(directory, OWNER_ONLY);
			empty(directory);
		}
		return Optional.of(directory);
	}

	/** Deletes everything inside {@code directory}, never following links out of it. */
	private static void empty(Path directory) throws IOException {
		Files.walkFileTree(directory, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
				if (failure != null) {
					throw failure;
				}
				if (!dir.equals(directory)) {
					Files.delete(dir);
				}
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
