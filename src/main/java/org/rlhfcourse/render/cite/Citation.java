package org.rlhfcourse.render.cite;

import java.util.List;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A pandoc citation: a bracketed group {@code [see @a, p. 3; @b]} or a bare in-text
 * {@code @a}.
 */
public class Citation extends Node implements DoNotDecorate {

	private final List<Item> items;

	private final boolean inText;

	public Citation(BasedSequence chars, List<Item> items, boolean inText) {
		super(chars);
		this.items = List.copyOf(items);
		this.inText = inText;
	}

	public List<Item> getItems() {
		return this.items;
	}

	/**
	 * Whether the citation stands in the sentence ("Rafailov et al. [3] show"), i.e. a
	 * bare {@code @key}.
	 */
	public boolean isInText() {
		return this.inText;
	}

	@Override
	public BasedSequence[] getSegments() {
		return new BasedSequence[] { getChars() };
	}

	/**
	 * One cited work.
	 *
	 * @param key the citation key
	 * @param prefix text before the key ("see")
	 * @param locator text after it (", p. 3")
	 * @param at the key's place in the source, for error positions
	 */
	public record Item(String key, String prefix, String locator, BasedSequence at) {

	}

}
