package org.rlhfcourse.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.rlhfcourse.render.code.CodeCache;
import org.rlhfcourse.render.js.ScriptOutputCache;
import org.rlhfcourse.render.js.ScriptOutputStore;
import org.rlhfcourse.render.math.MathCache;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * {@code prerender FILE}: builds the site as the server would and writes the formulas it
 * typeset to {@code FILE} and the code it highlighted to {@code code.json} beside it. The
 * build runs it over the bundled content to put these inside the jar, so a fresh
 * deployment starts without any script work. Only what this content needed is written,
 * whatever else the caches hold. Complete or nothing: when any file fails (bad content,
 * or a render given up past {@code site.render.file-timeout}) it prints the problems,
 * writes nothing and exits 1, so a build never ships a partial cache.
 */
final class PrerenderCommand {

	private static final String FILE_TIMEOUT = "--site.render.file-timeout";

	private final Class<?> application;

	PrerenderCommand(Class<?> application) {
		this.application = application;
	}

	int run(String[] args, PrintStream out) {
		Optional<String> file = Arrays.stream(args).filter((arg) -> !arg.startsWith("-")).findFirst();
		if (file.isEmpty()) {
			out.println("usage: prerender FILE [--site.content-dir=DIR]");
			return 2;
		}
		long start = System.nanoTime();
		List<String> springArgs = new ArrayList<>(List.of(args));
		if (springArgs.stream().noneMatch((arg) -> arg.startsWith(FILE_TIMEOUT))) {
			// Nothing waits on this build, and a cold script engine on a busy build
			// machine is slow: the limit (CPU time, thirty times that by the clock) is
			// there only to stop a file that never ends.
			springArgs.add(FILE_TIMEOUT + "=10m");
		}
		Recordings recordings = new Recordings();
		try (ConfigurableApplicationContext context = SiteCommands.start(this.application, WebApplicationType.NONE,
				springArgs, (starting) -> starting.getBeanFactory().addBeanPostProcessor(recordings))) {
			SiteSnapshot snapshot = context.getBean(SiteHolder.class).current();
			if (!snapshot.errors().isEmpty()) {
				// A file that failed (bad content, or given up past its limit) would be
				// missing from the jar without a word: the build fails instead.
				snapshot.errors().forEach(out::println);
				out.printf("prerender failed: %d %s, nothing written; the site would start without what %s%n",
						snapshot.errors().size(), (snapshot.errors().size() == 1) ? "error" : "errors",
						(snapshot.errors().size() == 1) ? "that file needs" : "those files need");
				return 1;
			}
			Path formulas = Path.of(file.get());
			recordings.math.save(formulas);
			recordings.code.save(formulas.resolveSibling("code.json"));
			out.printf("prerender: %d formulas and %d code blocks into %s in %d ms%n", recordings.math.size(),
					recordings.code.size(), formulas, (System.nanoTime() - start) / 1_000_000);
			return 0;
		}
		catch (IOException ex) {
			out.println("prerender failed: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Starts recording each script cache as soon as it exists, before the first build.
	 */
	private static final class Recordings implements BeanPostProcessor {

		private ScriptOutputCache.Recording math;

		private ScriptOutputCache.Recording code;

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof ScriptOutputStore<?> store) {
				if (store.cache() instanceof MathCache cache) {
					this.math = cache.record();
				}
				else if (store.cache() instanceof CodeCache cache) {
					this.code = cache.record();
				}
			}
			return bean;
		}

	}

}
