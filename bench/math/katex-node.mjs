// KaTeX on Node.js over the same corpus and options as the site: cold (a fresh process typesets every formula
// once) and warm (formulas per second after warm-up, one thread). Prints JSON.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const corpus = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const warmSeconds = Number(process.argv[3] ?? 10);
const started = performance.now();
const katex = (await import('katex')).default;
const options = { throwOnError: true, output: 'htmlAndMathml', strict: 'ignore', trust: false, maxExpand: 1000, maxSize: 100 };
const render = (f) => katex.renderToString(f.tex, { ...options, displayMode: f.display });

for (const f of corpus) render(f);
const coldMs = performance.now() - started;

for (let i = 0; i < 3; i++) for (const f of corpus) render(f);
let count = 0;
const begin = performance.now();
while (performance.now() - begin < warmSeconds * 1000) {
  render(corpus[count % corpus.length]);
  count++;
}
const warmPerSecond = count / ((performance.now() - begin) / 1000);
console.log(JSON.stringify({ formulas: corpus.length, coldMs: Math.round(coldMs), warmPerSecond: Math.round(warmPerSecond) }));
