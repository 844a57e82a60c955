package org.rlhfcourse.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the content folder into {@link Content}: sorts files by role, splits front
 * matter, and reports every problem with its file and line instead of stopping at the
 * first. Thread-safe.
 */
public final class ContentLoader {

	public static final String SITE_FILE = "site.yml";

	public static final String COURSE_FILE = "course.yml";

	private static final Pattern CHAPTER_NAME = Pattern.compile("chapters/(\\d{1,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");

	/**
	 * {@code appendix-a-slug.md} or {@code appendix-01-slug.md}: ordered by the letter or
	 * number, lettered A, B, …
	 */
	private static final Pattern APPENDIX_NAME = Pattern
		.compile("chapters/appendix-([a-z]|\\d{1,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");

	private final FrontMatterParser frontMatter = new FrontMatterParser();

	private final YAMLMapper yaml = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Loads everything {@code source} holds.
	 * @throws IOException if the content folder itself cannot be read
	 */
	public Content load(ContentSource source) throws IOException {
		ContentSource.Listing listing = source.read();
		List<ContentProblem> problems = new ArrayList<>(listing.problems());
		SiteConfig site = SiteConfig.DEFAULT;
		CourseOutline outline = CourseOutline.EMPTY;
		List<Content.ChapterFile> chapters = new ArrayList<>();
		List<Appendix> appendices = new ArrayList<>();
		List<MarkdownFile> pages = new ArrayList<>();
		List<MarkdownFile> decks = new ArrayList<>();
		Map<String, SourceFile> assets = new LinkedHashMap<>();
		boolean sawSite = false;
		for (SourceFile file : listing.files()) {
			String path = file.path();
			if (path.equals(SITE_FILE)) {
				sawSite = true;
				site = readYaml(file, SiteConfig.class, SiteConfig.DEFAULT, problems);
			}
			else if (path.equals(COURSE_FILE)) {
				outline = readYaml(file, CourseOutline.class, CourseOutline.EMPTY, problems);
			}
			else if (path.endsWith(".md")) {
				MarkdownFile markdown = readMarkdownSafely(file, problems);
				if (markdown == null) {
					continue;
				}
				Matcher appendix = APPENDIX_NAME.matcher(path);
				if (appendix.matches()) {
					appendices.add(new Appendix(appendix.group(1), appendix.group(2), markdown));
				}
				else if (path.startsWith("chapters/")) {
					addChapter(markdown, chapters, problems);
				}
				else if (path.startsWith("decks/")) {
					String skipped = DeckFiles.notADeck(markdown);
					if (skipped.isEmpty()) {
						decks.add(markdown);
					}
					else {
						problems.add(ContentProblem.warning(path, 1, skipped));
					}
				}
				else if (path.startsWith("pages/")) {
					pages.add(markdown);
				}
				else {
					problems.add(ContentProblem.warning(path, 0,
							"Markdown outside chapters/, decks/ and pages/ is not published"));
				}
			}
			else {
				assets.put(path, file);
			}
		}
		if (!sawSite) {
			problems.add(ContentProblem.warning(SITE_FILE, 0, "no site.yml; using default site settings"));
		}
		chapters.sort(Comparator.comparingInt(Content.ChapterFile::number).thenComparing(Content.ChapterFile::slug));
		chapters.addAll(Appendix.sorted(appendices));
		checkDuplicateChapters(chapters, problems);
		Appendix.letter(chapters);
		problems.sort(ContentProblem.ORDER);
		return new Content(site, outline, chapters, pages, decks, assets, problems);
	}

	/**
	 * Reads one Markdown file; whatever its bytes do to the YAML parser (deep nesting
	 * overflowing the stack included), the result is at worst one problem and the file
	 * left out, never a failed load.
	 */
	private MarkdownFile readMarkdownSafely(SourceFile file, List<ContentProblem> problems) {
		List<ContentProblem> found = new ArrayList<>();
		try {
			MarkdownFile markdown = readMarkdown(file, found);
			problems.addAll(found);
			return markdown;
		}
		catch (RuntimeException | StackOverflowError ex) {
			String message = (ex instanceof StackOverflowError || ex.getMessage() == null)
					? ex.getClass().getSimpleName() : ex.getMessage().strip().lines().findFirst().orElse("");
			problems.add(ContentProblem.error(file.path(), 1, "internal: " + message));
			return null;
		}
	}

	private MarkdownFile readMarkdown(SourceFile file, List<ContentProblem> problems) {
		String text;
		try {
			text = file.text();
		}
		catch (CharacterCodingException ex) {
			problems.add(ContentProblem.error(file.path(), 0, "file is not valid UTF-8; save it as UTF-8"));
			return null;
		}
		if (text.isBlank()) {
			problems.add(ContentProblem.error(file.path(), 0, "file is empty"));
			return null;
		}
		return this.frontMatter.parse(file, text.replace("\r\n", "\n"), problems);
	}

	private static void addChapter(MarkdownFile markdown, List<Content.ChapterFile> chapters,
			List<ContentProblem> problems) {
		Matcher name = CHAPTER_NAME.matcher(markdown.path());
		if (!name.matches()) {
			problems.add(ContentProblem.error(markdown.path(), 0,
					"chapter files are named NN-slug.md (for example 04-reward-modeling.md), appendices "
							+ "appendix-a-slug.md, directly in chapters/"));
			return;
		}
		chapters.add(new Content.ChapterFile(Integer.parseInt(name.group(1)), name.group(2), markdown, ""));
	}

	/**
	 * An appendix file before it is lettered: its order key is the letter or number after
	 * {@code appendix-}.
	 */
	private record Appendix(String order, String slug, MarkdownFile file) {

		/**
		 * Appendices in file-name order, to follow the chapters; lettered once duplicates
		 * are dropped.
		 */
		static List<Content.ChapterFile> sorted(List<Appendix> appendices) {
			return appendices.stream()
				.sorted(Comparator
					.comparing((Appendix appendix) -> appendix.order().chars().allMatch(Character::isDigit))
					.thenComparingInt(Appendix::rank)
					.thenComparing(Appendix::slug))
				.map((appendix) -> new Content.ChapterFile(0, appendix.slug(), appendix.file(), "?"))
				.toList();
		}

		/**
		 * Letters the appendices among {@code chapters} A, B, … and numbers them 1, 2, …
		 * in order.
		 */
		static void letter(List<Content.ChapterFile> chapters) {
			int count = 0;
			for (int i = 0; i < chapters.size(); i++) {
				Content.ChapterFile file = chapters.get(i);
				if (!file.appendix().isEmpty()) {
					chapters.set(i, new Content.ChapterFile(count + 1, file.slug(), file.file(), letter(count)));
					count++;
				}
			}
		}

		private int rank() {
			return Character.isDigit(this.order.charAt(0)) ? Integer.parseInt(this.order) : this.order.charAt(0);
		}

		/** A, B, … Z, then AA, AB, … as spreadsheet columns go. */
		private static String letter(int index) {
			return ((index >= 26) ? letter(index / 26 - 1) : "") + (char) ('A' + index % 26);
		}

	}

	private static void checkDuplicateChapters(List<Content.ChapterFile> chapters, List<ContentProblem> problems) {
		Map<String, Content.ChapterFile> seen = new HashMap<>();
		chapters.removeIf((chapter) -> {
			Content.ChapterFile first = seen.putIfAbsent(chapter.slug(), chapter);
			if (first != null) {
				problems.add(ContentProblem.error(chapter.file().path(), 0, "chapter slug '" + chapter.slug()
						+ "' is already used by " + first.file().path() + "; rename one of them"));
				return true;
			}
			return false;
		});
	}

	private <T> T readYaml(SourceFile file, Class<T> type, T fallback, List<ContentProblem> problems) {
		try {
			T value = this.yaml.readValue(file.text(), type);
			return (value != null) ? value : fallback;
		}
		catch (CharacterCodingException ex) {
			problems.add(ContentProblem.error(file.path(), 0, "file is not valid UTF-8; save it as UTF-8"));
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 0) : 0;
			String message = ex.getOriginalMessage();
			int newline = (message != null) ? message.indexOf('\n') : -1;
			problems.add(ContentProblem.error(file.path(), line,
					"not valid: " + ((newline > 0) ? message.substring(0, newline) : message)));
		}
		return fallback;
	}

}
