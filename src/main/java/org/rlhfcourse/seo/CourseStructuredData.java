package org.rlhfcourse.seo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * JSON-LD for the course: a {@code Course} whose {@code hasPart} lists the chapters, and
 * for each chapter a {@code LearningResource}/{@code Chapter} that {@code isPartOf} the
 * course with its breadcrumb trail. Built with Jackson, with {@code </} escaped so the
 * JSON can sit in a {@code <script>} element. Thread-safe.
 */
public final class CourseStructuredData {

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The course page's JSON-LD, with absolute addresses under {@code site}'s base URL.
	 */
	public String course(SiteSnapshot snapshot, SiteConfig site) {
		Map<String, Object> course = new LinkedHashMap<>();
		course.put("@context", "https://schema.org");
		course.putAll(courseReference(site));
		course.put("description", site.description());
		course.put("inLanguage", site.language());
		course.put("provider", person(site));
		course.put("author", person(site));
		List<Object> parts = new ArrayList<>();
		for (Chapter chapter : snapshot.chapters()) {
			Map<String, Object> part = new LinkedHashMap<>();
			part.put("@type", List.of("LearningResource", "Chapter"));
			part.put("position", chapter.number());
			part.put("name", chapter.title());
			part.put("description", chapter.description());
			part.put("url", site.baseUrl() + chapter.url());
			parts.add(part);
		}
		course.put("hasPart", parts);
		return write(course);
	}

	/**
	 * A chapter page's JSON-LD: the chapter and its breadcrumbs Home › Course › Chapter.
	 */
	public String chapter(Chapter chapter, SiteConfig site) {
		String url = site.baseUrl() + chapter.url();
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("@type", List.of("LearningResource", "Chapter"));
		resource.put("@id", url);
		resource.put("name", chapter.title());
		resource.put("headline", chapter.title());
		resource.put("description", chapter.description());
		resource.put("url", url);
		resource.put("position", chapter.number());
		resource.put("inLanguage", "en");
		resource.put("learningResourceType", "chapter");
		resource.put("timeRequired", "PT" + chapter.readingMinutes() + "M");
		resource.put("dateModified", chapter.lastModified().toString());
		resource.put("author", person(site));
		resource.put("isPartOf", courseReference(site));
		Map<String, Object> breadcrumbs = new LinkedHashMap<>();
		breadcrumbs.put("@type", "BreadcrumbList");
		breadcrumbs.put("itemListElement", List.of(crumb(1, "Home", site.baseUrl() + "/"),
				crumb(2, "Course", site.baseUrl() + "/course"), crumb(3, chapter.title(), url)));
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("@context", "https://schema.org");
		graph.put("@graph", List.of(resource, breadcrumbs));
		return write(graph);
	}

	private String write(Object data) {
		return this.json.writeValueAsString(data).replace("</", "<\\/");
	}

	private static Map<String, Object> courseReference(SiteConfig site) {
		Map<String, Object> course = new LinkedHashMap<>();
		course.put("@type", "Course");
		course.put("@id", site.baseUrl() + "/course");
		course.put("name", site.title());
		course.put("url", site.baseUrl() + "/course");
		return course;
	}

	private static Map<String, Object> person(SiteConfig site) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		person.put("name", site.author());
		person.put("url", site.baseUrl() + "/profile");
		return person;
	}

	private static Map<String, Object> crumb(int position, String name, String url) {
		Map<String, Object> crumb = new LinkedHashMap<>();
		crumb.put("@type", "ListItem");
		crumb.put("position", position);
		crumb.put("name", name);
		crumb.put("item", url);
		return crumb;
	}

}
