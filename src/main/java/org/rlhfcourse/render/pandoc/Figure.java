package org.rlhfcourse.render.pandoc;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An image standing alone in its paragraph, which pandoc makes a figure with its alt text
 * as caption. Numbered in document order; {@code {#fig:name}} after the image labels it.
 */
public class Figure extends Block {

	private final Image image;

	private final String label;

	private final String width;

	private final int number;

	private final BasedSequence darkSource;

	Figure(Image image, String label, String width, int number, BasedSequence darkSource) {
		super(image.getChars());
		this.image = image;
		this.label = label;
		this.width = width;
		this.number = number;
		this.darkSource = darkSource;
	}

	public Image getImage() {
		return this.image;
	}

	public String getLabel() {
		return this.label;
	}

	/** A width from the attributes ({@code width=60%}), empty when none. */
	public String getWidth() {
		return this.width;
	}

	public int getNumber() {
		return this.number;
	}

	/**
	 * The image to show in dark mode, from {@code {data-dark-src="x-dark.png"}}, as
	 * written (relative like the image); an empty sequence when there is none.
	 */
	public BasedSequence getDarkSource() {
		return this.darkSource;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
