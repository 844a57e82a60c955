package org.rlhfcourse.command;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * {@code check}: loads and renders the whole site without a web server and prints every
 * problem in the form {@code path:line:column: error|warning: message}, then a one-line
 * summary. Exit code 1 on any error.
 */
final class CheckCommand {

	private final Class<?> application;

	CheckCommand(Class<?> application) {
		this.application = application;
	}

	int run(String[] args, PrintStream out) {
		try (ConfigurableApplicationContext context = SiteCommands.start(this.application, WebApplicationType.NONE,
				List.of(args))) {
			SiteSnapshot snapshot = context.getBean(SiteHolder.class).current();
			return report(snapshot, out);
		}
	}

	/** Prints the problems and the summary; the exit code. */
	static int report(SiteSnapshot snapshot, PrintStream out) {
		snapshot.problems().forEach(out::println);
		int errors = snapshot.errors().size();
		int warnings = snapshot.problems().size() - errors;
		out.printf("%s: %d chapters, %d pages checked; %d %s, %d %s%n", (errors > 0) ? "FAILED" : "OK",
				snapshot.chapters().size(), snapshot.pages().size(), errors, (errors == 1) ? "error" : "errors",
				warnings, (warnings == 1) ? "warning" : "warnings");
		return (errors > 0) ? 1 : 0;
	}

}
