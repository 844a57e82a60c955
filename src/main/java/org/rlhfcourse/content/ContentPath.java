package org.rlhfcourse.content;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way a path written in content (an image, a bibliography, a stylesheet, a logo)
 * becomes a path in the content folder, and a content path becomes the address it is
 * served at. Chapters, pages and decks all resolve through here, so they accept the same
 * names (raw spaces and non-ASCII, or their percent-encoded forms, as pandoc and browsers
 * write them) and refuse the same escapes ({@code ..} above the content folder, absolute
 * paths).
 */
public final class ContentPath {

	/** The address prefix under which content files are served. */
	public static final String URL_PREFIX = "/assets/";

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

	private static final HexFormat HEX = HexFormat.of().withUpperCase();

	private ContentPath() {
	}

	/**
	 * Whether {@code reference} is an address, not a path: {@code https:…},
	 * {@code data:…}, {@code //host}.
	 */
	public static boolean isAddress(String reference) {
		return SCHEME.matcher(reference).matches() || reference.startsWith("//");
	}

	/**
	 * Resolves {@code reference}, written in the file at content path {@code from},
	 * against that file's folder. A query or fragment ({@code ?v=2}, {@code #page=3}) is
	 * dropped.
	 * @return the content path, with forward slashes and decoded names
	 * @throws ContentPathException with a message for the author when the reference is
	 * absolute, climbs above the content folder, or encodes a folder separator in a name
	 */
	public static String resolve(String from, String reference) throws ContentPathException {
		String clean = reference.strip().replaceAll("[?#].*$", "");
		if (clean.startsWith("/") || clean.startsWith("\\") || SCHEME.matcher(clean).matches()) {
			throw new ContentPathException("'" + reference + "' is an absolute path; write it relative to " + from);
		}
		Deque<String> parts = new ArrayDeque<>();
		int slash = from.lastIndexOf('/');
		if (slash > 0) {
			for (String part : from.substring(0, slash).split("/")) {
				parts.addLast(part);
			}
		}
		for (String raw : clean.split("/")) {
			String part = decode(raw);
			if (part.contains("/") || part.contains("\\") || part.indexOf('\0') >= 0) {
				throw new ContentPathException(
						"'" + reference + "' has a '\\' or an encoded '/' in a name; " + "separate folders with '/'");
			}
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				if (parts.isEmpty()) {
					throw new ContentPathException("'" + reference + "' points outside the content folder");
				}
				parts.removeLast();
			}
			else {
				parts.addLast(part);
			}
		}
		return String.join("/", parts);
	}

	/**
	 * The content path named by a request for {@code URL_PREFIX + encoded}, empty when
	 * the address is not one this class would write (a {@code .} or {@code ..} segment,
	 * an empty one, an encoded separator).
	 */
	public static Optional<String> ofUrl(String encoded) {
		String[] raw = encoded.split("/", -1);
		StringBuilder path = new StringBuilder();
		for (String one : raw) {
			String part = decode(one);
			if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("/") || part.contains("\\")
					|| part.indexOf('\0') >= 0) {
				return Optional.empty();
			}
			path.append(path.isEmpty() ? "" : "/").append(part);
		}
		return Optional.of(path.toString());
	}

	/**
	 * The address a content file is served at: {@code /assets/} and the path with each
	 * name percent-encoded, safe in an HTML attribute and in a quoted CSS {@code url()}.
	 */
	public static String url(String contentPath) {
		StringBuilder url = new StringBuilder(URL_PREFIX);
		byte[] bytes = contentPath.getBytes(StandardCharsets.UTF_8);
		for (byte b : bytes) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~/!$*+,;=:@".indexOf(c) >= 0) {
				url.append(c);
			}
			else {
				url.append('%').append(HEX.toHexDigits(b));
			}
		}
		return url.toString();
	}

	/**
	 * Decodes the percent escapes of one name as UTF-8 ({@code a%20b.png},
	 * {@code caf%C3%A9.png}); raw characters pass through. A name whose escapes are not
	 * valid UTF-8, or a lone {@code %} ({@code 100%.png}), is taken as written. Unlike
	 * form decoding, {@code +} stays a plus.
	 */
	static String decode(String name) {
		if (name.indexOf('%') < 0) {
			return name;
		}
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
				out.write(HexFormat.fromHexDigits(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII)));
				i += 2;
			}
			else {
				out.write(bytes[i]);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(out.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return name;
		}
	}

	private static boolean isHex(byte b) {
		return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
	}

	/** A path in content that cannot be served; the message tells the author why. */
	public static final class ContentPathException extends Exception {

		ContentPathException(String message) {
			super(message);
		}

	}

}
