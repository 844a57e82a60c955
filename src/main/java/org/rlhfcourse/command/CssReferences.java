package org.rlhfcourse.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.helger.css.CSSSourceLocation;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSExpressionMemberTermURI;
import com.helger.css.decl.CSSImportRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.decl.visit.CSSVisitor;
import com.helger.css.decl.visit.ICSSUrlVisitor;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.DoNothingCSSInterpretErrorHandler;
import com.helger.css.reader.errorhandler.DoNothingCSSParseErrorHandler;

/**
 * The addresses a stylesheet names ({@code url(…)} in any rule, {@code @import}), read
 * with ph-css, each with the position of its text. Like a browser, the parser skips what
 * it cannot read and keeps the rest. Stateless.
 */
final class CssReferences {

	private CssReferences() {
	}

	/**
	 * The addresses {@code css} names, in source order.
	 * @throws IllegalArgumentException if {@code css} is not a stylesheet ph-css can read
	 */
	static List<Reference> of(String css) {
		CSSReaderSettings settings = new CSSReaderSettings().setUseSourceLocation(true)
			.setTabSize(1)
			.setBrowserCompliantMode(true)
			.setCustomErrorHandler(new DoNothingCSSParseErrorHandler())
			.setInterpretErrorHandler(new DoNothingCSSInterpretErrorHandler());
		CascadingStyleSheet sheet = CSSReader.readFromStringStream(css, settings);
		if (sheet == null) {
			throw new IllegalArgumentException("not a stylesheet the CSS parser can read");
		}
		int[] lineStarts = lineStarts(css);
		List<Reference> references = new ArrayList<>();
		CSSVisitor.visitCSSUrl(sheet, new ICSSUrlVisitor() {

			@Override
			public void onImport(CSSImportRule rule) {
				references.add(reference(css, lineStarts, rule.getSourceLocation(), rule.getLocationString()));
			}

			@Override
			public void onUrlDeclaration(ICSSTopLevelRule rule, CSSDeclaration declaration,
					CSSExpressionMemberTermURI uri) {
				references.add(reference(css, lineStarts, uri.getSourceLocation(), uri.getURIString()));
			}

		});
		references.sort(Comparator.comparingInt(Reference::offset));
		return references;
	}

	/**
	 * The reference whose token starts where {@code location} says: the address is the
	 * first occurrence of its text in that token ({@code url(} and a quote, or
	 * {@code @import} and a quote, come before it).
	 */
	private static Reference reference(String css, int[] lineStarts, CSSSourceLocation location, String address) {
		int start = lineStarts[location.getFirstTokenBeginLineNumber() - 1] + location.getFirstTokenBeginColumnNumber()
				- 1;
		int at = css.indexOf(address, start);
		if (at < 0 || address.isEmpty()) {
			throw new IllegalArgumentException("cannot find the address '" + address + "' in the stylesheet at line "
					+ location.getFirstTokenBeginLineNumber());
		}
		return new Reference(address, at, true);
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

}
