package org.rlhfcourse.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

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
		ScriptRecordings recordings = new ScriptRecordings();
		try (ConfigurableApplicationContext context = SiteCommands.start(this.application, WebApplicationType.NONE,
				withBuildTimeout(args), (starting) -> starting.getBeanFactory().addBeanPostProcessor(recordings))) {
			if (!complete(context.getBean(SiteHolder.class).current(), "prerender", out)) {
				return 1;
			}
			Path formulas = Path.of(file.get());
			recordings.math().save(formulas);
			recordings.code().save(formulas.resolveSibling("code.json"));
			out.printf("prerender: %d formulas and %d code blocks into %s in %d ms%n", recordings.math().size(),
					recordings.code().size(), formulas, (System.nanoTime() - start) / 1_000_000);
			return 0;
		}
		catch (IOException ex) {
			out.println("prerender failed: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * {@code args} with a generous render limit unless they set one: nothing waits on a
	 * build-time render, and a cold script engine on a busy build machine is slow, so the
	 * limit (CPU time, thirty times that by the clock) is there only to stop a file that
	 * never ends.
	 */
	static List<String> withBuildTimeout(String[] args) {
		List<String> all = new ArrayList<>(List.of(args));
		if (all.stream().noneMatch((arg) -> arg.startsWith(FILE_TIMEOUT))) {
			all.add(FILE_TIMEOUT + "=10m");
		}
		return all;
	}

	/**
	 * Whether every file built; if not, prints the errors and why nothing is written. A
	 * file that failed (bad content, or given up past its limit) would otherwise be
	 * missing from what is written without a word.
	 */
	static boolean complete(SiteSnapshot snapshot, String command, PrintStream out) {
		int errors = snapshot.errors().size();
		if (errors == 0) {
			return true;
		}
		snapshot.errors().forEach(out::println);
		out.printf("%s failed: %d %s, nothing written; the site would start without what %s%n", command, errors,
				(errors == 1) ? "error" : "errors", (errors == 1) ? "that file needs" : "those files need");
		return false;
	}

}
