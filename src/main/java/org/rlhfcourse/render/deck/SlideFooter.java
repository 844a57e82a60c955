package org.rlhfcourse.render.deck;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colloquium's footer: three zones, {n}/{N} substitution, "auto" counters and logos.
 *
 * @param zones the zones as the front matter gives them
 * @param total how many slides the deck has, References slides included
 * @param logos the served address of each zone value that names a logo file, by value
 */
record SlideFooter(DeckSettings.Footer zones, int total, Map<String, String> logos) {

	static SlideFooter of(DeckSettings.Footer zones, int total, DeckAssets assets, int line) {
		Map<String, String> logos = new HashMap<>();
		for (String value : List.of(zones.left(), zones.center(), zones.right())) {
			if (isLogo(value) && !logos.containsKey(value)) {
				String url = assets.logo(value, line);
				logos.put(value, (url != null) ? url : "");
			}
		}
		return new SlideFooter(zones, total, logos);
	}

	/**
	 * Colloquium takes a zone ending in an image extension as a logo; addresses are
	 * refused by the settings.
	 */
	private static boolean isLogo(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.matches(".*\\.(png|jpe?g|gif|svg|webp)$") && !lower.matches("https?://.*");
	}

	String html(int number) {
		String left = this.zones.left();
		String center = this.zones.center();
		String right = this.zones.right();
		boolean counter = List.of(left, center, right)
			.stream()
			.anyMatch((zone) -> zone.equals("auto") || zone.contains("{n}") || zone.contains("{N}"));
		if (!counter) {
			if (center.isEmpty()) {
				center = "auto";
			}
			else if (right.isEmpty()) {
				right = "auto";
			}
			else if (left.isEmpty()) {
				left = "auto";
			}
		}
		return "<footer class=\"slide-footer\"><span class=\"slide-footer-left\">" + zone(left, number)
				+ "</span><span class=\"slide-footer-center\">" + zone(center, number)
				+ "</span><span class=\"slide-footer-right\">" + zone(right, number) + "</span></footer>";
	}

	private String zone(String value, int number) {
		if (value.equals("auto")) {
			return "<span class=\"slide-counter\">" + number + " / " + this.total + "</span>";
		}
		if (value.contains("{n}") || value.contains("{N}")) {
			return "<span class=\"slide-counter\">" + DeckCitations.escape(value)
				.replace("{n}", String.valueOf(number))
				.replace("{N}", String.valueOf(this.total)) + "</span>";
		}
		if (isLogo(value)) {
			String url = this.logos.getOrDefault(value, "");
			return url.isEmpty() ? ""
					: "<img class=\"slide-footer-logo\" alt=\"\" src=\"" + DeckCitations.escape(url) + "\">";
		}
		return DeckCitations.escape(value);
	}

}
