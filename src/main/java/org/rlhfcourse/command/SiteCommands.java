package org.rlhfcourse.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The site's command-line verbs besides serving: {@code check}, {@code export},
 * {@code prerender} and {@code freeze}. Each starts the application in the same process
 * with the same configuration the server uses, so what they report or write is what the
 * server would serve.
 */
public final class SiteCommands {

	/**
	 * Settings every command adds: no file watching, and only warnings in the log so the
	 * report stands out.
	 */
	private static final List<String> QUIET = List.of("--site.live-reload.enabled=false",
			"--spring.main.banner-mode=off", "--spring.main.log-startup-info=false", "--logging.level.root=WARN",
			"--logging.level.org.rlhfcourse.site.SiteHolder=OFF");

	private SiteCommands() {
	}

	/**
	 * Runs the command named by the first argument that is not an option
	 * ({@code spring-boot:run} puts its own options first); the other arguments go to the
	 * application as usual.
	 * @return the exit code, or empty when {@code args} names no command (serve the site)
	 */
	public static OptionalInt run(Class<?> application, String[] args, PrintStream out) {
		int at = 0;
		while (at < args.length && args[at].startsWith("-")) {
			at++;
		}
		if (at == args.length) {
			return OptionalInt.empty();
		}
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		String command = rest.remove(at);
		String[] options = rest.toArray(String[]::new);
		return switch (command) {
			case "check" -> OptionalInt.of(new CheckCommand(application).run(options, out));
			case "export" -> OptionalInt.of(new ExportCommand(application).run(options, out));
			case "prerender" -> OptionalInt.of(new PrerenderCommand(application).run(options, out));
			case "freeze" -> OptionalInt.of(new FreezeCommand(application).run(options, out));
			default -> OptionalInt.empty();
		};
	}

	/** Starts {@code application} with {@code args} and the command settings. */
	static ConfigurableApplicationContext start(Class<?> application, WebApplicationType type, List<String> args) {
		return start(application, type, args, (context) -> {
		});
	}

	/**
	 * Starts {@code application} with {@code args} and the command settings, letting
	 * {@code initializer} prepare the context before any bean is made.
	 */
	static ConfigurableApplicationContext start(Class<?> application, WebApplicationType type, List<String> args,
			ApplicationContextInitializer<ConfigurableApplicationContext> initializer) {
		SpringApplication spring = new SpringApplication(application);
		spring.addInitializers(initializer);
		spring.setWebApplicationType(type);
		spring.setRegisterShutdownHook(false);
		List<String> all = new ArrayList<>(args);
		all.addAll(QUIET);
		return spring.run(all.toArray(String[]::new));
	}

}
