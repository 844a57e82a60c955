package org.rlhfcourse.command;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReferencesTests {

	@Test
	void everyAddressIsFoundWhereItsTextStarts() {
		String html = """
				<!DOCTYPE html><html><head><link rel="stylesheet" href="/css/site.css">
				<script src='/js/site.js' defer></script></head>
				<body><a href=/course/dpo>DPO</a> <a href="https://example.org/x">out</a> <a href="#eq-1">(1)</a>
				<img src="/img/a.png" srcset="/img/a-dark.png 1x, /img/a-dark@2x.png 2x">
				<form action="/search"><input data-search-live="/search.json"></form>
				<a href="/course?a=1&amp;b=2">q</a>
				<style>.x { background: url(/img/b.png) }</style>
				</body></html>""";
		List<Reference> references = HtmlReferences.of(html);
		assertThat(references).extracting(Reference::address)
			.containsExactly("/css/site.css", "/js/site.js", "/course/dpo", "https://example.org/x", "#eq-1",
					"/img/a.png", "/img/a-dark.png", "/img/a-dark@2x.png", "/search", "/search.json", "/course?a=1&b=2",
					"/img/b.png");
		for (Reference reference : references) {
			String written = reference.address().replace("&", "&amp;");
			assertThat(html.substring(reference.offset())).as(reference.address()).startsWith(written);
		}
		assertThat(references).filteredOn(Reference::fetched)
			.extracting(Reference::address)
			.doesNotContain("/search", "/search.json");
	}

	@Test
	void sitePathsAreThoseWithOneLeadingSlash() {
		assertThat(new Reference("/", 0, true).isSitePath()).isTrue();
		assertThat(new Reference("/course", 0, true).isSitePath()).isTrue();
		assertThat(new Reference("//cdn.example.org/a.js", 0, true).isSitePath()).isFalse();
		assertThat(new Reference("fonts/a.woff2", 0, true).isSitePath()).isFalse();
		assertThat(new Reference("https://example.org/", 0, true).isSitePath()).isFalse();
	}

}
