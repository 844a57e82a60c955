package org.rlhfcourse.render;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The renderer's packages only point one way: {@code render} assembles the pipeline from
 * its extensions ({@code math}, {@code cite}, {@code pandoc}, {@code code}), which share
 * what they need through {@code render.core}, never through {@code render} itself. An
 * {@code internal} folder counts with its parent.
 */
@AnalyzeClasses(packages = RenderPackagesTests.RENDER, importOptions = ImportOption.DoNotIncludeTests.class)
class RenderPackagesTests {

	static final String RENDER = "org.rlhfcourse.render";

	@ArchTest
	static final ArchRule renderPackagesFormNoCycle = slices().assignedFrom(new RenderPackages())
		.should()
		.beFreeOfCycles();

	/** One slice for {@code render} itself and one per package under it. */
	private static final class RenderPackages implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			String name = javaClass.getPackageName();
			if (name.equals(RENDER)) {
				return SliceIdentifier.of("render");
			}
			if (!name.startsWith(RENDER + ".")) {
				return SliceIdentifier.ignore();
			}
			return SliceIdentifier.of("render." + name.substring(RENDER.length() + 1).split("\\.")[0]);
		}

		@Override
		public String getDescription() {
			return "render and each package under it, internal folders with their parent";
		}

	}

}
