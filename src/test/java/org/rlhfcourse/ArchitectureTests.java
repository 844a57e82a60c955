package org.rlhfcourse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the application, as the README draws them: content → render (chapters and
 * decks) → site (the snapshot) → web (shared MVC configuration) → features → the
 * application and its commands. A layer imports only layers below it, and no group of
 * packages imports itself in a loop.
 */
@AnalyzeClasses(packages = "org.rlhfcourse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String ROOT = "org.rlhfcourse";

	/** The reader features: each reads the snapshot and none is read by a lower layer. */
	private static final String[] FEATURES = { ROOT + ".course..", ROOT + ".slides..", ROOT + ".search..",
			ROOT + ".seo..", ROOT + ".profile..", ROOT + ".home..", ROOT + ".live..", ROOT + ".offline.." };

	@ArchTest
	static final ArchRule topLevelPackagesHaveNoCycle = slices().matching(ROOT + ".(*)..")
		.namingSlices("$1")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule subPackagesHaveNoCycle = slices().assignedFrom(new SubPackages()).should().beFreeOfCycles();

	@ArchTest
	static final ArchRule layersOnlyPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("content")
		.definedBy(ROOT + ".content..")
		.layer("render")
		.definedBy(ROOT + ".render..")
		.layer("site")
		.definedBy(ROOT + ".site..")
		.layer("web")
		.definedBy(ROOT + ".web..")
		.layer("features")
		.definedBy(FEATURES)
		.layer("application")
		.definedBy(ROOT, ROOT + ".command..")
		.whereLayer("application")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("features")
		.mayOnlyBeAccessedByLayers("application")
		.whereLayer("web")
		.mayOnlyBeAccessedByLayers("features", "application")
		.whereLayer("site")
		.mayOnlyBeAccessedByLayers("web", "features", "application")
		.whereLayer("render")
		.mayOnlyBeAccessedByLayers("site", "web", "features", "application")
		.whereLayer("content")
		.mayOnlyBeAccessedByLayers("render", "site", "web", "features", "application");

	/**
	 * Every package is its own slice, an {@code internal} folder counting with its
	 * parent.
	 */
	static final class SubPackages implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			String name = javaClass.getPackageName();
			if (!name.startsWith(ROOT + ".")) {
				return SliceIdentifier.ignore();
			}
			String relative = name.substring(ROOT.length() + 1).replaceFirst("\\.internal(\\..*)?$", "");
			return SliceIdentifier.of(relative);
		}

		@Override
		public String getDescription() {
			return "packages under " + ROOT + ", internal folders with their parent";
		}

	}

}
