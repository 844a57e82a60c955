package org.rlhfcourse.render.deck;

import java.util.List;
import java.util.Map;

import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.FrontMatter;
import org.rlhfcourse.content.MarkdownFile;

/**
 * The deck-wide settings of a colloquium deck's front matter. Keys colloquium does not
 * know are ignored, as colloquium ignores them; values of the wrong shape are reported
 * and replaced by colloquium's defaults.
 *
 * @param title the deck title (HTML title and listings; colloquium never renders it onto
 * a slide)
 * @param author the author
 * @param date the date as written
 * @param bibliography the {@code .bib} file, relative to the deck, empty for none
 * @param footer the three footer zones
 * @param aspectRatio {@code 16:9} or {@code 4:3}
 * @param theme the theme name; only {@code default} exists here
 * @param headingFont the heading font family, empty for the theme's
 * @param bodyFont the body font family, empty for the theme's
 * @param customCss colloquium's inline CSS for the deck, or a {@code .css} path relative
 * to it, empty for none
 * @param figureCaptions whether standalone images get numbered captions
 * @param chapter the slug of the course chapter the deck belongs to, empty for none
 */
public record DeckSettings(String title, String author, String date, String bibliography, Footer footer,
		String aspectRatio, String theme, String headingFont, String bodyFont, String customCss, boolean figureCaptions,
		String chapter) {

	/** The canvas width in logical pixels; the height is always 720. */
	public int width() {
		return this.aspectRatio.equals("4:3") ? 960 : 1280;
	}

	public int height() {
		return 720;
	}

	/**
	 * CSS custom properties naming the deck's fonts, empty when it uses the theme's.
	 * Colloquium imports them from Google Fonts; pages here load nothing from other
	 * hosts, so the names apply only where the fonts are installed.
	 */
	public String fontStyle() {
		StringBuilder style = new StringBuilder();
		if (!this.headingFont.isEmpty()) {
			style.append("--deck-heading-font: \"")
				.append(this.headingFont.replaceAll("[\"\\\\;{}<>]", ""))
				.append("\", var(--deck-font));");
		}
		if (!this.bodyFont.isEmpty()) {
			style.append("--deck-body-font: \"")
				.append(this.bodyFont.replaceAll("[\"\\\\;{}<>]", ""))
				.append("\", var(--deck-font));");
		}
		return style.toString();
	}

	static DeckSettings of(MarkdownFile file, List<ContentProblem> problems) {
		FrontMatter front = file.frontMatter();
		Reader reader = new Reader(file, problems);
		checkSeparators(file, front.values(), problems);
		String aspect = reader.text("aspect_ratio", "16:9");
		if (!aspect.equals("16:9") && !aspect.equals("4:3")) {
			problems.add(ContentProblem.error(file.path(), front.lineOf("aspect_ratio"),
					"aspect_ratio must be \"16:9\" or \"4:3\", found '" + aspect + "'"));
			aspect = "16:9";
		}
		String theme = reader.text("theme", "default");
		if (!theme.equals("default")) {
			problems.add(ContentProblem.warning(file.path(), front.lineOf("theme"),
					"theme '" + theme + "' does not exist here; the default theme is used (as colloquium falls back)"));
		}
		Map<String, Object> fonts = reader.map("fonts");
		if (!fonts.isEmpty()) {
			problems.add(ContentProblem.warning(file.path(), front.lineOf("fonts"), "fonts are not downloaded (pages "
					+ "load nothing from other hosts): the named fonts show only where they are installed"));
		}
		Map<String, Object> footer = reader.map("footer");
		footer.forEach((zone, value) -> {
			if (String.valueOf(value).matches("(?i)https?://.*")) {
				problems.add(ContentProblem.error(file.path(), front.lineOf("footer"), "footer " + zone
						+ " is an address "
						+ "on another host; pages load nothing from other hosts, so put the logo in content/ and name "
						+ "it by a path relative to the deck"));
			}
		});
		boolean captions = Boolean
			.parseBoolean(String.valueOf(front.values().getOrDefault("figure_captions", "false")));
		return new DeckSettings(reader.text("title", "Untitled"), reader.text("author", ""), reader.text("date", ""),
				reader.text("bibliography", ""), Footer.of(footer), aspect, "default",
				String.valueOf(fonts.getOrDefault("heading", "")), String.valueOf(fonts.getOrDefault("body", "")),
				reader.text("custom_css", ""), captions, reader.text("chapter", ""));
	}

	/**
	 * Colloquium ends front matter at the first "---" anywhere, so a value holding one
	 * would lose the whole header.
	 */
	private static void checkSeparators(MarkdownFile file, Map<String, Object> values, List<ContentProblem> problems) {
		values.forEach((key, value) -> {
			if (String.valueOf(value).contains("---")) {
				problems.add(ContentProblem.error(file.path(), file.frontMatter().lineOf(key), "front matter value of '"
						+ key + "' contains '---', where colloquium ends the front matter; write it differently"));
			}
		});
	}

	/**
	 * The footer's left, centre and right zones as written ({@code {n}}, {@code {N}},
	 * {@code auto} or text).
	 *
	 * @param left left zone
	 * @param center centre zone
	 * @param right right zone
	 */
	public record Footer(String left, String center, String right) {

		static Footer of(Map<String, Object> values) {
			if (values.isEmpty()) {
				return new Footer("", "", "auto");
			}
			return new Footer(zone(values, "left"), zone(values, "center"), zone(values, "right"));
		}

		private static String zone(Map<String, Object> values, String key) {
			Object value = values.get(key);
			return (value != null) ? value.toString() : "";
		}

	}

	private record Reader(MarkdownFile file, List<ContentProblem> problems) {

		String text(String key, String fallback) {
			try {
				return this.file.frontMatter().string(key).orElse(fallback);
			}
			catch (FrontMatter.InvalidFrontMatterException ex) {
				this.problems
					.add(ContentProblem.error(this.file.path(), this.file.frontMatter().lineOf(key), ex.getMessage()));
				return fallback;
			}
		}

		Map<String, Object> map(String key) {
			try {
				return this.file.frontMatter().map(key);
			}
			catch (FrontMatter.InvalidFrontMatterException ex) {
				this.problems
					.add(ContentProblem.error(this.file.path(), this.file.frontMatter().lineOf(key), ex.getMessage()));
				return Map.of();
			}
		}

	}

}
