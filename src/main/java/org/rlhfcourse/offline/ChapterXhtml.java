package org.rlhfcourse.offline;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import org.rlhfcourse.content.ContentPath;
import org.rlhfcourse.site.Chapter;

/**
 * Turns a chapter's rendered HTML into the body of a book page with jsoup: math becomes
 * KaTeX's MathML alone (its HTML rendering needs the site's CSS and fonts), citation
 * pop-ups and heading anchors go, links and images are pointed where the book keeps them.
 * Serialised as XML, the result is well-formed XHTML whatever the input was.
 */
final class ChapterXhtml {

	private static final String COURSE = "/course/";

	private static final Set<String> GLYPHS = Set.of("mglyph", "malignmark");

	private final BookContents book;

	private final Target target;

	ChapterXhtml(BookContents book, Target target) {
		this.book = book;
		this.target = target;
	}

	/**
	 * Where a kind of book keeps chapters, anchors and images: files in an EPUB, one
	 * document in a PDF.
	 */
	interface Target {

		/** The id {@code id} of {@code chapter} gets in the book. */
		String id(String slug, String id);

		/** A link to {@code fragment} (empty for the top) of the chapter {@code slug}. */
		String chapterLink(String slug, String fragment);

		/** Where the content file {@code path} is found from a chapter. */
		String image(String path);

		/** Whether MathML keeps its TeX source as an annotation. */
		boolean texAnnotations();

	}

	/** A body ready for serialising, and the content files its images use. */
	record Body(Element element, Set<String> images, boolean hasMath) {

	}

	/** A jsoup document whose serialisation is XHTML: XML syntax, XML entities only. */
	static Document xhtmlDocument() {
		Document document = Document.createShell("");
		document.outputSettings()
			.syntax(Document.OutputSettings.Syntax.xml)
			.escapeMode(Entities.EscapeMode.xhtml)
			.charset("UTF-8")
			.prettyPrint(false);
		return document;
	}

	Body body(Chapter chapter) {
		Element body = Jsoup.parseBodyFragment(chapter.html()).body();
		body.select(".katex-html, .cite-card, a.anchor, script, style, picture > source").remove();
		boolean hasMath = false;
		for (Element katex : body.select(".katex-display, .katex")) {
			if (katex.parent() == null) {
				continue;
			}
			Element math = katex.selectFirst("math");
			if (math != null) {
				katex.replaceWith(math);
				hasMath = true;
			}
			else {
				katex.unwrap();
			}
		}
		if (!this.target.texAnnotations()) {
			body.select("annotation, annotation-xml").remove();
			body.select("semantics").forEach(Element::unwrap);
		}
		repairTokenElements(body);
		body.select("picture").forEach(Element::unwrap);
		for (Element cell : body.select("td[align], th[align]")) {
			String align = cell.attr("align");
			cell.removeAttr("align").attr("style", "text-align: " + align + ";" + cell.attr("style"));
		}
		body.select("[tabindex]").removeAttr("tabindex");
		body.select("img").removeAttr("loading").removeAttr("decoding").removeAttr("srcset");
		Set<String> images = new LinkedHashSet<>();
		for (Element image : body.select("img[src]")) {
			String src = image.attr("src");
			if (src.startsWith(ContentPath.URL_PREFIX)) {
				ContentPath.ofUrl(src.substring(ContentPath.URL_PREFIX.length()))
					.filter((path) -> this.book.snapshot().assets().containsKey(path))
					.ifPresentOrElse((path) -> {
						images.add(path);
						image.attr("src", this.target.image(path));
					}, image::remove);
			}
		}
		for (Element element : body.select("[id]")) {
			element.attr("id", this.target.id(chapter.slug(), element.id()));
		}
		for (Element element : body.select("[aria-labelledby]")) {
			element.attr("aria-labelledby", this.target.id(chapter.slug(), element.attr("aria-labelledby")));
		}
		body.select("a[href]").forEach((link) -> relink(chapter, link));
		return new Body(body, images, hasMath);
	}

	/**
	 * MathML token elements ({@code mi}, {@code mo}, ...) hold text only, but KaTeX wraps
	 * some constructs ({@code \overset{iid}{\sim}}) in an {@code mo} around a
	 * {@code mover}; unwrapping such tokens keeps the layout and makes the MathML valid.
	 */
	private static void repairTokenElements(Element body) {
		for (Element token : body.select("mi, mo, mn, mtext, ms")) {
			if (token.parent() != null
					&& token.children().stream().anyMatch((child) -> !GLYPHS.contains(child.tagName()))) {
				token.unwrap();
			}
		}
	}

	private void relink(Chapter chapter, Element link) {
		String href = link.attr("href");
		if (href.startsWith("#")) {
			link.attr("href", this.target.chapterLink(chapter.slug(), href.substring(1)));
			return;
		}
		if (!href.startsWith("/") || href.startsWith("//")) {
			return;
		}
		int hash = href.indexOf('#');
		String path = (hash >= 0) ? href.substring(0, hash) : href;
		String fragment = (hash >= 0) ? href.substring(hash + 1) : "";
		if (path.startsWith(COURSE) && this.book.hasChapter(path.substring(COURSE.length()))) {
			link.attr("href", this.target.chapterLink(path.substring(COURSE.length()), fragment));
		}
		else if (!this.book.site().baseUrl().isBlank()) {
			link.attr("href", this.book.site().baseUrl() + href);
		}
		else {
			link.unwrap();
		}
	}

}
