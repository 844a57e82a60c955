package org.rlhfcourse.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Page;

/**
 * JSON-LD for standalone pages, built from their front matter: a {@code Person} for the
 * profile, a {@code BlogPosting} about the essay. Built with Jackson, with {@code </}
 * escaped so the JSON can sit in a {@code <script>} element.
 */
final class StructuredData {

	private final JsonMapper json = JsonMapper.builder().build();

	/** The JSON-LD of {@code page}, or an empty string when its layout has none. */
	String of(Page page, SiteConfig site) {
		Map<String, Object> data = switch (page.layout()) {
			case "profile" -> person(page, site);
			case "essay" -> article(page, site);
			default -> Map.of();
		};
		return data.isEmpty() ? "" : this.json.writeValueAsString(data).replace("</", "<\\/");
	}

	private static Map<String, Object> person(Page page, SiteConfig site) {
		Map<String, Object> person = page.frontMatter().map("person");
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Person");
		data.put("name", person.getOrDefault("name", page.title()));
		putIfPresent(data, "jobTitle", person.get("jobTitle"));
		if (person.get("affiliation") != null) {
			data.put("affiliation", typed("Organization", "name", person.get("affiliation")));
		}
		if (person.get("alumniOf") instanceof List<?> schools) {
			data.put("alumniOf",
					schools.stream()
						.map((school) -> typed("CollegeOrUniversity", "name", String.valueOf(school)))
						.toList());
		}
		putIfPresent(data, "sameAs", person.get("sameAs"));
		putIfPresent(data, "knowsAbout", person.get("knowsAbout"));
		putIfPresent(data, "url", person.get("url"));
		data.put("description", page.description());
		data.put("mainEntityOfPage", site.baseUrl() + page.path());
		return data;
	}

	private static Map<String, Object> article(Page page, SiteConfig site) {
		Map<String, Object> article = page.frontMatter().map("article");
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "BlogPosting");
		data.put("headline", page.title());
		data.put("description", page.description());
		data.put("inLanguage", page.lang());
		data.put("author", typed("Person", "name", article.getOrDefault("author", site.author()), "url",
				site.baseUrl() + "/profile"));
		data.put("url", site.baseUrl() + page.path());
		putIfPresent(data, "datePublished", article.get("datePublished"));
		data.put("dateModified", page.lastModified().toString());
		Object original = article.get("isBasedOn");
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("@type", "BlogPosting");
		about.put("headline", article.getOrDefault("headline", page.title()));
		about.put("author", typed("Person", "name", article.getOrDefault("author", site.author())));
		if (original != null) {
			about.put("url", original);
			data.put("isBasedOn", original);
		}
		data.put("about", about);
		return data;
	}

	private static void putIfPresent(Map<String, Object> data, String key, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			data.put(key, value);
		}
	}

	/**
	 * A schema.org object with its keys in the order given, so the JSON is the same on
	 * every run ({@code Map.of} iterates in no fixed order).
	 */
	private static Map<String, Object> typed(String type, Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("@type", type);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
