package org.rlhfcourse.render.deck;

import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * What the Markdown of one slide's body shares while it is rendered, in one or several
 * flexmark documents (rows, and the Markdown inside elements): the count of reveal steps,
 * numbered in document order, whether list items are revealed one by one, and how
 * elements are drawn. Carried in each document's data under {@link #KEY}; one per slide,
 * not thread-safe.
 */
final class SlideState {

	/** Where the renderers find the state of the slide being rendered. */
	static final NullableDataKey<SlideState> KEY = new NullableDataKey<>("DECK_SLIDE_STATE");

	private final boolean animateItems;

	private final Elements elements;

	private int fragments;

	/**
	 * @param animateItems whether each list item is its own reveal step
	 * @param elements draws colloquium's fenced elements
	 */
	SlideState(boolean animateItems, Elements elements) {
		this.animateItems = animateItems;
		this.elements = elements;
	}

	boolean animateItems() {
		return this.animateItems;
	}

	/** The index of the next reveal step, counting from 1. */
	int nextFragment() {
		return ++this.fragments;
	}

	/** How many reveal steps have been numbered. */
	int fragments() {
		return this.fragments;
	}

	String element(String name, String yaml, int line) {
		return this.elements.render(name, yaml, line, this);
	}

	/** Draws one fenced element. */
	interface Elements {

		/**
		 * @param line the file line of the opening fence
		 * @param state the state of the slide the element is on
		 */
		String render(String name, String yaml, int line, SlideState state);

	}

}
