package org.rlhfcourse.render.js;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScriptPoolTests {

	/**
	 * Loops for ever when asked to, so the statement limit stops it and the pool discards
	 * its context.
	 */
	private static final String LIBRARY = "function work(input) { if (input === 'loop') { for (;;) {} } "
			+ "return 'done ' + input; }";

	private final ScriptPool pool = new ScriptPool("work.js", LIBRARY, "(input) => work(input)", 2, 100_000);

	private final ExecutorService threads = Executors.newFixedThreadPool(16);

	@AfterEach
	void close() {
		this.threads.shutdownNow();
		this.pool.close();
	}

	@Test
	void aCallReturnsTheFunctionsResult() throws ScriptException {
		assertThat(this.pool.call("a")).isEqualTo("done a");
	}

	@Test
	void aTooCostlyCallFailsAndTheNextCallGetsAFreshContext() throws ScriptException {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.pool.call("loop"))
			.withMessageContaining("too costly");
		assertThat(this.pool.call("b")).isEqualTo("done b");
	}

	@Test
	void borrowersWaitingWhileEveryContextIsDiscardedAllFinish() throws Exception {
		List<CompletableFuture<String>> calls = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			String input = (i % 4 < 2) ? "loop" : "call " + i;
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					return this.pool.call(input);
				}
				catch (ScriptException ex) {
					return "failed: " + ex.getMessage();
				}
			}, this.threads));
		}
		CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		List<String> results = calls.stream().map(CompletableFuture::join).toList();
		assertThat(results).filteredOn((result) -> result.startsWith("failed: too costly")).hasSize(32);
		assertThat(results).filteredOn((result) -> result.startsWith("done call ")).hasSize(32);
	}

}
