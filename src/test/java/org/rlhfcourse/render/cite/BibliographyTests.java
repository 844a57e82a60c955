package org.rlhfcourse.render.cite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.rlhfcourse.content.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

class BibliographyTests {

	private final List<ContentProblem> problems = new ArrayList<>();

	private Bibliography bibliography;

	@BeforeEach
	void parseFixture() throws IOException {
		try (var in = getClass().getResourceAsStream("/fixtures/odd.bib")) {
			this.bibliography = Bibliography.parse("chapters/odd.bib",
					new String(in.readAllBytes(), StandardCharsets.UTF_8), this.problems);
		}
	}

	@Test
	void everyEntryTypeIsRead() {
		assertThat(this.problems).isEmpty();
		assertThat(this.bibliography.size()).isEqualTo(5);
		assertThat(this.bibliography.entry("sutton2018reinforcement"))
			.hasValueSatisfying((entry) -> assertThat(entry.type()).isEqualTo("book"));
	}

	@Test
	void latexAccentsAndProtectiveBracesBecomePlainText() {
		assertThat(this.bibliography.entry("lambert2024tulu").orElseThrow().title())
			.isEqualTo("Tülu 3: Pushing Frontiers in Open Language Model Post-Training");
		assertThat(this.bibliography.entry("bradley1952rank").orElseThrow().title())
			.isEqualTo("Rank Analysis of Incomplete Block Designs: I. The Method of Paired Comparisons");
	}

	@Test
	void stringMacrosAreExpanded() {
		assertThat(this.bibliography.entry("rafailov2023direct").orElseThrow().field("booktitle"))
			.isEqualTo("Advances in Neural Information Processing Systems");
	}

	@Test
	void ieeeFormatWithDoiLink() {
		assertThat(this.bibliography.entry("bradley1952rank").orElseThrow().toHtml())
			.isEqualTo("R. A. Bradley and M. E. Terry, “Rank Analysis of Incomplete Block Designs: I. The Method of "
					+ "Paired Comparisons,” <i>Biometrika</i>, vol. 39, no. 3/4, pp. 324–345, 1952. "
					+ "<a href=\"https://doi.org/10.2307/2334029\">doi:10.2307/2334029</a>");
	}

	@Test
	void arxivPreprintLinksToArxivAndOthersBecomesEtAl() {
		BibEntry tulu = this.bibliography.entry("lambert2024tulu").orElseThrow();
		assertThat(tulu.toHtml()).startsWith("N. Lambert et al., “Tülu 3")
			.contains("arXiv:2411.15124, 2024.")
			.endsWith("<a href=\"https://arxiv.org/abs/2411.15124\">arXiv</a>");
		assertThat(tulu.shortAuthors()).isEqualTo("Lambert et al.");
	}

	@Test
	void inTextAuthorsFollowTheCount() {
		assertThat(this.bibliography.entry("bradley1952rank").orElseThrow().shortAuthors())
			.isEqualTo("Bradley and Terry");
		assertThat(this.bibliography.entry("rafailov2023direct").orElseThrow().shortAuthors())
			.isEqualTo("Rafailov et al.");
		assertThat(this.bibliography.entry("sutton2018reinforcement").orElseThrow().toHtml()).startsWith(
				"R. S. Sutton and A. G. Barto, <i>Reinforcement Learning: An Introduction</i>. MIT Press, 2018.");
	}

	@Test
	void syntaxErrorsAndDuplicateKeysAreReportedWithLines() {
		List<ContentProblem> found = new ArrayList<>();
		Bibliography.parse("refs.bib", "@misc{a,\n  title={A}\n}\n@misc{a,\n  title={B}\n}\n", found);
		assertThat(found).extracting(ContentProblem::toString)
			.contains("refs.bib:4:1: error: duplicate BibTeX key 'a' (first defined on line 1)");
		found.clear();
		Bibliography unclosed = Bibliography.parse("refs.bib", "@misc{a,\n  title={A}\n\n@misc{b, title={B}}\n", found);
		assertThat(found).extracting(ContentProblem::toString)
			.containsExactly("refs.bib:1:1: error: BibTeX syntax "
					+ "error: entry 'a' is never closed (a '{' without its '}'); the entry is left out");
		assertThat(unclosed.entry("b")).isPresent();
	}

	@Test
	void textOutsideEntriesIsACommentAsInBibTeX() {
		List<ContentProblem> found = new ArrayList<>();
		Bibliography bibliography = Bibliography.parse("refs.bib", """
				References for the whole book.
				% Chapter 1
				@misc{a, title = {A}, year = {2020}}
				### End chapter 1 ###
				Write to me @ home; 100% of these are comments.
				@misc{b, title = {B}, year = {2021}} trailing words
				""", found);
		assertThat(found).isEmpty();
		assertThat(bibliography.entries()).extracting(BibEntry::key, BibEntry::line)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", 3),
					org.assertj.core.groups.Tuple.tuple("b", 6));
	}

	@Test
	void eachBadEntryIsReportedAtItsLineAndLeftOutWhileEveryOtherEntryLoads() throws IOException {
		List<ContentProblem> found = new ArrayList<>();
		Bibliography bibliography;
		try (var in = getClass().getResourceAsStream("/fixtures/book-with-broken-entry.bib")) {
			bibliography = Bibliography.parse("chapters/book.bib",
					new String(in.readAllBytes(), StandardCharsets.UTF_8), found);
		}
		found.sort(ContentProblem.ORDER);
		assertThat(found).extracting(ContentProblem::file, ContentProblem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("chapters/book.bib", 18),
					org.assertj.core.groups.Tuple.tuple("chapters/book.bib", 30));
		assertThat(found.get(0).message()).startsWith("BibTeX syntax error in entry 'broken2020syntax': ")
			.endsWith("; the entry is left out");
		assertThat(found.get(1).message()).contains("entry 'unclosed2021' is never closed");
		assertThat(bibliography.entries()).extracting(BibEntry::key)
			.containsExactlyInAnyOrder("christiano2017deep", "ziegler2019fine", "sutton2018reinforcement");
		assertThat(bibliography.entry("ziegler2019fine").orElseThrow().field("booktitle"))
			.as("a macro defined before the bad entries still expands")
			.isEqualTo("International Conference on Machine Learning");
		assertThat(bibliography.entry("sutton2018reinforcement").orElseThrow().line()).isEqualTo(35);
	}

}
