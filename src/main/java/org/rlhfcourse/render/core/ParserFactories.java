package org.rlhfcourse.render.core;

import java.util.Set;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;

/**
 * Bases for this site's flexmark parser factories: each depends on no other extension's
 * ordering and affects only the text it parses, so the three methods flexmark asks about
 * that are answered once here.
 */
public final class ParserFactories {

	private ParserFactories() {
	}

	/** A block parser factory with no ordering constraints. */
	public abstract static class Block implements CustomBlockParserFactory {

		@Override
		public final Set<Class<?>> getAfterDependents() {
			return null;
		}

		@Override
		public final Set<Class<?>> getBeforeDependents() {
			return null;
		}

		@Override
		public final boolean affectsGlobalScope() {
			return false;
		}

	}

	/** An inline parser factory with no ordering constraints. */
	public abstract static class Inline implements InlineParserExtensionFactory {

		@Override
		public final Set<Class<?>> getAfterDependents() {
			return null;
		}

		@Override
		public final Set<Class<?>> getBeforeDependents() {
			return null;
		}

		@Override
		public final boolean affectsGlobalScope() {
			return false;
		}

	}

}
