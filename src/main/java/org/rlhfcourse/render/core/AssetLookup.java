package org.rlhfcourse.render.core;

import java.util.Optional;

import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * Finds the files a document refers to (images, downloads) by their path in the content
 * folder.
 */
@FunctionalInterface
public interface AssetLookup {

	/** Where rendering finds the lookup of the document being rendered. */
	NullableDataKey<AssetLookup> KEY = new NullableDataKey<>("RLHF_ASSETS");

	/** The URL prefix under which content assets are served. */
	String URL_PREFIX = org.rlhfcourse.content.ContentPath.URL_PREFIX;

	AssetLookup NONE = (path) -> Optional.empty();

	/** The bytes of the file at {@code contentPath}, if there is one. */
	Optional<byte[]> find(String contentPath);

}
