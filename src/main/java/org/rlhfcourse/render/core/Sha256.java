package org.rlhfcourse.render.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the site uses it: keys of the caches, checksums of their files, digests of
 * content and pages, always as lower-case hex.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** A fresh digest, for input fed in parts. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** The hex SHA-256 of {@code text} in UTF-8. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The hex SHA-256 of {@code bytes}. */
	public static String hex(byte[] bytes) {
		return hexOf(digest().digest(bytes));
	}

	/** The hex of what {@code digest} was fed. */
	public static String hex(MessageDigest digest) {
		return hexOf(digest.digest());
	}

	private static String hexOf(byte[] hash) {
		return HexFormat.of().formatHex(hash);
	}

}
