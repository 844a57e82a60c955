package org.rlhfcourse.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Walking a content folder ends, and never opens what is not a regular file: pipes, link
 * loops, links that lead out of the folder or nowhere are reported and left out.
 */
@Timeout(60)
class DirectoryContentSourceTests {

	@TempDir
	Path root;

	@TempDir
	Path elsewhere;

	@Test
	void namedPipeIsLeftOutWithAWarningWithoutBeingOpened() throws Exception {
		write("chapters/01-a.md", "---\ntitle: A\n---\nText.\n");
		Path pipe = this.root.resolve("chapters/notes.md");
		assumeTrue(mkfifo(pipe), "mkfifo is available");
		ContentSource.Listing listing = new DirectoryContentSource(this.root).read();
		assertThat(listing.files()).extracting(SourceFile::path).containsExactly("chapters/01-a.md");
		assertThat(listing.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/notes.md:1:1: warning: not a regular file (a pipe, socket or device); left out without reading it");
	}

	@Test
	void folderLinkLoopIsOneErrorAndTheWalkEnds() throws IOException {
		write("chapters/01-a.md", "---\ntitle: A\n---\nText.\n");
		Files.createSymbolicLink(this.root.resolve("chapters/again"), this.root.resolve("chapters"));
		ContentSource.Listing listing = new DirectoryContentSource(this.root).read();
		assertThat(listing.files()).extracting(SourceFile::path).containsExactly("chapters/01-a.md");
		assertThat(listing.problems()).extracting(ContentProblem::toString)
			.containsExactly(
					"chapters/again:1:1: error: link leads back into a folder that contains it (a loop); remove or retarget it");
	}

	@Test
	void linkToAFolderOutsideIsRefusedWithItsFiles() throws IOException {
		Files.writeString(this.elsewhere.resolve("secret.md"), "---\ntitle: Secret\n---\n");
		write("chapters/01-a.md", "---\ntitle: A\n---\nText.\n");
		Files.createSymbolicLink(this.root.resolve("pages"), this.elsewhere);
		ContentSource.Listing listing = new DirectoryContentSource(this.root).read();
		assertThat(listing.files()).extracting(SourceFile::path).containsExactly("chapters/01-a.md");
		assertThat(listing.problems()).extracting(ContentProblem::toString)
			.containsExactly("pages:1:1: error: link points outside the content folder; copy the file in instead");
	}

	@Test
	void linkToNothingIsAnError() throws IOException {
		write("chapters/01-a.md", "---\ntitle: A\n---\nText.\n");
		Files.createSymbolicLink(this.root.resolve("chapters/02-b.md"), this.root.resolve("gone.md"));
		ContentSource.Listing listing = new DirectoryContentSource(this.root).read();
		assertThat(listing.files()).extracting(SourceFile::path).containsExactly("chapters/01-a.md");
		assertThat(listing.problems()).extracting(ContentProblem::toString)
			.containsExactly("chapters/02-b.md:1:1: error: link points to nothing; remove or retarget it");
	}

	@Test
	void loaderTurnsAPipeAndALoopIntoProblemsAndLoadsTheRest() throws Exception {
		write("chapters/01-a.md", "---\ntitle: A\n---\nText.\n");
		Files.createSymbolicLink(this.root.resolve("chapters/again"), this.root.resolve("chapters"));
		boolean pipe = mkfifo(this.root.resolve("pages/pipe.md"));
		Content content = new ContentLoader().load(new DirectoryContentSource(this.root));
		assertThat(content.chapters()).extracting(Content.ChapterFile::slug).containsExactly("a");
		assertThat(content.problems()).extracting(ContentProblem::file).contains("chapters/again");
		if (pipe) {
			assertThat(content.problems()).extracting(ContentProblem::file).contains("pages/pipe.md");
		}
	}

	private boolean mkfifo(Path path) throws IOException, InterruptedException {
		Files.createDirectories(path.getParent());
		try {
			return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
