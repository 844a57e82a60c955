package org.rlhfcourse.live;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open browser tabs of a developer, each listening on a Server-Sent Events stream,
 * and the one message they are sent: {@code reload} after the site was rebuilt (or
 * refused, so the tab shows the errors). Streams are closed on shutdown before the web
 * server drains its requests, so they never hold up a restart. Thread-safe.
 */
public final class ReloadEvents implements SmartLifecycle {

	static final String RELOAD = "reload";

	private final Set<SseEmitter> listeners = new CopyOnWriteArraySet<>();

	private volatile boolean running;

	/**
	 * A new stream for one tab; it stays open until the tab goes away or the application
	 * stops.
	 */
	SseEmitter subscribe() {
		SseEmitter emitter = new SseEmitter(0L);
		emitter.onCompletion(() -> this.listeners.remove(emitter));
		emitter.onTimeout(() -> this.listeners.remove(emitter));
		emitter.onError((ex) -> this.listeners.remove(emitter));
		this.listeners.add(emitter);
		try {
			// A first comment makes the response start now, so the browser sees an open
			// stream at once.
			emitter.send(SseEmitter.event().comment("live reload"));
		}
		catch (IOException ex) {
			this.listeners.remove(emitter);
			emitter.completeWithError(ex);
		}
		return emitter;
	}

	/** Tells every open tab to reload. */
	public void publishReload() {
		for (SseEmitter emitter : this.listeners) {
			try {
				emitter.send(SseEmitter.event().name(RELOAD).data(RELOAD));
			}
			catch (IOException | IllegalStateException ex) {
				this.listeners.remove(emitter);
			}
		}
	}

	/** How many tabs are listening. */
	public int listeners() {
		return this.listeners.size();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.listeners.forEach(SseEmitter::complete);
		this.listeners.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
