package org.rlhfcourse.render.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * KaTeX running inside the JVM on GraalJS. One shared {@link Engine} holds the parsed KaTeX source; a pool of
 * {@link Context}s, each serving one thread at a time, does the rendering. Contexts are created on first need, so
 * a site whose formulas all come from the cache never starts one. A context that hits the statement limit or
 * fails inside the engine is closed and replaced. Thread-safe; close it to free the engine.
 */
public final class KatexEngine implements MathRenderer, AutoCloseable {

	private static final String RENDER = """
			(function (tex, displayMode, options) {
			  const settings = JSON.parse(options);
			  settings.displayMode = displayMode;
			  return katex.renderToString(tex, settings);
			})
			""";

	private final Engine engine;

	private final Source katex;

	private final String version;

	private final String options;

	private final MathProperties properties;

	private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();

	private final AtomicInteger created = new AtomicInteger();

	private final List<Worker> all = new ArrayList<>();

	private volatile boolean closed;

	public KatexEngine(MathProperties properties) {
		this.properties = properties;
		this.version = KatexAssets.version();
		this.engine = Engine.newBuilder("js")
			.option("engine.WarnInterpreterOnly", "false")
			.out(OutputStream.nullOutputStream())
			.err(OutputStream.nullOutputStream())
			.build();
		try (InputStream in = KatexAssets.open("dist/katex.min.js")) {
			String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			this.katex = Source.newBuilder("js", code, "katex.min.js").cached(true).build();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot load KaTeX " + this.version + " from the classpath", ex);
		}
		this.options = """
				{"throwOnError": true, "output": "htmlAndMathml", "strict": "ignore", "trust": false,\
				 "maxExpand": %d, "maxSize": %d}""".formatted(properties.maxExpand(), properties.maxSize());
	}

	/** The KaTeX version in use, part of every cache key. */
	public String version() {
		return this.version;
	}

	@Override
	public String render(String tex, boolean displayMode) throws MathException {
		Worker worker = borrow();
		boolean reusable = true;
		try {
			worker.context().resetLimits();
			return worker.render().execute(tex, displayMode, this.options).asString();
		}
		catch (PolyglotException ex) {
			if (ex.isResourceExhausted() || ex.isCancelled()) {
				reusable = false;
				throw new MathException("formula is too costly to typeset (more than "
						+ this.properties.statementLimit() + " steps); simplify it", ex);
			}
			if (ex.isInternalError() || ex.isHostException() || !ex.isGuestException()) {
				reusable = false;
				throw new MathException("KaTeX failed: " + ex.getMessage(), ex);
			}
			throw new MathException(cleanMessage(ex.getMessage()), ex);
		}
		finally {
			if (reusable) {
				this.idle.add(worker);
			}
			else {
				discard(worker);
			}
		}
	}

	private Worker borrow() throws MathException {
		if (this.closed) {
			throw new MathException("the math engine is shut down");
		}
		Worker worker = this.idle.poll();
		if (worker != null) {
			return worker;
		}
		if (this.created.incrementAndGet() <= this.properties.poolSize()) {
			try {
				return newWorker();
			}
			catch (RuntimeException ex) {
				this.created.decrementAndGet();
				throw new MathException("cannot start KaTeX: " + ex.getMessage(), ex);
			}
		}
		this.created.decrementAndGet();
		try {
			return this.idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MathException("interrupted while waiting for the math engine", ex);
		}
	}

	private Worker newWorker() {
		Context context = Context.newBuilder("js")
			.engine(this.engine)
			.resourceLimits(ResourceLimits.newBuilder().statementLimit(this.properties.statementLimit(), null).build())
			.build();
		context.eval(this.katex);
		Worker worker = new Worker(context, context.eval("js", RENDER));
		synchronized (this.all) {
			this.all.add(worker);
		}
		return worker;
	}

	private void discard(Worker worker) {
		synchronized (this.all) {
			this.all.remove(worker);
		}
		this.created.decrementAndGet();
		try {
			worker.context().close(true);
		}
		catch (PolyglotException ex) {
			// Closing a cancelled context may report the cancellation again; the context is gone either way.
		}
	}

	/** KaTeX prefixes its messages with the error class; keep what a maintainer needs. */
	static String cleanMessage(String message) {
		if (message == null) {
			return "KaTeX could not parse the formula";
		}
		return message.replaceFirst("^(ParseError|Error|RangeError|TypeError): ", "").strip();
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

	private record Worker(Context context, Value render) {
	}

}
