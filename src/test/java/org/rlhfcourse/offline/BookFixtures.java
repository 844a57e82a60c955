package org.rlhfcourse.offline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.rlhfcourse.content.SourceFile;
import org.rlhfcourse.render.TocEntry;
import org.rlhfcourse.site.Chapter;
import org.rlhfcourse.site.SiteSnapshot;
import org.rlhfcourse.site.Snapshots;

/**
 * A two-chapter course with the shapes the book must handle: KaTeX output (MathML beside
 * HTML), a numbered equation, a citation with its pop-up and references, a figure, links
 * between chapters and to other pages.
 */
final class BookFixtures {

	static final String FIGURE = "chapters/images/reward curve.png";

	private BookFixtures() {
	}

	static SiteSnapshot course() {
		Chapter first = withHtml(Snapshots.chapter(1, "introduction", "Introduction"), "setup", "Set-up",
				"""
						<h2 id="setup"><a href="#setup" class="anchor"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section</span></a>Set-up</h2>
						<p>A policy <span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><msub><mi>π</mi><mi>θ</mi></msub></mrow><annotation encoding="application/x-tex">\\pi_\\theta</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">π</span></span></span> &amp; a reward, as in <span class="citation">[<span class="cite"><a class="cite-link" href="#ref-ouyang2022">1</a><span class="cite-card" role="tooltip">L. Ouyang et al.</span></span>]</span>; see <a href="/course/dpo#loss">the loss</a> and <a href="/slides/introduction">the slides</a>.&nbsp;Done.</p>
						<div id="eq:objective" class="math math-display numbered"><div class="math-box" tabindex="0" role="region" aria-label="Equation 1"><span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>J</mi><mo>=</mo><mfrac><mn>1</mn><mi>N</mi></mfrac><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>N</mi></munderover><msub><mi>r</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">J = \\frac{1}{N}\\sum_{i=1}^N r_i</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">J</span></span></span></span></div><span class="eq-number">(1)</span></div>
						<figure id="fig:curve" class="figure"><picture><source media="(prefers-color-scheme: dark)" srcset="/assets/chapters/images/dark.png" data-dark=""><img src="/assets/chapters/images/reward%20curve.png" alt="Reward over training" width="40" height="20" loading="lazy" decoding="async"></picture><figcaption><span class="figure-number">Figure 1.</span> Reward over training.</figcaption></figure>
						<section class="references" aria-labelledby="references">
						<h2 id="references">References</h2>
						<ol class="bibliography"><li id="ref-ouyang2022">L. Ouyang et al., “Training language models to follow instructions,” 2022. <a href="https://arxiv.org/abs/2203.02155">arXiv</a></li></ol>
						</section>
						""");
		Chapter second = withHtml(Snapshots.chapter(2, "dpo", "Direct Preference Optimization"), "loss", "The loss",
				"""
						<h2 id="loss">The loss</h2><p>Back to <a href="/course/introduction">the introduction</a>.<br>Tables:</p>
						<table><caption id="tbl:a"><span class="table-number">Table 1.</span> A table.</caption><thead><tr><th>Method</th></tr></thead><tbody><tr><td>DPO</td></tr></tbody></table>
						""");
		SiteSnapshot plain = Snapshots.withChapters(first, second);
		return new SiteSnapshot(plain.config(), plain.outline(), plain.courseIntroHtml(), plain.chapters(),
				plain.pages(), Map.of(FIGURE, new SourceFile(FIGURE, png(), Snapshots.BUILT)), List.of(),
				Snapshots.BUILT, List.of());
	}

	private static Chapter withHtml(Chapter chapter, String sectionId, String section, String html) {
		return new Chapter(chapter.number(), chapter.slug(), chapter.title(), chapter.description(), html,
				List.of(new TocEntry(2, sectionId, section)), true, chapter.readingMinutes(), chapter.lecture(),
				chapter.deck(), chapter.sourcePath(), chapter.lastModified(), chapter.markdown());
	}

	static byte[] png() {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			image.setRGB(x, 19 - x / 2, 0x2060C0);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
