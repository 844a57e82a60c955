package org.rlhfcourse.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * When each file in a folder last changed according to git: the time of the last commit
 * that touched it, for files whose content is the committed one. Files that are new or
 * edited since (and folders outside a git work tree, or machines without git) have no
 * date here, and their modification time stands instead. The history is read with the
 * {@code git} command (JGit misreads linked work trees) once per commit checked out; each
 * call after that only asks git for the current commit. Thread-safe.
 */
final class GitFileDates {

	private static final long TIMEOUT_SECONDS = 30;

	private final Path folder;

	private volatile History history;

	private volatile boolean unavailable;

	GitFileDates(Path folder) {
		this.folder = folder;
	}

	/**
	 * The commit time of the file at {@code relative} (to the folder) with content
	 * {@code bytes}, if git has it committed with exactly that content.
	 */
	Optional<Instant> committed(String relative, byte[] bytes) {
		History current = this.history;
		if (current == null) {
			return Optional.empty();
		}
		String path = current.prefix() + relative;
		String blob = current.blobs().get(path);
		if (blob == null || !blob.equals(blobId(bytes))) {
			return Optional.empty();
		}
		return Optional.ofNullable(current.dates().get(path));
	}

	/**
	 * Reads the history again if the checked-out commit changed since the last call.
	 * Never throws: a folder git cannot describe gets no dates.
	 */
	void refresh() {
		if (this.unavailable) {
			return;
		}
		try {
			Optional<String> head = git("rev-parse", "HEAD").map(String::strip);
			if (head.isEmpty()) {
				this.history = null;
				return;
			}
			History current = this.history;
			if (current != null && current.head().equals(head.get())) {
				return;
			}
			String prefix = git("rev-parse", "--show-prefix").orElse("").strip();
			this.history = new History(head.get(), prefix, blobs(), dates());
		}
		catch (IOException ex) {
			// No git on this machine: modification times it is, for good.
			this.unavailable = true;
			this.history = null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The blob id of each committed file under the folder, by path from the top. */
	private Map<String, String> blobs() throws IOException, InterruptedException {
		Map<String, String> blobs = new HashMap<>();
		String listing = git("ls-tree", "-r", "-z", "--full-name", "HEAD", "--", ".").orElse("");
		for (String entry : listing.split("\0")) {
			int tab = entry.indexOf('\t');
			String[] fields = (tab > 0) ? entry.substring(0, tab).split(" ") : new String[0];
			if (fields.length == 3 && fields[1].equals("blob")) {
				blobs.put(entry.substring(tab + 1), fields[2]);
			}
		}
		return blobs;
	}

	/**
	 * The time of the newest commit that touched each file under the folder, by path from
	 * the top: the first time a path appears walking back from {@code HEAD}.
	 */
	private Map<String, Instant> dates() throws IOException, InterruptedException {
		Map<String, Instant> dates = new HashMap<>();
		String log = git("log", "--format=%x01%cI", "--name-only", "-z", "--no-renames", "--", ".").orElse("");
		Instant commit = null;
		for (String token : log.split("\0")) {
			if (token.startsWith("\u0001")) {
				commit = OffsetDateTime.parse(token.substring(1)).toInstant();
			}
			else {
				String path = token.strip();
				if (!path.isEmpty() && commit != null) {
					dates.putIfAbsent(path, commit);
				}
			}
		}
		return dates;
	}

	/**
	 * Runs git in the folder; empty when git answers with an error (not a work tree).
	 * @throws IOException if git cannot be started
	 */
	private Optional<String> git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(
				List.of("git", "-c", "core.quotePath=false", "-C", this.folder.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return Optional.empty();
		}
		return (process.exitValue() == 0) ? Optional.of(new String(output.join(), StandardCharsets.UTF_8))
				: Optional.empty();
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	/**
	 * Git's id of a file with this content: SHA-1 of {@code blob <size>\0} and the bytes.
	 */
	static String blobId(byte[] bytes) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(sha1.digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is missing from the JDK", ex);
		}
	}

	/** What one commit says about the folder's files. */
	private record History(String head, String prefix, Map<String, String> blobs, Map<String, Instant> dates) {
	}

}
