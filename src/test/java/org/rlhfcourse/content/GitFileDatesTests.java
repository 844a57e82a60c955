package org.rlhfcourse.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Content in a git work tree is dated by the last commit that touched each file; what git
 * does not have as committed is dated by its modification time.
 */
class GitFileDatesTests {

	private static final Instant FIRST = Instant.parse("2024-03-05T09:20:30Z");

	private static final Instant SECOND = Instant.parse("2024-06-01T12:00:00Z");

	private static final Instant TOUCHED = Instant.parse("2025-01-02T03:04:05Z");

	@TempDir
	Path repository;

	private Path content;

	@BeforeEach
	void repository() throws Exception {
		assumeTrue(gitInstalled(), "git is not installed");
		this.content = this.repository.resolve("content");
		git("init", "-q");
		write("chapters/01-one.md", "---\ntitle: One\n---\nOne.\n");
		write("chapters/02-two.md", "---\ntitle: Two\n---\nTwo.\n");
		write("README.md", "outside the content folder\n");
		commit(FIRST, "-A");
		write("chapters/02-two.md", "---\ntitle: Two\n---\nTwo, revised.\n");
		commit(SECOND, "content/chapters/02-two.md");
		write("README.md", "changed later, outside the content folder\n");
		commit(TOUCHED, "README.md");
	}

	@Test
	void eachFileIsDatedByTheLastCommitThatTouchedIt() throws IOException {
		assertThat(dates()).containsEntry("chapters/01-one.md", FIRST).containsEntry("chapters/02-two.md", SECOND);
	}

	@Test
	void filesEditedOrAddedSinceTheLastCommitAreDatedByTheirModificationTime() throws IOException {
		write("chapters/01-one.md", "---\ntitle: One\n---\nOne, being edited.\n");
		write("chapters/03-three.md", "---\ntitle: Three\n---\nThree.\n");
		for (String file : List.of("chapters/01-one.md", "chapters/03-three.md")) {
			Files.setLastModifiedTime(this.content.resolve(file), FileTime.from(TOUCHED));
		}
		assertThat(dates()).containsEntry("chapters/01-one.md", TOUCHED)
			.containsEntry("chapters/02-two.md", SECOND)
			.containsEntry("chapters/03-three.md", TOUCHED);
	}

	@Test
	void aNewCommitIsSeenOnTheNextRead() throws Exception {
		DirectoryContentSource source = new DirectoryContentSource(this.content);
		assertThat(dates(source)).containsEntry("chapters/01-one.md", FIRST);
		write("chapters/01-one.md", "---\ntitle: One\n---\nOne, again.\n");
		commit(TOUCHED, "content/chapters/01-one.md");
		assertThat(dates(source)).containsEntry("chapters/01-one.md", TOUCHED);
	}

	@Test
	void outsideAWorkTreeFilesAreDatedByTheirModificationTime(@TempDir Path plain) throws IOException {
		Path file = plain.resolve("chapters/01-one.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "---\ntitle: One\n---\nOne.\n");
		Files.setLastModifiedTime(file, FileTime.from(TOUCHED));
		assertThat(dates(new DirectoryContentSource(plain))).containsEntry("chapters/01-one.md", TOUCHED);
	}

	@Test
	void blobIdsAreGitsOwn() {
		// git hash-object of an empty file and of "hello\n"
		assertThat(GitFileDates.blobId(new byte[0])).isEqualTo("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
		assertThat(GitFileDates.blobId("hello\n".getBytes())).isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
	}

	private Map<String, Instant> dates() throws IOException {
		return dates(new DirectoryContentSource(this.content));
	}

	private static Map<String, Instant> dates(DirectoryContentSource source) throws IOException {
		return source.read().files().stream().collect(Collectors.toMap(SourceFile::path, SourceFile::lastModified));
	}

	private void write(String file, String text) throws IOException {
		Path path = file.equals("README.md") ? this.repository.resolve(file) : this.content.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text);
	}

	private void commit(Instant when, String paths) throws Exception {
		git(Map.of(), "add", paths);
		git(Map.of("GIT_AUTHOR_DATE", when.toString(), "GIT_COMMITTER_DATE", when.toString()), "-c", "user.name=Author",
				"-c", "user.email=author@example.org", "commit", "-q", "-m", "change");
	}

	private void git(String... arguments) throws Exception {
		git(Map.of(), arguments);
	}

	private void git(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-C", this.repository.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
		builder.environment().putAll(environment);
		assertThat(builder.start().waitFor()).as(String.join(" ", command)).isZero();
	}

	private static boolean gitInstalled() {
		try {
			return new ProcessBuilder("git", "--version").start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
