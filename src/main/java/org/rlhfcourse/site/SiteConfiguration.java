package org.rlhfcourse.site;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.code.HighlightJs;
import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.math.FormulaCache;
import org.rlhfcourse.render.math.FormulaStore;
import org.rlhfcourse.render.math.KatexEngine;
import org.rlhfcourse.render.math.MathProperties;

/**
 * Wires the one-way pipeline files → content → render → site into beans. Everything here
 * is built once.
 */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	@Bean(destroyMethod = "close")
	KatexEngine katexEngine(MathProperties properties) {
		return new KatexEngine(properties);
	}

	@Bean
	FormulaStore formulaStore(KatexEngine katex, MathProperties properties) {
		return FormulaStore.open(new FormulaCache(katex.version()),
				properties.diskCache() ? properties.cacheDirectory() : null);
	}

	@Bean
	CachedMathRenderer mathRenderer(KatexEngine katex, FormulaStore formulaStore) {
		return new CachedMathRenderer(katex, formulaStore.cache());
	}

	/**
	 * Highlighted code is kept like typeset formulas; new entries are written when the
	 * application stops.
	 */
	@Bean(destroyMethod = "save")
	FormulaStore codeStore(MathProperties properties) {
		return FormulaStore.open(new FormulaCache("highlightjs", HighlightJs.version(), HighlightJs.BUNDLED_RESOURCE),
				properties.diskCache() ? properties.cacheDirectory() : null);
	}

	@Bean(destroyMethod = "close")
	HighlightJs codeHighlighter(FormulaStore codeStore) {
		return new HighlightJs(1, codeStore.cache());
	}

	@Bean
	MarkdownRenderer markdownRenderer(CachedMathRenderer math, HighlightJs code) {
		return new MarkdownRenderer(math, code);
	}

	@Bean
	SiteBuilder siteBuilder(MarkdownRenderer markdown, SiteProperties properties) {
		return new SiteBuilder(markdown, Clock.systemUTC(), properties.baseUrl(), properties.render().fileTimeout());
	}

	@Bean
	SiteHolder siteHolder(SiteProperties properties, SiteBuilder builder, FormulaStore formulaStore) {
		return new SiteHolder(ContentSource.of(properties.contentDir()), new ContentLoader(), builder, formulaStore);
	}

}
