/**
 * `npm run fuzz [-- RUNS] [--seed N]`: the fuzz tests' properties (test/helpers/fuzz-cases.ts) on many
 * cases (default 10,000), with the figures: cases, failures, slowest case, how often the fast YAML
 * reader took a mutated front matter, and how many hostile bodies the checker accepted (each of which
 * must render to HTML without script).
 */
import fc from 'fast-check';
import { checkMutated, checkPublishedBody, compareYamlReaders, hostileBody, mutatedFile, mutatedFrontMatter } from '../test/helpers/fuzz-cases.ts';

const args = process.argv.slice(2);
const runs = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10_000);
const seedIndex = args.indexOf('--seed');
const seed = seedIndex >= 0 ? Number(args[seedIndex + 1]) : Date.now() % 2 ** 31;

const durations: number[] = [];
let started = performance.now();
const engine = fc.check(fc.property(mutatedFile, (content) => void durations.push(checkMutated(content))), { numRuns: runs, seed });
const engineSeconds = (performance.now() - started) / 1000;
durations.sort((a, b) => a - b);
const at = (fraction: number) => (durations[Math.min(durations.length - 1, Math.floor(durations.length * fraction))] ?? 0).toFixed(1);

let accepted = 0;
started = performance.now();
const yaml = fc.check(fc.property(mutatedFrontMatter, (yamlText) => void (compareYamlReaders(yamlText) && accepted++)), { numRuns: runs, seed });
const yamlSeconds = (performance.now() - started) / 1000;

let acceptedBodies = 0;
started = performance.now();
const bodies = fc.check(fc.property(hostileBody, (text) => void (checkPublishedBody(text) && acceptedBodies++)), { numRuns: runs, seed });
const bodySeconds = (performance.now() - started) / 1000;

console.log(`seed ${seed}`);
console.log(`engine on mutated files: ${engine.numRuns} cases in ${engineSeconds.toFixed(1)} s, ${engine.failed ? 'FAILED' : 'no failure'}`);
console.log(`  time per case: median ${at(0.5)} ms, 99th percentile ${at(0.99)} ms, slowest ${at(1)} ms (bound: 1000 ms)`);
console.log(`fast YAML reader against the full parser: ${yaml.numRuns} front matters in ${yamlSeconds.toFixed(1)} s, ${accepted} taken by the fast reader, ${yaml.failed ? 'FAILED' : 'no difference'}`);
console.log(`hostile bodies, checked then rendered: ${bodies.numRuns} bodies in ${bodySeconds.toFixed(1)} s, ${acceptedBodies} accepted, ${bodies.failed ? 'FAILED' : 'no script in the HTML of any accepted body'}`);
for (const result of [engine, yaml, bodies]) {
  if (result.failed) console.error(`\nCounterexample (replay with --seed ${seed}): ${fc.stringify(result.counterexample)}\n${String(result.errorInstance)}`);
}
process.exitCode = engine.failed || yaml.failed || bodies.failed ? 1 : 0;
