package org.rlhfcourse;

import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.rlhfcourse.command.SiteCommands;

/**
 * The RLHF course site: Markdown content rendered once into an immutable snapshot and
 * served from memory. Run with {@code check} or {@code export} as first argument it
 * checks or exports the site instead of serving it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CourseSiteApplication {

	public static void main(String[] args) {
		OptionalInt command = SiteCommands.run(CourseSiteApplication.class, args, System.out);
		if (command.isPresent()) {
			System.exit(command.getAsInt());
		}
		SpringApplication.run(CourseSiteApplication.class, args);
	}

}
