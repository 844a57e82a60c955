package org.rlhfcourse.render.deck;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.CourseOutline;
import org.rlhfcourse.content.FrontMatterParser;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.MarkdownRenderer;
import org.rlhfcourse.render.math.MathRenderer;

/**
 * Small decks for tests, read through the real front matter parser and rendered with a
 * stand-in for KaTeX.
 */
public final class Decks {

	static final Instant MODIFIED = Instant.parse("2026-03-11T12:00:00Z");

	static final String BIB = """
			@article{ouyang2022training,
			  author = {Ouyang, Long and Wu, Jeff and Jiang, Xu},
			  title = {Training language models to follow instructions with human feedback},
			  journal = {NeurIPS},
			  year = {2022},
			  url = {https://arxiv.org/abs/2203.02155}
			}
			@article{bradley1952rank,
			  author = {Bradley, Ralph Allan and Terry, Milton E.},
			  title = {Rank Analysis of Incomplete Block Designs},
			  journal = {Biometrika},
			  year = {1952}
			}
			""";

	private Decks() {
	}

	static MarkdownFile file(String path, String text) {
		return new FrontMatterParser().parse(new SourceFile(path, text.getBytes(StandardCharsets.UTF_8), MODIFIED),
				text, new ArrayList<>());
	}

	static List<SlideSource> parse(String text, List<ContentProblem> problems) {
		return new DeckParser().parse(file("decks/test.md", text), problems);
	}

	static DeckBuilder.Built build(String text) {
		return build(text, Map.of("decks/references.bib", BIB));
	}

	/** A deck built from the given text, for tests of the features that show decks. */
	public static Deck deck(String text, Map<String, String> assets) {
		return build(text, assets).deck();
	}

	static DeckBuilder.Built build(String text, Map<String, String> assets) {
		return build(text, assets, (tex, display) -> "<m>" + tex + "</m>");
	}

	static DeckBuilder.Built build(String text, Map<String, String> assets, MathRenderer math) {
		MarkdownFile deck = file("decks/test.md", text);
		Map<String, SourceFile> files = new LinkedHashMap<>();
		assets.forEach(
				(path, body) -> files.put(path, new SourceFile(path, body.getBytes(StandardCharsets.UTF_8), MODIFIED)));
		Content content = new Content(SiteConfig.DEFAULT, CourseOutline.EMPTY, List.of(), List.of(), List.of(deck),
				files, List.of());
		return new DeckBuilder(new MarkdownRenderer(math, CodeHighlighter.NONE)).build(content, deck);
	}

}
