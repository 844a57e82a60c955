package org.rlhfcourse.command;

import org.springframework.beans.factory.config.BeanPostProcessor;

import org.rlhfcourse.render.code.CodeCache;
import org.rlhfcourse.render.js.ScriptOutputCache;
import org.rlhfcourse.render.js.ScriptOutputStore;
import org.rlhfcourse.render.math.MathCache;

/**
 * Starts recording each script cache as soon as it exists, before the first build, so
 * that a command can write exactly the formulas and code blocks the content needed.
 */
final class ScriptRecordings implements BeanPostProcessor {

	private ScriptOutputCache.Recording math;

	private ScriptOutputCache.Recording code;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ScriptOutputStore<?> store) {
			if (store.cache() instanceof MathCache cache) {
				this.math = cache.record();
			}
			else if (store.cache() instanceof CodeCache cache) {
				this.code = cache.record();
			}
		}
		return bean;
	}

	ScriptOutputCache.Recording math() {
		return this.math;
	}

	ScriptOutputCache.Recording code() {
		return this.code;
	}

}
