package org.rlhfcourse.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import org.rlhfcourse.render.core.AssetLookup;
import org.rlhfcourse.render.core.Diagnostics;
import org.rlhfcourse.render.cite.BibEntry;
import org.rlhfcourse.render.code.CodeHighlightExtension;
import org.rlhfcourse.render.code.CodeHighlighter;
import org.rlhfcourse.render.cite.Bibliography;
import org.rlhfcourse.render.cite.CitationExtension;
import org.rlhfcourse.render.cite.DocumentReferences;
import org.rlhfcourse.render.math.DisplayMath;
import org.rlhfcourse.render.math.InlineMath;
import org.rlhfcourse.render.math.MathExtension;
import org.rlhfcourse.render.math.MathRenderer;
import org.rlhfcourse.render.pandoc.PandocExtension;

/**
 * The one Markdown pipeline of the site: flexmark with pandoc-like extensions and
 * server-side math. The parser and renderer are built once and shared; {@link #render} is
 * thread-safe.
 */
public final class MarkdownRenderer {

	private final DataHolder options;

	private final Parser parser;

	private final HtmlRenderer renderer;

	/**
	 * @param math typesets formulas
	 * @param highlighter highlights fenced code ({@link CodeHighlighter#NONE} to leave
	 * code plain)
	 */
	public MarkdownRenderer(MathRenderer math, CodeHighlighter highlighter) {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), FootnoteExtension.create(), TypographicExtension.create(),
						AttributesExtension.create(), DefinitionExtension.create(), StrikethroughExtension.create(),
						AnchorLinkExtension.create(), MathExtension.create(), CitationExtension.create(),
						PandocExtension.create(), CodeHighlightExtension.create()));
		options.set(MathExtension.RENDERER, math);
		options.set(CodeHighlightExtension.HIGHLIGHTER, highlighter);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
		options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
		options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
		options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
		options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
		options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
		options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
		options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX,
				"<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section</span>");
		options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
		this.options = options.toImmutable();
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	private MarkdownRenderer(DataHolder options) {
		this.options = options;
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	/**
	 * This pipeline with further extensions, built once by whoever needs them (decks add
	 * their slide structure); the settings are shared.
	 */
	public MarkdownRenderer with(Extension... extensions) {
		MutableDataSet options = new MutableDataSet(this.options);
		List<Extension> all = new ArrayList<>(Parser.EXTENSIONS.get(this.options));
		all.addAll(List.of(extensions));
		options.set(Parser.EXTENSIONS, all);
		return new MarkdownRenderer(options.toImmutable());
	}

	/**
	 * Renders one document that cites nothing and links no files.
	 * @param file the source path, for problem reports
	 * @param markdown the body; line numbers in it are reported as they are
	 */
	public RenderedMarkdown render(String file, String markdown) {
		return render(file, markdown, Bibliography.EMPTY, AssetLookup.NONE);
	}

	/**
	 * Renders part of a slide, which cites and links nothing itself. A slide is a fixed
	 * canvas: its display formulas are scaled to fit instead of scrolling, so they are
	 * not made keyboard-scrollable regions.
	 * @param file the source path, for problem reports
	 * @param markdown the fragment; line numbers in it are reported as they are
	 * @param assets the content files its images may point at, relative to the deck
	 */
	public RenderedMarkdown renderOnSlide(String file, String markdown, AssetLookup assets) {
		return renderOnSlide(file, markdown, 1, assets, (document) -> {
		});
	}

	/**
	 * Renders part of a slide that starts on line {@code firstLine} of its file. Figures
	 * are not numbered (a slide captions them as written); {@code prepare} may rearrange
	 * the parsed document and give the extensions their data before it is rendered.
	 * @param file the source path, for problem reports
	 * @param markdown the fragment
	 * @param firstLine the file line of the fragment's first line
	 * @param assets the content files its images may point at, relative to the deck
	 * @param prepare runs on the parsed document before it is rendered
	 */
	public RenderedMarkdown renderOnSlide(String file, String markdown, int firstLine, AssetLookup assets,
			Consumer<Document> prepare) {
		Document document = this.parser.parse(markdown);
		document.set(PandocExtension.FIGURE_NUMBERS, false);
		prepare.accept(document);
		return render(document, new Diagnostics(file, document, firstLine), Bibliography.EMPTY, assets, false);
	}

	/**
	 * Renders one document; its citations are numbered in order of first use and listed
	 * in a References section at the end.
	 * @param file the source path, for problem reports and to resolve relative links
	 * @param markdown the body; line numbers in it are reported as they are
	 * @param bibliography the entries its citations may use
	 * @param assets the content files its images and links may point at
	 */
	public RenderedMarkdown render(String file, String markdown, Bibliography bibliography, AssetLookup assets) {
		return render(file, markdown, bibliography, assets, true);
	}

	private RenderedMarkdown render(String file, String markdown, Bibliography bibliography, AssetLookup assets,
			boolean scrollingDisplay) {
		Document document = this.parser.parse(markdown);
		return render(document, new Diagnostics(file, document), bibliography, assets, scrollingDisplay);
	}

	private RenderedMarkdown render(Document document, Diagnostics diagnostics, Bibliography bibliography,
			AssetLookup assets, boolean scrollingDisplay) {
		document.set(MathExtension.SCROLLING_DISPLAY, scrollingDisplay);
		document.set(Diagnostics.KEY, diagnostics);
		document.set(AssetLookup.KEY, assets);
		DocumentReferences references = DocumentReferences.collect(document, bibliography,
				PandocExtension.labels(document));
		StringBuilder html = new StringBuilder(this.renderer.render(document));
		List<TocEntry> toc = new ArrayList<>(toc(document));
		List<BibEntry> cited = references.cited();
		if (!cited.isEmpty()) {
			html.append("<section class=\"references\" aria-labelledby=\"references\">\n")
				.append("<h2 id=\"references\">References</h2>\n<ol class=\"bibliography\">\n");
			for (BibEntry entry : cited) {
				html.append("<li id=\"ref-")
					.append(entry.key().replace("\"", "&quot;"))
					.append("\">")
					.append(entry.toHtml())
					.append("</li>\n");
			}
			html.append("</ol>\n</section>\n");
			toc.add(new TocEntry(2, "references", "References"));
		}
		return new RenderedMarkdown(html.toString(), toc, hasMath(document), words(document), diagnostics.problems());
	}

	private static List<TocEntry> toc(Document document) {
		HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
		ids.generateIds(document);
		List<TocEntry> toc = new ArrayList<>();
		TextCollectingVisitor text = new TextCollectingVisitor();
		for (Node node : document.getDescendants()) {
			if (node instanceof Heading heading && (heading.getLevel() == 2 || heading.getLevel() == 3)) {
				toc.add(new TocEntry(heading.getLevel(), heading.getAnchorRefId(),
						text.collectAndGetText(heading).strip()));
			}
		}
		return toc;
	}

	private static boolean hasMath(Document document) {
		for (Node node : document.getDescendants()) {
			if (node instanceof InlineMath || node instanceof DisplayMath) {
				return true;
			}
		}
		return false;
	}

	private static int words(Document document) {
		String text = new TextCollectingVisitor().collectAndGetText(document);
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean letter = !Character.isWhitespace(text.charAt(i));
			if (letter && !inWord) {
				words++;
			}
			inWord = letter;
		}
		return words;
	}

}
