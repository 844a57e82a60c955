package org.rlhfcourse.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.ServletException;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * The first step of a graceful shutdown, before Spring Boot's own (which stops accepting
 * connections and waits for the requests in flight). Tomcat's own first step pauses the
 * acceptor and closes the port at once, so connections the kernel had already accepted,
 * their requests possibly sent, were reset with no byte of answer. Here the port stays
 * open for up to {@code site.http.shutdown-drain} while every request not yet started
 * gets a complete {@code 503 Service Unavailable} with {@code Retry-After} and, on
 * HTTP/1.1, {@code Connection: close}; the port then closes as soon as requests have
 * stopped arriving for a moment, and new connections are refused. Requests already
 * started complete. Thread-safe.
 */
final class ShutdownDrain implements SmartLifecycle {

	/** How long without a new request counts as drained. */
	private static final long QUIET_NANOS = Duration.ofMillis(100).toNanos();

	private static final byte[] MESSAGE = "The site is restarting; try again in a few seconds.\n"
		.getBytes(StandardCharsets.UTF_8);

	private final Duration drain;

	private final SecurityHeaders headers;

	private volatile boolean running;

	private volatile boolean draining;

	private volatile long lastRefused;

	private final Valve valve = new RefusingValve();

	ShutdownDrain(Duration drain, SecurityHeaders headers) {
		this.drain = drain;
		this.headers = headers;
	}

	/** The valve that refuses requests while draining, first in Tomcat's engine. */
	Valve valve() {
		return this.valve;
	}

	@Override
	public void start() {
		this.draining = false;
		this.running = true;
	}

	/** Refuses new requests until they stop arriving, at most for the drain time. */
	@Override
	public void stop() {
		this.draining = true;
		long start = System.nanoTime();
		this.lastRefused = start;
		long deadline = start + this.drain.toNanos();
		try {
			while (System.nanoTime() < deadline && System.nanoTime() - this.lastRefused < QUIET_NANOS) {
				Thread.sleep(10);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops just before Spring Boot's graceful shutdown of the web server. */
	@Override
	public int getPhase() {
		return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
	}

	/** Answers 503 to every request while draining; passes them on otherwise. */
	private final class RefusingValve extends ValveBase {

		RefusingValve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if (!ShutdownDrain.this.draining) {
				getNext().invoke(request, response);
				return;
			}
			ShutdownDrain.this.lastRefused = System.nanoTime();
			response.setStatus(503);
			ShutdownDrain.this.headers.applyTo(response::setHeader);
			response.setHeader("Cache-Control", CacheHeadersFilter.NO_STORE);
			response.setHeader("Retry-After", "5");
			if (request.getProtocol().startsWith("HTTP/1")) {
				response.setHeader("Connection", "close");
			}
			response.setContentType("text/plain;charset=UTF-8");
			response.setContentLength(MESSAGE.length);
			response.getOutputStream().write(MESSAGE);
		}

	}

}
