package org.rlhfcourse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The RLHF course site: Markdown content rendered once into an immutable snapshot and served from memory.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CourseSiteApplication {

	public static void main(String[] args) {
		SpringApplication.run(CourseSiteApplication.class, args);
	}

}
