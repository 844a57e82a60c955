package org.rlhfcourse.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTests {

	@Test
	void everyInterfaceStringExistsInEnglishAndJapanese() throws IOException {
		Properties english = load("/messages.properties");
		Properties japanese = load("/messages_ja.properties");
		assertThat(english.stringPropertyNames()).isNotEmpty();
		assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		japanese.stringPropertyNames()
			.forEach((key) -> assertThat(japanese.getProperty(key)).as(key)
				.isNotBlank()
				.isNotEqualTo(english.getProperty(key)));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
