package org.rlhfcourse.content;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the content bundled in the application jar (or in {@code target/classes} when run
 * from an IDE).
 */
final class ClasspathContentSource implements ContentSource {

	static final String PREFIX = "classpath:";

	private final String folder;

	ClasspathContentSource(String folder) {
		this.folder = folder.replaceAll("^/+|/+$", "");
	}

	@Override
	public Listing read() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				ClasspathContentSource.class.getClassLoader());
		Resource base = resolver.getResource(PREFIX + this.folder + "/");
		if (!base.exists()) {
			throw new IOException("Bundled content not found on the classpath: " + this.folder);
		}
		String baseUrl = base.getURL().toString();
		List<SourceFile> files = new ArrayList<>();
		for (Resource resource : resolver.getResources(PREFIX + this.folder + "/**/*")) {
			if (!resource.isReadable()) {
				continue;
			}
			String url = resource.getURL().toString();
			if (!url.startsWith(baseUrl) || url.endsWith("/")) {
				continue;
			}
			String relative = url.substring(baseUrl.length());
			try (InputStream in = resource.getInputStream()) {
				long modified = resource.lastModified();
				files.add(new SourceFile(relative, in.readAllBytes(), Instant.ofEpochMilli(Math.max(modified, 0))));
			}
		}
		files.sort(Comparator.comparing(SourceFile::path));
		return new Listing(files, List.of());
	}

	@Override
	public String describe() {
		return PREFIX + this.folder;
	}

}
