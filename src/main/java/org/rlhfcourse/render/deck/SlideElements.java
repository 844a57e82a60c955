package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.rlhfcourse.content.ContentProblem;

/**
 * Colloquium's fenced elements: {@code box}, {@code conversation}, {@code chart} and
 * {@code builtwith}, each a YAML block turned into HTML on the server. A block that
 * cannot be read becomes a problem at its line and a visible error box on the slide.
 * Thread-safe.
 */
final class SlideElements {

	static final List<String> NAMES = List.of("box", "conversation", "chart", "builtwith");

	private static final Pattern ONE_LINE_VALUE = Pattern
		.compile("(?m)^(title|tone|align|size|compact):\\s*(.+?)\\s*$");

	private final YAMLMapper yaml = YAMLMapper.builder().build();

	private final ChartSvg charts = new ChartSvg();

	/**
	 * Renders Markdown found inside an element; {@code line} is the file line it starts
	 * on.
	 */
	interface Markdown {

		String render(String markdown, int line, boolean inline);

	}

	/**
	 * The HTML of one element.
	 * @param line the file line of the opening fence
	 */
	String render(String name, String yamlText, String path, int line, Markdown markdown,
			List<ContentProblem> problems) {
		Map<String, Object> values = read(name, yamlText, path, line, problems);
		if (values == null) {
			return error(name + " block could not be read");
		}
		return switch (name) {
			case "box" -> box(values, yamlText, path, line, markdown, problems);
			case "conversation" -> conversation(values, yamlText, path, line, markdown, problems);
			case "chart" -> this.charts.render(values, path, line, problems);
			case "builtwith" -> builtWith(values);
			default -> throw new IllegalArgumentException(name);
		};
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> read(String name, String text, String path, int line, List<ContentProblem> problems) {
		try {
			Object value = this.yaml.readValue(text.isBlank() ? "{}" : text, Object.class);
			if (value instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
			problems.add(ContentProblem.error(path, line, name + " block must be a YAML mapping of keys to values"));
			return null;
		}
		catch (JacksonException ex) {
			if (name.equals("box")) {
				// Colloquium quotes one-line values and tries again, so "title: Foo: bar"
				// works.
				String quoted = ONE_LINE_VALUE.matcher(text)
					.replaceAll((m) -> Matcher.quoteReplacement(
							m.group(1) + ": \"" + m.group(2).replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
				try {
					Object value = this.yaml.readValue(quoted, Object.class);
					if (value instanceof Map<?, ?> map) {
						return (Map<String, Object>) map;
					}
				}
				catch (JacksonException retry) {
					// fall through to the report of the original error
				}
			}
			int at = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
					? line + ex.getLocation().getLineNr() : line;
			String message = ex.getOriginalMessage();
			problems.add(ContentProblem.error(path, at, name + " block is not valid YAML: "
					+ ((message == null) ? "unreadable" : message.lines().findFirst().orElse(""))));
			return null;
		}
	}

	private String box(Map<String, Object> values, String text, String path, int line, Markdown markdown,
			List<ContentProblem> problems) {
		String title = string(values.get("title"));
		String content = string(values.get("content"));
		if (title.isEmpty() && content.isEmpty()) {
			problems.add(ContentProblem.error(path, line, "box needs a title or content"));
			return error("box needs a title or content");
		}
		String tone = string(values.getOrDefault("tone", "accent"));
		if (!List.of("accent", "muted", "surface").contains(tone)) {
			problems.add(ContentProblem.error(path, line,
					"box tone must be accent, muted or surface, found '" + tone + "'"));
			tone = "accent";
		}
		StringBuilder classes = new StringBuilder("deck-box deck-box--" + tone);
		String align = string(values.get("align"));
		if (!align.isEmpty()) {
			classes.append(" deck-box--align-").append(align.replaceAll("[^a-z]", ""));
		}
		if (Boolean.parseBoolean(string(values.get("compact")))) {
			classes.append(" deck-box--compact");
		}
		StringBuilder html = new StringBuilder("<div class=\"").append(classes)
			.append('"')
			.append(fontSize(values, path, line, problems))
			.append('>');
		if (!title.isEmpty()) {
			html.append("<div class=\"deck-box-title\">")
				.append(markdown.render(title, line + keyLine(text, "title"), true))
				.append("</div>");
		}
		if (!content.isEmpty()) {
			html.append("<div class=\"deck-box-content\">")
				.append(markdown.render(content, line + keyLine(text, "content") + 1, false))
				.append("</div>");
		}
		return html.append("</div>").toString();
	}

	private String conversation(Map<String, Object> values, String text, String path, int line, Markdown markdown,
			List<ContentProblem> problems) {
		if (!(values.get("messages") instanceof List<?> messages) || messages.isEmpty()) {
			problems.add(ContentProblem.error(path, line, "conversation needs a non-empty 'messages' list"));
			return error("conversation needs messages");
		}
		List<String> system = new ArrayList<>();
		List<String> others = new ArrayList<>();
		int contentLine = line + keyLine(text, "messages");
		for (Object item : messages) {
			if (!(item instanceof Map<?, ?> message)) {
				problems.add(ContentProblem.error(path, line, "each conversation message needs a role and content"));
				continue;
			}
			String role = string(message.get("role")).toLowerCase(Locale.ROOT);
			if (!List.of("system", "user", "assistant").contains(role)) {
				problems.add(ContentProblem.error(path, line,
						"conversation role must be system, user or assistant, " + "found '" + role + "'"));
				continue;
			}
			String label = Character.toUpperCase(role.charAt(0)) + role.substring(1);
			String model = string(message.get("model"));
			String html = "<div class=\"deck-message deck-message--" + role + "\"><div class=\"deck-message-role\">"
					+ DeckCitations.escape(label)
					+ (model.isEmpty() ? ""
							: " <span class=\"deck-message-model\">(" + DeckCitations.escape(model) + ")</span>")
					+ "</div><div class=\"deck-message-content\">"
					+ markdown.render(string(message.get("content")), contentLine, false) + "</div></div>";
			(role.equals("system") ? system : others).add(html);
		}
		StringBuilder html = new StringBuilder("<div class=\"deck-conversation\"")
			.append(fontSize(values, path, line, problems))
			.append('>');
		system.forEach(html::append);
		others.forEach(html::append);
		return html.append("</div>").toString();
	}

	private static String builtWith(Map<String, Object> values) {
		String label = string(values.getOrDefault("label", "Built with"));
		String repo = string(values.getOrDefault("repo", "natolambert/colloquium"));
		String url = string(values.getOrDefault("url", "https://github.com/" + repo));
		return "<p class=\"deck-builtwith\"><span class=\"deck-builtwith-label\">" + DeckCitations.escape(label)
				+ "</span> <a href=\"" + DeckCitations.escape(url) + "\">" + DeckCitations.escape(repo) + "</a></p>";
	}

	private static String fontSize(Map<String, Object> values, String path, int line, List<ContentProblem> problems) {
		Object size = values.get("size");
		if (size == null) {
			return "";
		}
		try {
			double em = Double.parseDouble(size.toString());
			if (em > 0) {
				return " style=\"font-size: " + em + "em\"";
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(ContentProblem.error(path, line,
				"size must be a positive number (an em factor), found '" + size + "'"));
		return "";
	}

	private static int keyLine(String text, String key) {
		Matcher matcher = Pattern.compile("(?m)^\\s*-?\\s*" + Pattern.quote(key) + "\\s*:").matcher(text);
		return matcher.find() ? LineIndex.lineAt(text, matcher.start()) : 1;
	}

	static String string(Object value) {
		return (value == null) ? "" : value.toString().strip();
	}

	static String error(String message) {
		return "<p class=\"deck-element-error\" role=\"alert\">" + DeckCitations.escape(message) + "</p>";
	}

}
