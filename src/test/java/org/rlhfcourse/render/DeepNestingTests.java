package org.rlhfcourse.render;

import org.junit.jupiter.api.Test;

import org.rlhfcourse.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

class DeepNestingTests {

	private static final ContentProblem OVERFLOW = ContentProblem.error("chapters/01-a.md", 1,
			RenderGuard.NESTING_TOO_DEEP + " (block quotes, lists or brackets inside each other); flatten it");

	@Test
	void blockQuotesAreReportedAtTheFirstMarkerOfTheirLine() {
		String body = "\n\n\nSome text.\n\n  " + "> ".repeat(500) + "deep\n\nMore text.\n";
		assertThat(DeepNesting.locate(OVERFLOW, body)).extracting(ContentProblem::line, ContentProblem::column)
			.containsExactly(6, 3);
	}

	@Test
	void listsIndentedDeeperAndDeeperAreReportedAtTheDeepestItem() {
		StringBuilder body = new StringBuilder("Text.\n\n");
		for (int depth = 0; depth < 200; depth++) {
			body.append("  ".repeat(depth)).append("- item\n");
		}
		body.append("\nAfter.\n");
		assertThat(DeepNesting.locate(OVERFLOW, body.toString()))
			.extracting(ContentProblem::line, ContentProblem::column)
			.containsExactly(202, 399);
	}

	@Test
	void bracketsAreReportedAtTheOutermostStillOpenWhereTheyNestDeepest() {
		String body = "A [closed](link) and (aside).\n\nThen " + "[(".repeat(1000) + "x\n";
		assertThat(DeepNesting.locate(OVERFLOW, body)).extracting(ContentProblem::line, ContentProblem::column)
			.containsExactly(3, 6);
	}

	@Test
	void escapedBracketsDoNotNest() {
		String body = "\\[".repeat(1000) + "\n\n> > > quoted\n";
		assertThat(DeepNesting.locate(OVERFLOW, body)).extracting(ContentProblem::line, ContentProblem::column)
			.containsExactly(3, 1);
	}

	@Test
	void otherProblemsAreLeftAlone() {
		ContentProblem other = ContentProblem.error("chapters/01-a.md", 1, "internal: renderer state lost");
		assertThat(DeepNesting.locate(other, "> ".repeat(500))).isSameAs(other);
	}

	@Test
	void textWithoutNestingLeavesTheProblemWhereItWas() {
		assertThat(DeepNesting.locate(OVERFLOW, "Plain text.\n")).isSameAs(OVERFLOW);
	}

}
