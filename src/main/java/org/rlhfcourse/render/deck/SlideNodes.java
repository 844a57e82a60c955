package org.rlhfcourse.render.deck;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The AST nodes a slide adds to flexmark's: what colloquium finds in a slide's HTML with
 * regular expressions ({@code
 *
<p>
 * |||
 *
</p>
 * }, {@code <!-- step -->}, fenced elements) is found once in the parsed document and
 * rendered by {@link SlideNodeRenderer}.
 */
final class SlideNodes {

	private SlideNodes() {
	}

	/**
	 * A paragraph holding only {@code |||}: where one column ends and the next begins.
	 */
	static final class ColumnBreak extends Block {

		ColumnBreak(BasedSequence chars) {
			super(chars);
		}

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

	}

	/**
	 * A {@code <!-- step -->} comment on its own: what follows appears one step later.
	 */
	static final class StepBreak extends Block {

		StepBreak(BasedSequence chars) {
			super(chars);
		}

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

	}

	/**
	 * A fenced block naming one of colloquium's elements ({@code box},
	 * {@code conversation}, {@code chart}, {@code builtwith}), whose body is YAML.
	 */
	static final class Element extends Block {

		private final String name;

		private final String yaml;

		Element(BasedSequence chars, String name, String yaml) {
			super(chars);
			this.name = name;
			this.yaml = yaml;
		}

		String name() {
			return this.name;
		}

		String yaml() {
			return this.yaml;
		}

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

	}

	/** The columns of a slide or row, with the grid template of its spec. */
	static final class Columns extends Block {

		private final String template;

		Columns(String template) {
			this.template = template;
		}

		String template() {
			return this.template;
		}

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

	}

	/** One column: the blocks between two {@link ColumnBreak}s. */
	static final class Column extends Block {

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

	}

	/** The blocks after one {@link StepBreak}, revealed together. */
	static final class Step extends Block {

		@Override
		public BasedSequence[] getSegments() {
			return EMPTY_SEGMENTS;
		}

	}

}
