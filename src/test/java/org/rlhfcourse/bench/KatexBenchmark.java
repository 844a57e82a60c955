package org.rlhfcourse.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.util.unit.DataSize;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import org.rlhfcourse.render.math.KatexEngine;
import org.rlhfcourse.render.math.MathException;
import org.rlhfcourse.render.math.MathProperties;

/**
 * KaTeX on GraalJS over the corpus of every formula in content/: warm throughput
 * (formulas per second, one thread per pooled context) and the cold time to typeset the
 * whole corpus with a fresh engine. Run by bench/math.sh beside the same corpus on
 * Node.js.
 */
public class KatexBenchmark {

	@State(Scope.Benchmark)
	public static class Warm {

		KatexEngine katex;

		List<FormulaCorpus.Formula> corpus;

		@Setup(Level.Trial)
		public void start() throws IOException {
			this.katex = new KatexEngine(MathProperties.defaults());
			this.corpus = FormulaCorpus.load(Path.of(System.getProperty("bench.content", "content")));
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.katex.close();
		}

	}

	@State(Scope.Thread)
	public static class Cursor {

		int next;

	}

	/**
	 * One formula per call, cycling through the corpus; two threads use the pool's two
	 * contexts.
	 */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public void warm(Warm state, Cursor cursor, Blackhole sink) throws MathException {
		FormulaCorpus.Formula formula = state.corpus.get(cursor.next++ % state.corpus.size());
		sink.consume(state.katex.render(formula.tex(), formula.display()));
	}

	@State(Scope.Thread)
	public static class Cold {

		KatexEngine katex;

		List<FormulaCorpus.Formula> corpus;

		@Setup(Level.Invocation)
		public void start() throws IOException {
			if (this.corpus == null) {
				this.corpus = FormulaCorpus.load(Path.of(System.getProperty("bench.content", "content")));
			}
			this.katex = new KatexEngine(
					new MathProperties(1, 1000, 100, 50_000_000L, "", false, DataSize.ofMegabytes(32)));
		}

		@TearDown(Level.Invocation)
		public void stop() {
			this.katex.close();
		}

	}

	/**
	 * A fresh engine (nothing parsed, nothing compiled) typesets every formula once, on
	 * one thread.
	 */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public void coldCorpus(Cold state, Blackhole sink) throws MathException {
		for (FormulaCorpus.Formula formula : state.corpus) {
			sink.consume(state.katex.render(formula.tex(), formula.display()));
		}
	}

}
