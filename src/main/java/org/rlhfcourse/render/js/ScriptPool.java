package org.rlhfcourse.render.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A JavaScript library running inside the JVM on GraalJS, called through one function.
 * One shared {@link Engine} holds the parsed library; a pool of {@link Context}s, each
 * serving one thread at a time, runs the calls. Contexts are created on first need, so a
 * site whose results all come from caches never starts one. Each call may execute a
 * bounded number of statements; a context that exceeds it or fails inside the engine is
 * closed and replaced. Scripts get no host access, no I/O and no output. Thread-safe;
 * close it to free the engine.
 * <p>
 * One permit per context bounds the calls running at once. A caller returns its permit
 * whether the context goes back to the pool or is discarded, so waiting callers always
 * wake up; a discarded context is replaced lazily by the next caller that finds no idle
 * one.
 */
public final class ScriptPool implements AutoCloseable {

	private final Engine engine;

	private final Source script;

	private final String function;

	private final long statementLimit;

	private final Queue<Worker> idle = new ConcurrentLinkedQueue<>();

	private final Semaphore permits;

	private final List<Worker> all = new ArrayList<>();

	private volatile boolean closed;

	/**
	 * @param name a name for the library in stack traces
	 * @param library the library's source, evaluated once per context
	 * @param function a JavaScript function expression that {@link #call} invokes
	 * @param size how many contexts may run at once
	 * @param statementLimit statements one call may execute
	 */
	public ScriptPool(String name, String library, String function, int size, long statementLimit) {
		this.engine = Engine.newBuilder("js")
			.option("engine.WarnInterpreterOnly", "false")
			.out(OutputStream.nullOutputStream())
			.err(OutputStream.nullOutputStream())
			.build();
		this.script = Source.newBuilder("js", library, name).cached(true).buildLiteral();
		this.function = function;
		this.statementLimit = statementLimit;
		this.permits = new Semaphore(size, true);
	}

	/** Reads a library from the classpath, e.g. a file inside a WebJar. */
	public static String classpathText(String path) throws IOException {
		try (InputStream in = ScriptPool.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IOException("Not on the classpath: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Calls the function with {@code arguments} and returns its result as a string.
	 * @throws ScriptException with the script's own message when it throws, or a
	 * description of the limit hit
	 */
	public String call(Object... arguments) throws ScriptException {
		Worker worker = borrow();
		boolean reusable = true;
		try {
			worker.context().resetLimits();
			return worker.function().execute(arguments).asString();
		}
		catch (PolyglotException ex) {
			if (ex.isResourceExhausted() || ex.isCancelled()) {
				reusable = false;
				throw new ScriptException("too costly (more than " + this.statementLimit + " steps)", true, ex);
			}
			if (ex.isInternalError() || ex.isHostException() || !ex.isGuestException()) {
				reusable = false;
				throw new ScriptException("the script engine failed: " + ex.getMessage(), false, ex);
			}
			throw new ScriptException(ex.getMessage(), false, ex);
		}
		finally {
			try {
				if (reusable) {
					this.idle.add(worker);
				}
				else {
					discard(worker);
				}
			}
			finally {
				// Whatever became of the context, a waiting caller may go on: it gets an
				// idle one or a new one.
				this.permits.release();
			}
		}
	}

	/**
	 * Takes a permit, then an idle context or, when none is idle, a new one in place of
	 * one discarded.
	 */
	private Worker borrow() throws ScriptException {
		if (this.closed) {
			throw new ScriptException("the script engine is shut down", false, null);
		}
		try {
			this.permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ScriptException("interrupted while waiting for the script engine", false, ex);
		}
		Worker worker = this.idle.poll();
		if (worker != null) {
			return worker;
		}
		try {
			return newWorker();
		}
		catch (RuntimeException ex) {
			this.permits.release();
			throw new ScriptException("cannot start the script engine: " + ex.getMessage(), false, ex);
		}
	}

	private Worker newWorker() {
		Context context = Context.newBuilder("js")
			.engine(this.engine)
			.resourceLimits(ResourceLimits.newBuilder().statementLimit(this.statementLimit, null).build())
			.build();
		context.eval(this.script);
		Worker worker = new Worker(context, context.eval("js", this.function));
		synchronized (this.all) {
			this.all.add(worker);
		}
		return worker;
	}

	private void discard(Worker worker) {
		synchronized (this.all) {
			this.all.remove(worker);
		}
		try {
			worker.context().close(true);
		}
		catch (PolyglotException ex) {
			// Closing a cancelled context may report the cancellation again; the context
			// is gone either way.
		}
	}

	@Override
	public void close() {
		this.closed = true;
		synchronized (this.all) {
			for (Worker worker : this.all) {
				worker.context().close(true);
			}
			this.all.clear();
		}
		this.engine.close(true);
	}

	private record Worker(Context context, Value function) {
	}

}
