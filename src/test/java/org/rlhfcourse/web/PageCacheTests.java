package org.rlhfcourse.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import java.util.ArrayList;
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

	private PageCache cache = new PageCache(this.site, 1 << 20);

	private SiteSnapshot live = Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"));

	private final FilterChain page = (request, response) -> {
		int render = this.renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		((jakarta.servlet.http.HttpServletResponse) response).setHeader("Cache-Control", "max-age=300");
		response.getWriter()
			.write("<html>" + "page ".repeat(200) + this.live.builtAt() + " render " + render + "</html>");
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
		assertThat(
				new String(new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray())).readAllBytes(),
						StandardCharsets.UTF_8))
			.isEqualTo(plain.getContentAsString());
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
	void searchAndErrorsAreNotKept() throws Exception {
		get("/search?q=dpo", null, null);
		get("/search?q=dpo", null, null);
		get("/search.json?q=dpo", null, null);
		get("/ja/search", null, null);
		get("/error", null, null);
		get("/error", null, null);
		assertThat(this.renders).hasValue(6);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void anyOtherQueryGetsThePlainPageAndIsNeverSeenByIt() throws Exception {
		List<String> seen = new ArrayList<>();
		FilterChain page = (request, response) -> {
			seen.add(((jakarta.servlet.http.HttpServletRequest) request).getQueryString() + " "
					+ request.getParameterMap().keySet());
			this.page.doFilter(request, response);
		};
		for (String query : List.of("x=1", "q=dpo", "utm_source=feed&x=%3Cscript%3E", "")) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/course/intro");
			request.setQueryString(query);
			query.lines().flatMap((q) -> List.of(q.split("&")).stream()).forEach((pair) -> {
				String[] nameValue = pair.split("=", 2);
				request.addParameter(nameValue[0], (nameValue.length > 1) ? nameValue[1] : "");
			});
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.cache.doFilter(request, response, page);
			assertThat(response.getContentAsString()).as(query).contains("render 1");
		}
		assertThat(seen).containsExactly("null []");
		assertThat(this.cache.size()).isOne();
	}

	@Test
	void spellingsOfOneAddressShareOneEntry() throws Exception {
		List<String> spellings = new ArrayList<>(List.of("/course/intro", "/course/%69ntro", "/course/intro;v=1",
				"/course/in%74ro;jsessionid=ABC", "/course;x=1/intro", "/%63ourse/intro", "/course/intro;"));
		for (int v = 0; v < 300; v++) {
			spellings.add("/course/intro;v=" + v);
		}
		for (String spelling : spellings) {
			assertThat(get(spelling, null, null).getContentAsString()).as(spelling).contains("render 1");
		}
		assertThat(this.renders).hasValue(1);
		assertThat(this.cache.size()).isOne();
	}

	@Test
	void pathsRoutedElsewhereAreNotMergedWithThePage() {
		assertThat(PageCache.pageKey(new MockHttpServletRequest("GET", "/course/%64po"))).isEqualTo("/course/dpo");
		assertThat(PageCache.pageKey(new MockHttpServletRequest("GET", "/course/dpo;v=1"))).isEqualTo("/course/dpo");
		assertThat(PageCache.pageKey(new MockHttpServletRequest("GET", "/course/a%20b"))).isEqualTo("/course/a%20b");
		assertThat(PageCache.pageKey(new MockHttpServletRequest("GET", "/course/a%2Fb"))).isEqualTo("/course/a%2Fb");
		assertThat(PageCache.pageKey(new MockHttpServletRequest("GET", "/course/dpo/"))).isEqualTo("/course/dpo/");
		assertThat(PageCache.pageKey(new MockHttpServletRequest("GET", "/"))).isEqualTo("/");
	}

	@Test
	void aBrokenEncodingIsPassedOnAndNotKept() throws Exception {
		get("/course/%zz", null, null);
		get("/course/%zz", null, null);
		assertThat(this.renders).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void excludedPathsStayExcludedWhateverTheirSpelling() throws Exception {
		get("/%61ctuator/health", null, null);
		get("/actuator;x=1/health", null, null);
		assertThat(this.renders).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void totalBytesNeverExceedTheBoundAndPagesThatFitAreRenderedOnce() throws Exception {
		get("/one", null, null);
		long pageBytes = this.cache.bytes();
		long bound = pageBytes * 5 / 2;
		this.cache = new PageCache(this.site, bound);
		for (int i = 0; i < 300; i++) {
			get("/page/" + i, null, null);
			assertThat(this.cache.bytes()).isPositive().isLessThanOrEqualTo(bound);
		}
		assertThat(this.cache.size()).isLessThanOrEqualTo(2);
		this.cache = new PageCache(this.site, bound);
		this.renders.set(0);
		for (int i = 0; i < 3; i++) {
			get("/a", null, null);
			get("/b", null, null);
		}
		assertThat(this.renders).as("a and b fit together: rendered once each").hasValue(2);
	}

	@Test
	void aPageLargerThanTheWholeBoundIsServedButNotKept() throws Exception {
		this.cache = new PageCache(this.site, 100);
		assertThat(get("/big", null, null).getContentAsString()).contains("render 1");
		assertThat(get("/big", null, null).getContentAsString()).contains("render 2");
		assertThat(this.cache.size()).isZero();
		assertThat(this.cache.bytes()).isZero();
	}

	private MockHttpServletResponse get(String target, String acceptEncoding, String ifNoneMatch)
			throws ServletException, IOException {
		int query = target.indexOf('?');
		MockHttpServletRequest request = new MockHttpServletRequest("GET",
				(query < 0) ? target : target.substring(0, query));
		if (query >= 0) {
			request.setQueryString(target.substring(query + 1));
		}
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
