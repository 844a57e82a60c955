package org.rlhfcourse.seo;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.rlhfcourse.content.SiteConfig;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteSnapshot;

/**
 * The site's XML documents, the sitemap and the Atom feed, written with the JDK's StAX
 * writer so every text is escaped by the writer, never by hand. Thread-safe.
 */
final class XmlDocuments {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

	/**
	 * The sitemap of every page, with absolute addresses and the day-and-time each last
	 * changed.
	 */
	String sitemap(SiteSnapshot snapshot, String base) {
		return write((xml) -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(SITEMAP_NS);
			for (SiteUrls.Entry entry : SiteUrls.of(snapshot)) {
				xml.writeStartElement("url");
				element(xml, "loc", base + entry.path());
				element(xml, "lastmod", entry.lastModified().toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	/**
	 * An Atom 1.0 feed of the chapters, most recently changed first; ids are the
	 * chapters' absolute addresses.
	 */
	String feed(SiteSnapshot snapshot, SiteConfig site) {
		String base = site.baseUrl();
		List<Chapter> chapters = snapshot.chapters()
			.stream()
			.sorted(Comparator.comparing(Chapter::lastModified).reversed())
			.toList();
		Instant updated = chapters.isEmpty() ? snapshot.builtAt() : chapters.get(0).lastModified();
		return write((xml) -> {
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM_NS);
			element(xml, "id", base + "/course");
			element(xml, "title", site.title());
			if (!site.description().isEmpty()) {
				element(xml, "subtitle", site.description());
			}
			element(xml, "updated", seconds(updated));
			link(xml, "self", "application/atom+xml", base + "/feed.xml");
			link(xml, "alternate", "text/html", base + "/course");
			xml.writeStartElement("author");
			element(xml, "name", site.author().isEmpty() ? site.title() : site.author());
			element(xml, "uri", base + "/profile");
			xml.writeEndElement();
			for (Chapter chapter : chapters) {
				xml.writeStartElement("entry");
				element(xml, "id", base + chapter.url());
				element(xml, "title", chapter.listTitle());
				link(xml, "alternate", "text/html", base + chapter.url());
				element(xml, "updated", seconds(chapter.lastModified()));
				element(xml, "summary", chapter.description());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	private String write(Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = this.factory.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write XML", ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	@FunctionalInterface
	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
