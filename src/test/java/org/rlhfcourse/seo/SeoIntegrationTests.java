package org.rlhfcourse.seo;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.rlhfcourse.SiteHttpClient;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap, robots.txt, llms.txt, the feed and the pages' metadata, over the bundled
 * content: each is served with its type, parses, and names every chapter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.base-url=" + SeoIntegrationTests.BASE_URL)
class SeoIntegrationTests {

	/** Configured as in production; the bundled {@code site.yml} has none. */
	static final String BASE_URL = "https://course.example.org";

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	@LocalServerPort
	private int port;

	@Autowired
	private SiteHolder site;

	private final SiteHttpClient http = SiteHttpClient.localhost(() -> this.port);

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theConfiguredBaseUrlIsInEveryAbsoluteLinkWhateverHostTheRequestNamed() throws Exception {
		assertThat(snapshot().config().baseUrl()).isEqualTo(BASE_URL);
		String chapter = this.http.get("/course/dpo", "X-Forwarded-Host", "evil.example.net").body();
		assertThat(chapter).contains("<link rel=\"canonical\" href=\"" + BASE_URL + "/course/dpo\">")
			.contains("<meta property=\"og:url\" content=\"" + BASE_URL + "/course/dpo\">")
			.contains("url          = {" + BASE_URL + "/course/dpo}");
		assertThat(jsonLd(chapter).path("@graph").get(0).path("url").asString()).isEqualTo(BASE_URL + "/course/dpo");
		String essay = this.http.get("/essay").body();
		assertThat(essay).contains("hreflang=\"ja\" href=\"" + BASE_URL + "/ja/essay\"")
			.contains("hreflang=\"en\" href=\"" + BASE_URL + "/essay\"");
		assertThat(jsonLd(essay).path("url").asString()).isEqualTo(BASE_URL + "/essay");
		assertThat(jsonLd(this.http.get("/profile").body()).path("mainEntityOfPage").asString())
			.isEqualTo(BASE_URL + "/profile");
		assertThat(texts(parse(this.http.get("/sitemap.xml").body()), XmlDocuments.SITEMAP_NS, "loc"))
			.allMatch((loc) -> loc.startsWith(BASE_URL + "/"));
		assertThat(this.http.get("/robots.txt").body()).contains("Sitemap: " + BASE_URL + "/sitemap.xml");
		assertThat(this.http.get("/feed.xml").body()).contains("<id>" + BASE_URL + "/course</id>");
		assertThat(this.http.get("/llms.txt").body()).contains("](" + BASE_URL + "/course/");
		for (String path : List.of("/course/dpo", "/essay", "/sitemap.xml", "/feed.xml", "/llms.txt")) {
			assertThat(this.http.get(path).body()).as(path)
				.doesNotContain("localhost")
				.doesNotContain("evil.example.net");
		}
	}

	@Test
	void sitemapListsEveryPageWithItsLastChangeAndNotSearch() throws Exception {
		HttpResponse<String> response = this.http.get("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).startsWith("application/xml");
		Document xml = parse(response.body());
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(XmlDocuments.SITEMAP_NS);
		List<String> locs = texts(xml, XmlDocuments.SITEMAP_NS, "loc");
		String base = snapshot().config().baseUrl();
		assertThat(locs).contains(base + "/", base + "/course", base + "/profile", base + "/essay", base + "/ja/essay")
			.noneMatch((loc) -> loc.contains("/search"))
			.doesNotHaveDuplicates();
		assertThat(snapshot().decks()).isNotEmpty();
		snapshot().decks().forEach((deck) -> assertThat(locs).contains(base + deck.url()));
		List<String> lastmods = texts(xml, XmlDocuments.SITEMAP_NS, "lastmod");
		for (var deck : snapshot().decks()) {
			assertThat(Instant.parse(lastmods.get(locs.indexOf(base + deck.url()))))
				.isEqualTo(deck.lastModified().truncatedTo(ChronoUnit.SECONDS));
		}
		for (Chapter chapter : snapshot().chapters()) {
			int index = locs.indexOf(base + chapter.url());
			assertThat(index).as(chapter.url()).isNotNegative();
			assertThat(Instant.parse(lastmods.get(index)))
				.isEqualTo(chapter.lastModified().truncatedTo(ChronoUnit.SECONDS));
		}
	}

	@Test
	void robotsAllowsAllAndPointsAtTheSitemap() throws Exception {
		HttpResponse<String> response = this.http.get("/robots.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).startsWith("text/plain");
		assertThat(response.body()).contains("User-agent: *\nAllow: /\n")
			.contains("Sitemap: " + snapshot().config().baseUrl() + "/sitemap.xml");
	}

	@Test
	void llmsTextHasTitleSummaryAndChaptersInCourseOrder() throws Exception {
		HttpResponse<String> response = this.http.get("/llms.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).startsWith("text/plain").contains("UTF-8");
		String text = response.body();
		assertThat(text).startsWith("# " + snapshot().config().title() + "\n\n> ");
		int previous = -1;
		for (Chapter chapter : snapshot().chapters()) {
			String line = "- [" + chapter.listTitle() + "](" + snapshot().config().baseUrl() + chapter.url() + "): "
					+ chapter.description().replaceAll("\\s+", " ").strip() + "\n";
			assertThat(text).contains(line);
			assertThat(text.indexOf(line)).as(chapter.slug() + " in course order").isGreaterThan(previous);
			previous = text.indexOf(line);
		}
		snapshot().decks()
			.forEach((deck) -> assertThat(text).contains(
					"- [" + deck.title() + "](" + snapshot().config().baseUrl() + deck.url() + "): lecture slides"));
		assertThat(text).contains("## Optional\n\n- [The whole course in one file](");
	}

	@Test
	void llmsFullTextHoldsEveryChaptersMarkdown() throws Exception {
		HttpResponse<String> response = this.http.get("/llms-full.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).startsWith("text/plain");
		String text = response.body();
		for (Chapter chapter : snapshot().chapters()) {
			String firstSection = chapter.markdown()
				.lines()
				.filter((line) -> line.startsWith("## "))
				.findFirst()
				.orElseThrow();
			assertThat(text).contains("\n# " + chapter.listTitle() + "\n\n> ").contains(firstSection);
		}
		assertThat(text).doesNotContain("\ntitle: ")
			.doesNotContain("<h2")
			.doesNotContain("](/course/")
			.contains("](" + snapshot().config().baseUrl() + "/course/");
	}

	@Test
	void feedIsAtomWithAnEntryPerChapter() throws Exception {
		HttpResponse<String> response = this.http.get("/feed.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).startsWith("application/atom+xml");
		Document xml = parse(response.body());
		Element feed = xml.getDocumentElement();
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getNamespaceURI()).isEqualTo(XmlDocuments.ATOM_NS);
		NodeList entries = xml.getElementsByTagNameNS(XmlDocuments.ATOM_NS, "entry");
		assertThat(entries.getLength()).isEqualTo(snapshot().chapters().size());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			ids.add(text(entry, "id"));
			assertThat(text(entry, "title")).isNotBlank();
			Instant.parse(text(entry, "updated"));
		}
		String base = snapshot().config().baseUrl();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(
				snapshot().chapters().stream().map((chapter) -> base + chapter.url()).toList());
		assertThat(texts(xml, XmlDocuments.ATOM_NS, "name")).contains(snapshot().config().author());
	}

	@Test
	void coursePageHasCourseJsonLdWithEveryChapterAndACanonicalLink() throws Exception {
		String html = this.http.get("/course").body();
		String base = snapshot().config().baseUrl();
		assertThat(html).contains("<link rel=\"canonical\" href=\"" + base + "/course\">")
			.contains("<meta property=\"og:url\" content=\"" + base + "/course\">")
			.contains("<meta property=\"og:title\" content=\"Course\">")
			.contains("<meta name=\"twitter:card\" content=\"summary\">");
		JsonNode course = jsonLd(html);
		assertThat(course.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(course.path("@type").asString()).isEqualTo("Course");
		List<String> parts = new ArrayList<>();
		course.path("hasPart").forEach((part) -> parts.add(part.path("url").asString()));
		assertThat(parts)
			.containsExactlyElementsOf(snapshot().chapters().stream().map((chapter) -> base + chapter.url()).toList());
	}

	@Test
	void everyChapterHasLearningResourceAndBreadcrumbJsonLd() throws Exception {
		String base = snapshot().config().baseUrl();
		for (Chapter chapter : snapshot().chapters()) {
			String html = this.http.get(chapter.url()).body();
			assertThat(html).contains("<link rel=\"canonical\" href=\"" + base + chapter.url() + "\">")
				.contains("<meta property=\"og:type\" content=\"article\">");
			JsonNode graph = jsonLd(html).path("@graph");
			JsonNode resource = graph.get(0);
			assertThat(resource.path("@type").toString()).contains("LearningResource").contains("Chapter");
			assertThat(resource.path("name").asString()).isEqualTo(chapter.title());
			assertThat(resource.path("isPartOf").path("@type").asString()).isEqualTo("Course");
			assertThat(resource.path("isPartOf").path("@id").asString()).isEqualTo(base + "/course");
			JsonNode crumbs = graph.get(1);
			assertThat(crumbs.path("@type").asString()).isEqualTo("BreadcrumbList");
			List<String> names = new ArrayList<>();
			crumbs.path("itemListElement").forEach((crumb) -> names.add(crumb.path("name").asString()));
			assertThat(names).containsExactly("Home", "Course", chapter.title());
		}
	}

	@Test
	void canonicalLinkIsTheSameHoweverThePathIsSpelled() throws Exception {
		String base = snapshot().config().baseUrl();
		for (String path : List.of("/course/dpo", "/course/%64po", "/course/dpo;x=1", "/course/dpo?utm_source=x")) {
			assertThat(this.http.get(path).body()).as(path)
				.contains("<link rel=\"canonical\" href=\"" + base + "/course/dpo\">");
		}
	}

	@Test
	void searchAndErrorPagesHaveNoCanonicalLink() throws Exception {
		assertThat(this.http.get("/search?q=reward").body()).contains("<meta name=\"robots\" content=\"noindex\">")
			.doesNotContain("rel=\"canonical\"");
		assertThat(this.http.get("/no-such-page").body()).doesNotContain("rel=\"canonical\"");
	}

	private SiteSnapshot snapshot() {
		return this.site.current();
	}

	private JsonNode jsonLd(String html) {
		Matcher matcher = JSON_LD.matcher(html);
		assertThat(matcher.find()).as("a JSON-LD script").isTrue();
		return this.json.readTree(matcher.group(1));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> texts(Document xml, String namespace, String name) {
		NodeList nodes = xml.getElementsByTagNameNS(namespace, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS(XmlDocuments.ATOM_NS, name).item(0).getTextContent();
	}

	private static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

}
