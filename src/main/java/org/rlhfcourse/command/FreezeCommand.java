package org.rlhfcourse.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.rlhfcourse.render.js.FrozenOutputs;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteProperties;

/**
 * {@code freeze}: builds the site as the server would and makes the content folder's
 * {@code .freeze} hold exactly the formulas and code blocks it typeset, so that a fresh
 * clone or a CI run of that content starts without script work. Commit the folder with
 * the content; run it again after changing formulas (entries no longer used are deleted).
 * Complete or nothing, as {@code prerender}: any failed file and nothing is written.
 */
final class FreezeCommand {

	private final Class<?> application;

	FreezeCommand(Class<?> application) {
		this.application = application;
	}

	int run(String[] args, PrintStream out) {
		long start = System.nanoTime();
		ScriptRecordings recordings = new ScriptRecordings();
		try (ConfigurableApplicationContext context = SiteCommands.start(this.application, WebApplicationType.NONE,
				PrerenderCommand.withBuildTimeout(args),
				(starting) -> starting.getBeanFactory().addBeanPostProcessor(recordings))) {
			Optional<Path> content = context.getBean(SiteProperties.class).contentFolder();
			if (content.isEmpty()) {
				out.println("freeze: the content is the copy inside the jar; give the folder to freeze with "
						+ "--site.content-dir=DIR");
				return 2;
			}
			if (!PrerenderCommand.complete(context.getBean(SiteHolder.class).current(), "freeze", out)) {
				return 1;
			}
			Path root = content.get().resolve(FrozenOutputs.FOLDER);
			FrozenOutputs.Changes math = recordings.math().freeze(root);
			FrozenOutputs.Changes code = recordings.code().freeze(root);
			out.printf("freeze: %d formulas and %d code blocks in %s (%d files written, %d removed) in %d ms%n",
					recordings.math().size(), recordings.code().size(), root, math.written() + code.written(),
					math.deleted() + code.deleted(), (System.nanoTime() - start) / 1_000_000);
			return 0;
		}
		catch (IOException ex) {
			out.println("freeze failed: " + ex.getMessage());
			return 1;
		}
	}

}
