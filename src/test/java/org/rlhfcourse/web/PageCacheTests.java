package org.rlhfcourse.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class PageCacheTests {

	private final SiteHolder site = mock(SiteHolder.class);

	private List<ContentProblem> rejected = List.of();

	private final AtomicInteger renders = new AtomicInteger();

	private final PageCache cache = new PageCache(this.site, 2);

	private SiteSnapshot live = Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"));

	private final FilterChain page = (request, response) -> {
		int render = this.renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		((jakarta.servlet.http.HttpServletResponse) response).setHeader("Cache-Control", "max-age=300");
		response.getWriter().write("<html>" + "page ".repeat(200) + this.live.builtAt() + " render " + render + "</html>");
	};

	@Test
	void secondRequestIsServedFromMemoryWithTheSameBytesAndEtag() throws Exception {
		MockHttpServletResponse first = get("/course/intro", null, null);
		MockHttpServletResponse second = get("/course/intro", null, null);
		assertThat(this.renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("render 1");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("W/\"");
		assertThat(second.getHeader("Cache-Control")).isEqualTo("max-age=300");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void gzipAndConditionalRequestsAreAnsweredFromTheEntry() throws Exception {
		MockHttpServletResponse plain = get("/course/intro", null, null);
		MockHttpServletResponse gzip = get("/course/intro", "gzip, br", null);
		assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray())).readAllBytes(),
				StandardCharsets.UTF_8)).isEqualTo(plain.getContentAsString());
		MockHttpServletResponse notModified = get("/course/intro", null, plain.getHeader("ETag"));
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aNewSnapshotStartsAnEmptyCache() throws Exception {
		get("/course/intro", null, null);
		this.live = Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction edited"));
		assertThat(get("/course/intro", null, null).getContentAsString()).contains("render 2");
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void aRefusedReloadStartsAnEmptyCacheSoPagesCanShowItsProblems() throws Exception {
		get("/course/intro", null, null);
		this.rejected = List.of(ContentProblem.error("chapters/01-intro.md", 2, "front matter is not valid YAML"));
		get("/course/intro", null, null);
		assertThat(this.renders).hasValue(2);
	}

	@BeforeEach
	void liveSite() {
		given(this.site.current()).willAnswer((invocation) -> this.live);
		given(this.site.rejectedProblems()).willAnswer((invocation) -> this.rejected);
	}

	@Test
	void queriesAndErrorsAreNotKeptAndTheCacheIsBounded() throws Exception {
		MockHttpServletRequest query = new MockHttpServletRequest("GET", "/search");
		query.setQueryString("q=dpo");
		assertThat(this.cache.shouldNotFilter(query)).isTrue();
		get("/a", null, null);
		get("/b", null, null);
		get("/c", null, null);
		get("/c", null, null);
		assertThat(this.renders).as("only two entries fit").hasValue(4);
	}

	private MockHttpServletResponse get(String path, String acceptEncoding, String ifNoneMatch)
			throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		if (ifNoneMatch != null) {
			request.addHeader("If-None-Match", ifNoneMatch);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cache.doFilter(request, response, this.page);
		return response;
	}

}
