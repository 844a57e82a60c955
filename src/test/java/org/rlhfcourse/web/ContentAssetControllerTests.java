package org.rlhfcourse.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.site.SiteBuilder;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Content files as a reader's browser asks for them, from a content folder on disk read
 * the way the site reads it, with links in and out of it.
 */
@WebMvcTest(ContentAssetController.class)
class ContentAssetControllerTests {

	@TempDir
	static Path workspace;

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SiteHolder site;

	private SiteSnapshot snapshot;

	@BeforeEach
	void contentWithLinks() throws IOException {
		Path root = Files.createDirectories(workspace.resolve("content"));
		Path outside = Files.createDirectories(workspace.resolve("outside"));
		Files.writeString(outside.resolve("secret.png"), "outside");
		Files.writeString(outside.resolve("secret"), "outside");
		Path images = Files.createDirectories(root.resolve("chapters/images"));
		Files.writeString(images.resolve("plot.png"), "plot");
		Files.writeString(images.resolve("café plot.png"), "named café");
		link(root.resolve("chapters/linked"), outside);
		link(images.resolve("escape.png"), outside.resolve("secret.png"));
		link(root.resolve("chapters/figures"), images);
		link(images.resolve("alias.png"), images.resolve("plot.png"));
		Files.writeString(root.resolve("site.yml"), "title: Site\n");
		this.snapshot = new SiteBuilder(new MarkdownRenderer((tex, display) -> tex, CodeHighlighter.NONE),
				Clock.fixed(Instant.parse("2026-03-11T12:00:00Z"), ZoneOffset.UTC), "",
				SiteBuilder.DEFAULT_FILE_TIMEOUT)
			.build(new ContentLoader().load(new DirectoryContentSource(root)));
		given(this.site.current()).willReturn(this.snapshot);
	}

	private static void link(Path link, Path target) throws IOException {
		if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			Files.createSymbolicLink(link, target);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/assets/chapters/images/plot.png", "/assets/chapters/figures/plot.png",
			"/assets/chapters/images/alias.png" })
	void filesAndLinksInsideTheContentFolderAreServed(String url) {
		assertThat(this.mvc.get().uri(url).exchange()).hasStatusOk()
			.hasContentType("image/png")
			.hasBodyTextEqualTo("plot");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/assets/chapters/linked/secret.png", "/assets/chapters/linked/secret",
			"/assets/chapters/images/escape.png", "/assets/chapters/images/../linked/secret.png",
			"/assets/chapters/images/%2e%2e/linked/secret.png" })
	void linksOutOfTheContentFolderAreNotFound(String url) {
		assertThat(this.mvc.get().uri(url).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.snapshot.problems()).extracting(Object::toString)
			.contains(
					"chapters/images/escape.png:1:1: error: link points outside the content folder; copy the file "
							+ "in instead",
					"chapters/linked:1:1: error: link points outside the content folder; copy the file in instead");
	}

	@Test
	void percentEncodedNamesAreDecoded() {
		URI url = URI.create("/assets/chapters/images/caf%C3%A9%20plot.png");
		assertThat(this.mvc.get().uri(url).exchange()).hasStatusOk()
			.body()
			.isEqualTo("named café".getBytes(StandardCharsets.UTF_8));
	}

}
