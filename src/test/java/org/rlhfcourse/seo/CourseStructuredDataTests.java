package org.rlhfcourse.seo;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.site.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;

class CourseStructuredDataTests {

	private final CourseStructuredData data = new CourseStructuredData();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void titlesThatCouldCloseTheScriptElementAreEscapedAndReadBackUnchanged() {
		Chapter chapter = Snapshots.chapter(1, "odd", "Ending </script><script>alert(1)</script> \"quoted\"");
		SiteSnapshot snapshot = Snapshots.withChapters(chapter);
		SiteConfig site = snapshot.config();
		for (String text : List.of(this.data.course(snapshot, site), this.data.chapter(chapter, site))) {
			assertThat(text).doesNotContain("</").contains("<\\/script>");
		}
		JsonNode course = this.json.readTree(this.data.course(snapshot, snapshot.config()));
		assertThat(course.path("hasPart").get(0).path("name").asString()).isEqualTo(chapter.title());
		JsonNode graph = this.json.readTree(this.data.chapter(chapter, snapshot.config())).path("@graph");
		assertThat(graph.get(0).path("name").asString()).isEqualTo(chapter.title());
		assertThat(graph.get(0).path("url").asString()).isEqualTo("https://example.org/course/odd");
		assertThat(graph.get(1).path("itemListElement").get(2).path("item").asString())
			.isEqualTo("https://example.org/course/odd");
	}

	@Test
	void courseListsChaptersInCourseOrderWithPositions() {
		SiteSnapshot snapshot = Snapshots.withChapters(Snapshots.chapter(1, "intro", "Introduction"),
				Snapshots.chapter(2, "dpo", "DPO"));
		JsonNode parts = this.json.readTree(this.data.course(snapshot, snapshot.config())).path("hasPart");
		assertThat(parts.size()).isEqualTo(2);
		assertThat(parts.get(0).path("position").asInt()).isEqualTo(1);
		assertThat(parts.get(1).path("url").asString()).isEqualTo("https://example.org/course/dpo");
	}

	@Test
	void objectsKeepTheirKeysInAFixedOrderSoEveryExportIsTheSame() {
		Chapter chapter = Snapshots.chapter(1, "dpo", "DPO");
		SiteSnapshot snapshot = Snapshots.withChapters(chapter);
		String person = "{\"@type\":\"Person\",\"name\":\"Nathan Lambert\",\"url\":\"https://example.org/profile\"}";
		assertThat(this.data.chapter(chapter, snapshot.config())).contains("\"author\":" + person);
		assertThat(this.data.course(snapshot, snapshot.config())).contains("\"provider\":" + person)
			.contains("\"author\":" + person);
	}

}
