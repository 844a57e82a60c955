package org.rlhfcourse.site;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.code.CodeCache;
import org.rlhfcourse.render.code.HighlightJs;
import org.rlhfcourse.render.js.FrozenOutputs;
import org.rlhfcourse.render.js.ScriptOutputStore;
import org.rlhfcourse.render.math.CachedMathRenderer;
import org.rlhfcourse.render.math.KatexEngine;
import org.rlhfcourse.render.math.MathCache;
import org.rlhfcourse.render.math.MathProperties;

/**
 * Wires the one-way pipeline files → content → render → site into beans, for the server
 * and for every command alike. Everything here is built once.
 */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	@Bean(destroyMethod = "close")
	KatexEngine katexEngine(MathProperties properties) {
		return new KatexEngine(properties);
	}

	@Bean
	ScriptOutputStore<MathCache> mathStore(KatexEngine katex, MathProperties properties, SiteProperties site) {
		return ScriptOutputStore.openWithFrozen(new MathCache(katex.version(), properties.cacheMemory().toBytes()),
				properties.diskCacheDirectory(), frozen(site));
	}

	@Bean
	ScriptOutputStore<CodeCache> codeStore(MathProperties properties, SiteProperties site) {
		return ScriptOutputStore.openWithFrozen(
				new CodeCache(HighlightJs.version(), properties.cacheMemory().toBytes()),
				properties.diskCacheDirectory(), frozen(site));
	}

	/**
	 * Typeset formulas and highlighted code committed with the content, if it is a
	 * folder.
	 */
	private static Optional<Path> frozen(SiteProperties site) {
		return site.contentFolder().map((folder) -> folder.resolve(FrozenOutputs.FOLDER));
	}

	@Bean
	ScriptOutputSaver scriptOutputSaver(ScriptOutputStore<MathCache> mathStore,
			ScriptOutputStore<CodeCache> codeStore) {
		return new ScriptOutputSaver(List.of(mathStore, codeStore));
	}

	@Bean
	CachedMathRenderer mathRenderer(KatexEngine katex, ScriptOutputStore<MathCache> mathStore) {
		return new CachedMathRenderer(katex, mathStore.cache());
	}

	@Bean(destroyMethod = "close")
	HighlightJs codeHighlighter(ScriptOutputStore<CodeCache> codeStore) {
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
	SiteHolder siteHolder(SiteProperties properties, SiteBuilder builder, ApplicationEventPublisher events) {
		return new SiteHolder(ContentSource.of(properties.contentDir()), new ContentLoader(), builder, events);
	}

}
