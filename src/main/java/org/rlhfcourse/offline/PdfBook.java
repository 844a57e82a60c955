package org.rlhfcourse.offline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import java.util.Calendar;
import java.util.GregorianCalendar;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.mathmlsupport.MathMLDrawer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.util.DigestUtils;

import org.rlhfcourse.content.ContentPath;
import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.math.KatexAssets;
import org.rlhfcourse.site.Chapter;

/**
 * Lays the whole course out as a printable PDF with openhtmltopdf: a title page, a table
 * of contents with page numbers, each chapter from a new page with its references, math
 * typeset from KaTeX's MathML by JEuclid in KaTeX's own fonts, figures, numbered pages
 * (CSS paged media) and PDF bookmarks. Slow (seconds per chapter), so callers build it
 * once per snapshot, off the request path. Not thread-safe; one document per instance.
 */
final class PdfBook {

	static final String MEDIA_TYPE = "application/pdf";

	/** Book-internal addresses: {@code book:font/NAME} and {@code book:asset/PATH}. */
	private static final String SCHEME = "book";

	private static final String FONT = SCHEME + ":font/";

	private static final String ASSET = SCHEME + ":asset/";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final BookContents book;

	PdfBook(BookContents book) {
		this.book = book;
	}

	byte[] write() {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (MathMLDrawer math = new MathMLDrawer(); BatikSVGDrawer svg = new BatikSVGDrawer()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useProtocolsStreamImplementation(new BookStreams(), SCHEME);
			builder.useMathMLDrawer(math);
			builder.useSVGDrawer(svg);
			String xhtml = xhtml();
			builder.withHtmlContent(xhtml, SCHEME + ":/");
			builder.toStream(pdf);
			builder.run();
			return reproducible(pdf.toByteArray(), xhtml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The same book from the same content is the same file: PDFBox would stamp the time
	 * and a random file identifier, so the dates become the course's last change and the
	 * identifier a digest of the laid-out document (an export is byte for byte what the
	 * server sends, and an unchanged course keeps its entity tag across restarts).
	 */
	private byte[] reproducible(byte[] pdf, String xhtml) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Calendar modified = GregorianCalendar.from(this.book.modified().atZone(ZoneOffset.UTC));
			document.getDocumentInformation().setCreationDate(modified);
			document.getDocumentInformation().setModificationDate(modified);
			byte[] digest = DigestUtils.md5Digest(xhtml.getBytes(StandardCharsets.UTF_8));
			COSArray id = new COSArray();
			id.add(new COSString(digest));
			id.add(new COSString(digest));
			document.getDocument().setDocumentID(id);
			document.getDocument().getTrailer().setItem(COSName.ID, id);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return out.toByteArray();
		}
	}

	/**
	 * The whole book as one XHTML document, ids prefixed by chapter so they stay unique.
	 */
	String xhtml() {
		Document document = ChapterXhtml.xhtmlDocument();
		document.selectFirst("html")
			.attr("xmlns", "http://www.w3.org/1999/xhtml")
			.attr("lang", this.book.site().language());
		Element head = document.head();
		head.appendElement("title").text(this.book.site().title());
		head.appendElement("meta").attr("name", "author").attr("content", this.book.site().author());
		head.appendElement("meta").attr("name", "subject").attr("content", this.book.site().description());
		head.appendElement("style").appendChild(new DataNode(stylesheet()));
		Element bookmarks = head.appendElement("bookmarks");
		Element body = document.body();
		titlePage(body.appendElement("section").addClass("title-page"));
		Element toc = body.appendElement("nav").addClass("toc").id("contents");
		toc.appendElement("h1").text("Contents");
		Element entries = toc.appendElement("ol");
		ChapterXhtml converter = new ChapterXhtml(this.book, new PdfTarget());
		for (Chapter chapter : this.book.chapters()) {
			String id = chapter.slug();
			String label = chapter.isAppendix() ? "Appendix " + chapter.appendix() : String.valueOf(chapter.number());
			Element entry = entries.appendElement("li");
			entry.appendElement("span").addClass("toc-number").text(label);
			entry.appendElement("a").attr("href", "#" + id).text(chapter.title());
			Element mark = bookmarks.appendElement("bookmark")
				.attr("name", (chapter.isAppendix() ? label + ": " : label + ". ") + chapter.title())
				.attr("href", "#" + id);
			chapter.toc()
				.stream()
				.filter((section) -> section.level() == 2)
				.forEach((section) -> mark.appendElement("bookmark")
					.attr("name", section.text())
					.attr("href", "#" + PdfTarget.prefixed(id, section.id())));
			Element section = body.appendElement("section").addClass("chapter").id(id);
			Element header = section.appendElement("header");
			header.appendElement("p").addClass("label").text(BookContents.label(chapter));
			header.appendElement("h1").text(chapter.title());
			if (!chapter.description().isBlank()) {
				header.appendElement("p").addClass("lede").text(chapter.description());
			}
			converter.body(chapter).element().childNodesCopy().forEach(section::appendChild);
		}
		return document.outerHtml();
	}

	private void titlePage(Element page) {
		page.appendElement("h1").text(this.book.site().title());
		if (!this.book.site().tagline().isBlank()) {
			page.appendElement("p").addClass("subtitle").text(this.book.site().tagline());
		}
		page.appendElement("p").addClass("author").text(this.book.site().author());
		page.appendElement("p").addClass("edition").text("Edition of " + DATE.format(this.book.modified()));
		Element licence = page.appendElement("p").addClass("licence");
		licence.appendText("Course text licensed under ");
		licence.appendElement("a").attr("href", BookContents.LICENCE_URL).text(BookContents.LICENCE);
		if (!this.book.site().baseUrl().isBlank()) {
			String url = this.book.site().baseUrl() + "/course";
			licence.appendText(". Read online at ");
			licence.appendElement("a").attr("href", url).text(url);
		}
		licence.appendText(".");
	}

	private static String stylesheet() {
		try (InputStream in = PdfBook.class.getResourceAsStream("print.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("book:font/", FONT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One document: every id is prefixed by its chapter, links point inside it. */
	private static final class PdfTarget implements ChapterXhtml.Target {

		static String prefixed(String slug, String id) {
			return slug + "--" + id;
		}

		@Override
		public String id(String slug, String id) {
			return prefixed(slug, id);
		}

		@Override
		public String chapterLink(String slug, String fragment) {
			return "#" + (fragment.isEmpty() ? slug : prefixed(slug, fragment));
		}

		@Override
		public String image(String path) {
			return ASSET + ContentPath.url(path).substring(ContentPath.URL_PREFIX.length());
		}

		@Override
		public boolean texAnnotations() {
			return false;
		}

	}

	/**
	 * Serves {@code book:} addresses: KaTeX's TrueType fonts from its web jar on the
	 * classpath (so the PDF looks the same on every machine, whatever fonts it has) and
	 * figures from the snapshot. Nothing else can be reached.
	 */
	private final class BookStreams implements FSStreamFactory {

		@Override
		public FSStream getUrl(String url) {
			return new FSStream() {

				@Override
				public InputStream getStream() {
					return open(url);
				}

				@Override
				public Reader getReader() {
					InputStream in = open(url);
					return (in != null) ? new InputStreamReader(in, StandardCharsets.UTF_8) : null;
				}

			};
		}

		private InputStream open(String url) {
			if (url.startsWith(FONT)) {
				String name = url.substring(FONT.length());
				if (name.matches("KaTeX_[A-Za-z0-9-]+\\.ttf")) {
					return PdfBook.class.getClassLoader()
						.getResourceAsStream("META-INF/resources" + KatexAssets.webPath("dist/fonts/" + name));
				}
			}
			if (url.startsWith(ASSET)) {
				SourceFile file = ContentPath.ofUrl(url.substring(ASSET.length()))
					.map(PdfBook.this.book.snapshot().assets()::get)
					.orElse(null);
				if (file != null) {
					return new ByteArrayInputStream(file.bytes());
				}
			}
			return null;
		}

	}

}
