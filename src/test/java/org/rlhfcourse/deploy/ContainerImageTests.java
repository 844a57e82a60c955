package org.rlhfcourse.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.rlhfcourse.CourseSiteApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two recipes for the container image, Jib's (in the {@code image} Maven profile,
 * what CI publishes) and the Dockerfile, describe the same image: Temurin 25 JRE, not
 * root, port 8080, the container JVM flags. Building either needs a registry or a Docker
 * daemon, which the test machines do not have; this checks the recipes.
 */
class ContainerImageTests {

	private static final List<String> JVM_FLAGS = List.of("-XX:MaxRAMPercentage=75",
			"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

	@Test
	void jibBuildsTheImageOnlyInItsOwnProfile() throws Exception {
		Document pom = pom();
		Element build = child(pom.getDocumentElement(), "build");
		assertThat(artifactIds(child(build, "plugins"))).as("the default build never needs Jib")
			.doesNotContain("jib-maven-plugin");
		assertThat(artifactIds(child(child(imageProfile(pom), "build"), "plugins"))).contains("jib-maven-plugin");
	}

	@Test
	void jibImageIsANonRootTemurin25JreWithContainerFlagsAndLabels() throws Exception {
		Element jib = jibConfiguration();
		assertThat(text(child(child(jib, "from"), "image"))).isEqualTo("eclipse-temurin:25-jre");
		Element container = child(jib, "container");
		assertThat(text(child(container, "mainClass"))).isEqualTo(CourseSiteApplication.class.getName());
		assertThat(text(child(container, "user"))).matches("[1-9]\\d*:[1-9]\\d*");
		assertThat(texts(child(container, "ports"))).containsExactly("8080");
		assertThat(texts(child(container, "jvmFlags"))).containsExactlyElementsOf(JVM_FLAGS);
		assertThat(texts(child(container, "environment"))).containsExactly("prod");
		Map<String, String> labels = new TreeMap<>();
		NodeList items = child(container, "labels").getChildNodes();
		for (int i = 0; i < items.getLength(); i++) {
			if (items.item(i) instanceof Element label) {
				labels.put(label.getTagName(), label.getTextContent());
			}
		}
		assertThat(labels).containsEntry("org.opencontainers.image.source", "${image.source}")
			.containsEntry("org.opencontainers.image.revision", "${image.revision}")
			.containsEntry("org.opencontainers.image.version", "${image.version}")
			.containsKey("org.opencontainers.image.licenses");
	}

	@Test
	void surefireRunsTestsWithTheFlagsTheImageUses() throws Exception {
		String pom = Files.readString(Path.of("pom.xml"));
		assertThat(pom).contains("<argLine>@{argLine} -XX:+EnableDynamicAgentLoading " + JVM_FLAGS.get(1) + " "
				+ JVM_FLAGS.get(2) + "</argLine>");
	}

	@Test
	void dockerfileBuildsTheSameImage() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
		List<String> from = lines.stream().filter((line) -> line.startsWith("FROM ")).toList();
		assertThat(from).hasSize(2);
		assertThat(from.getLast()).isEqualTo("FROM eclipse-temurin:25-jre");
		assertThat(lines).contains("EXPOSE 8080", "USER 65532:65532", "ENV SPRING_PROFILES_ACTIVE=prod");
		String entrypoint = lines.stream().filter((line) -> line.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
		// The Dockerfile can run the app while building, so it also records and uses the
		// JDK's AOT cache; Jib cannot.
		assertThat(entrypoint).isEqualTo("ENTRYPOINT [\"java\", \"-XX:AOTCache=app.aot\", \""
				+ String.join("\", \"", JVM_FLAGS) + "\", \"-jar\", \"app.jar\"]");
		assertThat(lines).anyMatch((line) -> line.startsWith("RUN java -XX:AOTCacheOutput=app.aot"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("extract --layers"));
		assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("target/");
	}

	static List<String> profileIds() {
		List<String> ids = new ArrayList<>();
		try {
			NodeList profiles = child(pom().getDocumentElement(), "profiles").getElementsByTagName("profile");
			for (int i = 0; i < profiles.getLength(); i++) {
				ids.add(text(child((Element) profiles.item(i), "id")));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return ids;
	}

	private static Element jibConfiguration() throws Exception {
		Element plugins = child(child(imageProfile(pom()), "build"), "plugins");
		for (Element plugin : children(plugins, "plugin")) {
			if (text(child(plugin, "artifactId")).equals("jib-maven-plugin")) {
				return child(plugin, "configuration");
			}
		}
		throw new AssertionError("no jib-maven-plugin");
	}

	private static Element imageProfile(Document pom) {
		for (Element profile : children(child(pom.getDocumentElement(), "profiles"), "profile")) {
			if (text(child(profile, "id")).equals("image")) {
				return profile;
			}
		}
		throw new AssertionError("no image profile");
	}

	private static Document pom() throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
	}

	private static List<String> artifactIds(Element plugins) {
		return children(plugins, "plugin").stream().map((plugin) -> text(child(plugin, "artifactId"))).toList();
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		if (found.isEmpty()) {
			throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
		}
		return found.getFirst();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				found.add(element);
			}
		}
		return found;
	}

	private static List<String> texts(Element parent) {
		List<String> texts = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				texts.add(text(element));
			}
		}
		return texts;
	}

	private static String text(Element element) {
		return element.getTextContent().strip();
	}

}
