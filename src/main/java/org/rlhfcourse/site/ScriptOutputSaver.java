package org.rlhfcourse.site;

import java.util.List;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

import org.rlhfcourse.render.js.ScriptOutputStore;

/**
 * Writes the script caches to disk after each build, so that a restart does no script
 * work a build has already done. A listener bean rather than an {@code @EventListener}
 * method, so that it also hears the first build, which runs while the context starts.
 */
final class ScriptOutputSaver implements ApplicationListener<PayloadApplicationEvent<SiteBuilt>> {

	private final List<ScriptOutputStore<?>> stores;

	ScriptOutputSaver(List<ScriptOutputStore<?>> stores) {
		this.stores = List.copyOf(stores);
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<SiteBuilt> event) {
		this.stores.forEach(ScriptOutputStore::save);
	}

}
