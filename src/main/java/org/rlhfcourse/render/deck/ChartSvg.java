package org.rlhfcourse.render.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rlhfcourse.content.ContentProblem;

/**
 * Colloquium's {@code chart} element without a chart library: bar, line and scatter
 * charts as inline SVG, with the numbers in a table for screen readers; pie and doughnut
 * charts as a visible table. Stateless and thread-safe.
 */
final class ChartSvg {

	private static final List<String> PALETTE = List.of("#0f3460", "#e94560", "#4aa691", "#f2a541", "#6c5b7b",
			"#3d84a8");

	private static final int WIDTH = 640;

	private static final int HEIGHT = 360;

	private static final int LEFT = 56;

	private static final int BOTTOM = 40;

	private static final int TOP = 16;

	private static final int RIGHT = 16;

	String render(Map<String, Object> values, String path, int line, List<ContentProblem> problems) {
		String type = SlideElements.string(values.getOrDefault("type", "bar")).toLowerCase(Locale.ROOT);
		if (!List.of("bar", "line", "scatter", "pie", "doughnut").contains(type)) {
			problems.add(ContentProblem.error(path, line,
					"chart type must be bar, line, scatter, pie or doughnut, found '" + type + "'"));
			return SlideElements.error("unknown chart type " + type);
		}
		Map<?, ?> data = (values.get("data") instanceof Map<?, ?> map) ? map : Map.of();
		List<String> labels = new ArrayList<>();
		if (data.get("labels") instanceof List<?> list) {
			list.forEach((label) -> labels.add(String.valueOf(label)));
		}
		List<Series> series = new ArrayList<>();
		if (data.get("datasets") instanceof List<?> sets) {
			for (Object set : sets) {
				if (!(set instanceof Map<?, ?> dataset) || !(dataset.get("data") instanceof List<?> numbers)) {
					continue;
				}
				List<Double> points = new ArrayList<>();
				for (Object number : numbers) {
					try {
						points.add(Double.parseDouble(String.valueOf(number)));
					}
					catch (NumberFormatException ex) {
						problems.add(
								ContentProblem.error(path, line, "chart data must be numbers, found '" + number + "'"));
						points.add(0.0);
					}
				}
				Object label = dataset.get("label");
				Object color = dataset.get("color");
				series.add(new Series((label != null) ? label.toString() : "Series " + (series.size() + 1), points,
						(color != null) ? color.toString() : PALETTE.get(series.size() % PALETTE.size())));
			}
		}
		if (series.isEmpty()) {
			problems
				.add(ContentProblem.error(path, line, "chart needs data.datasets with at least one list of numbers"));
			return SlideElements.error("chart has no data");
		}
		Ticks ticks = Ticks.of(values.get("options"));
		String title = SlideElements.string(values.get("title"));
		StringBuilder html = new StringBuilder("<figure class=\"deck-chart deck-chart--").append(type).append("\">");
		if (!title.isEmpty()) {
			html.append("<figcaption>").append(DeckCitations.escape(title)).append("</figcaption>");
		}
		boolean drawn = !type.equals("pie") && !type.equals("doughnut");
		if (drawn) {
			html.append(svg(type, title, labels, series, ticks));
		}
		html.append(table(categoryHeading(values.get("options")), labels, series, ticks, drawn));
		return html.append("</figure>").toString();
	}

	private static String svg(String type, String title, List<String> labels, List<Series> series, Ticks ticks) {
		double max = series.stream()
			.flatMap((s) -> s.points().stream())
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(1);
		double min = Math.min(0,
				series.stream().flatMap((s) -> s.points().stream()).mapToDouble(Double::doubleValue).min().orElse(0));
		if (max == min) {
			max = min + 1;
		}
		int count = Math.max(labels.size(), series.stream().mapToInt((s) -> s.points().size()).max().orElse(1));
		double plotW = WIDTH - LEFT - RIGHT;
		double plotH = HEIGHT - TOP - BOTTOM;
		double step = plotW / count;
		StringBuilder svg = new StringBuilder(
				"<svg class=\"deck-chart-svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\""
						+ DeckCitations.escape(title.isEmpty() ? type + " chart" : title) + "\" focusable=\"false\">");
		double zeroY = TOP + plotH * (max / (max - min));
		svg.append(line(LEFT, TOP, LEFT, TOP + plotH, "deck-chart-axis"));
		svg.append(line(LEFT, zeroY, LEFT + plotW, zeroY, "deck-chart-axis"));
		for (int i = 0; i <= 4; i++) {
			double value = min + (max - min) * i / 4;
			double y = TOP + plotH - plotH * i / 4;
			if (ticks.grid()) {
				svg.append(line(LEFT, y, LEFT + plotW, y, "deck-chart-grid"));
			}
			if (ticks.display()) {
				svg.append(String.format(Locale.ROOT,
						"<text x=\"%d\" y=\"%.1f\" class=\"deck-chart-tick\" " + "text-anchor=\"end\">%s</text>",
						LEFT - 8, y + 5, DeckCitations.escape(ticks.format(value))));
			}
		}
		for (int i = 0; i < labels.size(); i++) {
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" class=\"deck-chart-label\" " + "text-anchor=\"middle\">%s</text>",
					LEFT + step * (i + 0.5), HEIGHT - 14, DeckCitations.escape(labels.get(i))));
		}
		for (int s = 0; s < series.size(); s++) {
			Series one = series.get(s);
			List<String> points = new ArrayList<>();
			for (int i = 0; i < one.points().size(); i++) {
				double value = one.points().get(i);
				double x = LEFT + step * (i + 0.5);
				double y = TOP + plotH * ((max - value) / (max - min));
				if (type.equals("bar")) {
					double width = step * 0.8 / series.size();
					double x0 = LEFT + step * i + step * 0.1 + width * s;
					svg.append(String.format(Locale.ROOT,
							"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" " + "fill=\"%s\"/>", x0,
							Math.min(y, zeroY), width, Math.abs(zeroY - y), attr(one.color())));
				}
				else {
					points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
					svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>", x, y,
							attr(one.color())));
				}
			}
			if (type.equals("line")) {
				svg.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
					.append(attr(one.color()))
					.append("\" points=\"")
					.append(String.join(" ", points))
					.append("\"/>");
			}
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * The heading of the table's label column: the x axis title where the chart names one
	 * (Chart.js {@code options.scales.x.title.text}), else "Category", so that screen
	 * readers never meet an empty header cell.
	 */
	private static String categoryHeading(Object options) {
		Object text = Ticks.nested(options, "scales", "x", "title").get("text");
		return (text != null && !text.toString().isBlank()) ? text.toString().strip() : "Category";
	}

	private static String table(String heading, List<String> labels, List<Series> series, Ticks ticks, boolean hidden) {
		StringBuilder html = new StringBuilder("<table class=\"deck-chart-table")
			.append(hidden ? " visually-hidden" : "")
			.append("\"><thead><tr><th scope=\"col\">")
			.append(DeckCitations.escape(heading))
			.append("</th>");
		for (Series one : series) {
			html.append("<th scope=\"col\">").append(DeckCitations.escape(one.label())).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		int rows = series.stream().mapToInt((s) -> s.points().size()).max().orElse(0);
		for (int i = 0; i < rows; i++) {
			html.append("<tr><th scope=\"row\">")
				.append(DeckCitations.escape(i < labels.size() ? labels.get(i) : String.valueOf(i + 1)))
				.append("</th>");
			for (Series one : series) {
				html.append("<td>")
					.append(i < one.points().size() ? DeckCitations.escape(ticks.format(one.points().get(i))) : "")
					.append("</td>");
			}
			html.append("</tr>");
		}
		return html.append("</tbody></table>").toString();
	}

	private static String line(double x1, double y1, double x2, double y2, String cssClass) {
		return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>", x1,
				y1, x2, y2, cssClass);
	}

	private static String attr(String color) {
		return color.matches("#[0-9A-Fa-f]{3,8}|[a-zA-Z]+") ? color : "currentColor";
	}

	private record Series(String label, List<Double> points, String color) {

	}

	/**
	 * The y axis options colloquium turns into Chart.js settings: tick display, prefix,
	 * suffix and grid.
	 */
	private record Ticks(boolean display, String prefix, String suffix, boolean grid) {

		static Ticks of(Object options) {
			Map<?, ?> y = nested(options, "scales", "y");
			Map<?, ?> ticks = nested(y, "ticks");
			Map<?, ?> grid = nested(y, "grid");
			return new Ticks(!"false".equals(String.valueOf(ticks.get("display"))),
					(ticks.get("prefix") != null) ? ticks.get("prefix").toString() : "",
					(ticks.get("suffix") != null) ? ticks.get("suffix").toString() : "",
					!"false".equals(String.valueOf(grid.get("display"))));
		}

		String format(double value) {
			String number = (value == Math.rint(value)) ? String.valueOf((long) value)
					: String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
			return this.prefix + number + this.suffix;
		}

		private static Map<?, ?> nested(Object value, String... keys) {
			Object current = value;
			for (String key : keys) {
				if (!(current instanceof Map<?, ?> map)) {
					return Map.of();
				}
				current = map.get(key);
			}
			return (current instanceof Map<?, ?> map) ? map : Map.of();
		}

	}

}
