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

/**
 * {@code prerender FILE}: builds the site as the server would and writes the formulas it
 * typeset to {@code FILE} and the code it highlighted to {@code code.json} beside it. The
 * build runs it over the bundled content to put these inside the jar, so a fresh
 * deployment starts without any script work. Only what this content needed is written,
 * whatever else the caches hold.
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
			// machine
			// is slow: a file given up here would only be missing from the jar.
			springArgs.add(FILE_TIMEOUT + "=10m");
		}
		Recordings recordings = new Recordings();
		try (ConfigurableApplicationContext context = SiteCommands.start(this.application, WebApplicationType.NONE,
				springArgs, (starting) -> starting.getBeanFactory().addBeanPostProcessor(recordings))) {
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
