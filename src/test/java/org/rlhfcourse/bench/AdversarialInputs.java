package org.rlhfcourse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.ContentLoader;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.DirectoryContentSource;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.search.SiteSearch;
import org.rlhfcourse.site.SiteBuilder;
import org.rlhfcourse.site.SiteHolder;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * Times what {@code check} and the first search do with one adversarial 100 KB file: a
 * content folder holding it as a chapter and as a deck is loaded and built (as
 * {@code check} does), then searched once (which builds the index). Each step gets at
 * most {@code limit} seconds; slower steps print as "&gt; limit". Math is stood in for by
 * its TeX, so no KaTeX work is timed. Run by bench/adversarial.sh; never a unit test.
 */
public final class AdversarialInputs {

	private static final int SIZE = 100_000;

	private AdversarialInputs() {
	}

	/**
	 * {@code --names} lists the inputs; {@code LIMIT [NAME]} measures every input, or
	 * only the one named.
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> inputs = inputs();
		if (args.length > 0 && args[0].equals("--names")) {
			inputs.keySet().forEach(System.out::println);
			return;
		}
		int limit = (args.length > 0) ? Integer.parseInt(args[0]) : 60;
		String only = (args.length > 1) ? args[1] : "";
		System.out.printf(Locale.ROOT, "%-26s %12s %12s  %s%n", "input (100 KB)", "check ms", "search ms", "problems");
		measure("warm-up", inputs.get("plain prose"), limit);
		for (Map.Entry<String, String> input : inputs.entrySet()) {
			if (only.isEmpty() || input.getKey().equals(only)) {
				System.out.println(measure(input.getKey(), input.getValue(), limit));
			}
		}
		System.exit(0);
	}

	/**
	 * One line of the table: the times of {@code check} and of the first search over
	 * {@code body}.
	 */
	private static String measure(String name, String body, int limit) throws Exception {
		Path root = Files.createTempDirectory("adversarial");
		Files.createDirectories(root.resolve("chapters"));
		Files.createDirectories(root.resolve("decks"));
		Files.writeString(root.resolve("chapters/01-case.md"), "---\ntitle: Case\n---\n" + body);
		Files.writeString(root.resolve("decks/case.md"), "---\ntitle: Case\n---\n# Case\n\n" + body);
		SiteBuilder builder = new SiteBuilder(new MarkdownRenderer((tex, display) -> tex, CodeHighlighter.NONE),
				Clock.systemUTC(), "", Duration.ofSeconds(limit));
		long start = System.nanoTime();
		SiteSnapshot snapshot = builder.build(new ContentLoader().load(new DirectoryContentSource(root)));
		long check = (System.nanoTime() - start) / 1_000_000;
		String checkText = snapshot.problems().stream().anyMatch((p) -> p.message().startsWith("render took"))
				? "> " + limit * 1000 : String.valueOf(check);
		String search = timeSearch(root, builder, limit);
		return String.format(Locale.ROOT, "%-26s %12s %12s  %s", name, checkText, search,
				snapshot.problems().stream().filter(ContentProblem::isError).count() + " errors");
	}

	private static String timeSearch(Path root, SiteBuilder builder, int limit) throws Exception {
		SiteHolder holder = new SiteHolder(new DirectoryContentSource(root), new ContentLoader(), builder, (event) -> {
		});
		SiteSearch search = new SiteSearch(holder);
		long start = System.nanoTime();
		CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> search.search("case", 8));
		try {
			running.get(limit, TimeUnit.SECONDS);
			return String.valueOf((System.nanoTime() - start) / 1_000_000);
		}
		catch (TimeoutException ex) {
			return "> " + limit * 1000;
		}
	}

	/**
	 * Inputs that make a backtracking or rescanning parser do quadratic work, each about
	 * 100 KB.
	 */
	static Map<String, String> inputs() throws IOException {
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("plain prose", "The reward model scores each answer. ".repeat(SIZE / 37));
		inputs.put("< run", "<".repeat(SIZE));
		inputs.put("<a unclosed in HTML", "<div\n" + "<a".repeat(SIZE / 2));
		inputs.put("<!-- unclosed", "<!--".repeat(SIZE / 4));
		inputs.put("[@ run", "[@".repeat(SIZE / 2));
		inputs.put("[@a long spaces]", "[@a" + " ".repeat(SIZE) + "b]");
		inputs.put("[a] then one @", "[a] ".repeat(SIZE / 4) + "@x");
		inputs.put("$1 run", "$1 ".repeat(SIZE / 3));
		inputs.put("$ run", "$".repeat(SIZE));
		inputs.put("\\( unclosed", "\\(a ".repeat(SIZE / 4));
		inputs.put("directive unclosed", "<!-- layout: ".repeat(SIZE / 13));
		inputs.put("directive long spaces", "<!-- layout: a" + " ".repeat(SIZE) + "x -->\n");
		inputs.put("step in long spaces", "```\n" + " ".repeat(SIZE) + "\n```\n");
		inputs.put("many slides", "a\n\n---\n\n".repeat(SIZE / 8));
		inputs.put("many directives", "<!-- class: a -->\n".repeat(SIZE / 18));
		inputs.put("> nested 10,000", "> ".repeat(10_000) + "deep\n");
		return inputs;
	}

}
