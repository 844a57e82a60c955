package org.rlhfcourse.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.XmlDeclaration;

import org.rlhfcourse.site.Chapter;

/**
 * Writes the course as an EPUB 3 book: a title page, the navigation document, one XHTML
 * file per chapter with its references, MathML for math, the figures the chapters use and
 * a small stylesheet for e-readers. The same snapshot gives the same bytes (fixed entry
 * times, an identifier derived from the site's address), so a rebuild of unchanged
 * content is the same download.
 */
final class EpubBook {

	static final String MEDIA_TYPE = "application/epub+zip";

	private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");

	private static final long ENTRY_TIME = 315532800000L;

	private static final DateTimeFormatter MODIFIED = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final BookContents book;

	EpubBook(BookContents book) {
		this.book = book;
	}

	byte[] write() {
		EpubTarget target = new EpubTarget();
		ChapterXhtml converter = new ChapterXhtml(this.book, target);
		Map<String, byte[]> files = new LinkedHashMap<>();
		Set<String> mathFiles = new LinkedHashSet<>();
		Set<String> images = new LinkedHashSet<>();
		files.put("title.xhtml", page("Title page", titlePage()));
		for (Chapter chapter : this.book.chapters()) {
			ChapterXhtml.Body body = converter.body(chapter);
			images.addAll(body.images());
			String file = file(chapter.slug());
			if (body.hasMath()) {
				mathFiles.add(file);
			}
			files.put(file, page(chapter.listTitle(), chapterSection(chapter, body.element())));
		}
		files.put("nav.xhtml", page("Contents", navigation()));
		files.put("css/book.css", stylesheet());
		for (String image : images) {
			files.put(target.image(image), this.book.snapshot().assets().get(image).bytes());
		}
		files.put("package.opf", packageDocument(files.keySet(), mathFiles).getBytes(StandardCharsets.UTF_8));
		return zip(files);
	}

	private Element titlePage() {
		Element section = new Element("section").attr("epub:type", "titlepage").addClass("title-page");
		section.appendElement("h1").text(this.book.site().title());
		if (!this.book.site().tagline().isBlank()) {
			section.appendElement("p").addClass("subtitle").text(this.book.site().tagline());
		}
		section.appendElement("p").addClass("author").text(this.book.site().author());
		Element licence = section.appendElement("p").addClass("licence");
		licence.appendText("Course text licensed under ");
		licence.appendElement("a").attr("href", BookContents.LICENCE_URL).text(BookContents.LICENCE);
		licence.appendText(".");
		if (!this.book.site().baseUrl().isBlank()) {
			Element online = section.appendElement("p").addClass("online");
			online.appendText("Read online at ");
			String url = this.book.site().baseUrl() + "/course";
			online.appendElement("a").attr("href", url).text(url);
		}
		section.appendElement("p")
			.addClass("edition")
			.text("Edition of " + MODIFIED.format(this.book.modified()).substring(0, 10) + ".");
		return section;
	}

	private static Element chapterSection(Chapter chapter, Element body) {
		Element section = new Element("section").attr("epub:type", chapter.isAppendix() ? "appendix" : "chapter")
			.attr("role", chapter.isAppendix() ? "doc-appendix" : "doc-chapter");
		Element header = section.appendElement("header");
		header.appendElement("p").addClass("label").text(BookContents.label(chapter));
		header.appendElement("h1").text(chapter.title());
		if (!chapter.description().isBlank()) {
			header.appendElement("p").addClass("lede").text(chapter.description());
		}
		body.childNodesCopy().forEach(section::appendChild);
		return section;
	}

	private Element[] navigation() {
		Element nav = new Element("nav").attr("epub:type", "toc").attr("role", "doc-toc").id("toc");
		nav.appendElement("h1").text("Contents");
		Element list = nav.appendElement("ol");
		for (Chapter chapter : this.book.chapters()) {
			Element item = list.appendElement("li");
			String prefix = chapter.isAppendix() ? "Appendix " + chapter.appendix() + ". " : chapter.number() + ". ";
			item.appendElement("a").attr("href", file(chapter.slug())).text(prefix + chapter.title());
			if (!chapter.toc().isEmpty()) {
				Element sections = item.appendElement("ol");
				chapter.toc()
					.stream()
					.filter((entry) -> entry.level() == 2)
					.forEach((entry) -> sections.appendElement("li")
						.appendElement("a")
						.attr("href", file(chapter.slug()) + "#" + entry.id())
						.text(entry.text()));
				if (sections.childrenSize() == 0) {
					sections.remove();
				}
			}
		}
		Element landmarks = new Element("nav").attr("epub:type", "landmarks").attr("hidden", "hidden");
		landmarks.appendElement("h2").text("Landmarks");
		Element marks = landmarks.appendElement("ol");
		marks.appendElement("li")
			.appendElement("a")
			.attr("epub:type", "toc")
			.attr("href", "nav.xhtml#toc")
			.text("Contents");
		if (!this.book.chapters().isEmpty()) {
			marks.appendElement("li")
				.appendElement("a")
				.attr("epub:type", "bodymatter")
				.attr("href", file(this.book.chapters().getFirst().slug()))
				.text("Start of the course");
		}
		return new Element[] { nav, landmarks };
	}

	/** A complete XHTML file whose body holds {@code content}. */
	private byte[] page(String title, Element... content) {
		Document document = ChapterXhtml.xhtmlDocument();
		String language = this.book.site().language();
		document.prependChild(new DocumentType("html", "", ""));
		XmlDeclaration declaration = new XmlDeclaration("xml", false);
		declaration.attr("version", "1.0").attr("encoding", "UTF-8");
		document.prependChild(declaration);
		document.selectFirst("html")
			.attr("xmlns", "http://www.w3.org/1999/xhtml")
			.attr("xmlns:epub", "http://www.idpf.org/2007/ops")
			.attr("lang", language)
			.attr("xml:lang", language);
		Element head = document.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("title").text(title);
		head.appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", "css/book.css");
		for (Element element : content) {
			document.body().appendChild(element);
		}
		return document.outerHtml().getBytes(StandardCharsets.UTF_8);
	}

	private String packageDocument(Set<String> files, Set<String> mathFiles) {
		Document opf = ChapterXhtml.xhtmlDocument();
		opf.empty();
		XmlDeclaration declaration = new XmlDeclaration("xml", false);
		declaration.attr("version", "1.0").attr("encoding", "UTF-8");
		opf.appendChild(declaration);
		Element pkg = opf.appendElement("package")
			.attr("xmlns", "http://www.idpf.org/2007/opf")
			.attr("version", "3.0")
			.attr("unique-identifier", "book-id")
			.attr("xml:lang", this.book.site().language());
		Element metadata = pkg.appendElement("metadata").attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
		metadata.appendElement("dc:identifier").id("book-id").text(identifier());
		metadata.appendElement("dc:title").text(this.book.site().title());
		if (!this.book.site().author().isBlank()) {
			metadata.appendElement("dc:creator").id("author").text(this.book.site().author());
		}
		metadata.appendElement("dc:language").text(this.book.site().language());
		if (!this.book.site().description().isBlank()) {
			metadata.appendElement("dc:description").text(this.book.site().description());
		}
		metadata.appendElement("dc:rights")
			.text("Licensed under " + BookContents.LICENCE + " (" + BookContents.LICENCE_URL + ")");
		metadata.appendElement("meta")
			.attr("property", "dcterms:modified")
			.text(MODIFIED.format(this.book.modified().truncatedTo(ChronoUnit.SECONDS)));
		metadata.appendElement("link").attr("rel", "dcterms:license").attr("href", BookContents.LICENCE_URL);
		Element manifest = pkg.appendElement("manifest");
		Element spine = pkg.appendElement("spine");
		int n = 0;
		for (String file : files) {
			String id = "item-" + (++n);
			Element item = manifest.appendElement("item").id(id).attr("href", file).attr("media-type", mediaType(file));
			if (file.equals("nav.xhtml")) {
				item.attr("properties", "nav");
			}
			else if (mathFiles.contains(file)) {
				item.attr("properties", "mathml");
			}
			if (file.endsWith(".xhtml")) {
				Element itemref = spine.appendElement("itemref").attr("idref", id);
				if (file.equals("nav.xhtml")) {
					itemref.attr("linear", "no");
				}
			}
		}
		return opf.outerHtml();
	}

	/**
	 * A stable {@code urn:uuid:} for this course: the same for every edition served from
	 * the same address, so readers' apps see a new edition of one book.
	 */
	private String identifier() {
		String name = this.book.site().baseUrl() + "/course|" + this.book.site().title();
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	private static String mediaType(String file) {
		if (file.endsWith(".xhtml")) {
			return "application/xhtml+xml";
		}
		if (file.endsWith(".css")) {
			return "text/css";
		}
		return IMAGE_TYPES.getOrDefault(extension(file), "application/octet-stream");
	}

	private static String extension(String path) {
		return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}

	static String file(String slug) {
		return slug + ".xhtml";
	}

	private static byte[] stylesheet() {
		try (InputStream in = EpubBook.class.getResourceAsStream("book.css")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			first.setTime(ENTRY_TIME);
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.closeEntry();
			put(zip, "META-INF/container.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
					  <rootfiles>
					    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
					  </rootfiles>
					</container>
					""".getBytes(StandardCharsets.UTF_8));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				put(zip, "EPUB/" + file.getKey(), file.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] body) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(ENTRY_TIME);
		zip.putNextEntry(entry);
		zip.write(body);
		zip.closeEntry();
	}

	/**
	 * Chapters are files side by side; images are under {@code images/}, numbered in the
	 * order the book first shows them (content file names may hold spaces or letters that
	 * older readers mishandle).
	 */
	private static final class EpubTarget implements ChapterXhtml.Target {

		private final Map<String, String> images = new LinkedHashMap<>();

		@Override
		public String id(String slug, String id) {
			return id;
		}

		@Override
		public String chapterLink(String slug, String fragment) {
			return file(slug) + (fragment.isEmpty() ? "" : "#" + fragment);
		}

		@Override
		public String image(String path) {
			return this.images.computeIfAbsent(path,
					(key) -> "images/figure-" + (this.images.size() + 1) + "." + extension(key));
		}

		@Override
		public boolean texAnnotations() {
			return true;
		}

	}

}
