// JavaScript benchmark over the built package (bindings/wasm/pkg), all in one run:
//   node bindings/wasm/scripts/bench.mjs [SCALE]         the national congress at SCALE (default 100)
//   node bindings/wasm/scripts/bench.mjs --validation [PLAN…]
// The first form times every function on a generated national-congress plan against
// JSON.parse of its JSON, ajv checking the shipped JSON Schema (structure only) and a
// zod schema of the same structure. The second compares validation with ajv, as a
// program holding JSON text does it (JSON.parse + ajv against validateJson) and as
// one holding objects does (ajv against validatePlan), on each PLAN: `sample` (the
// example plan) or a scale (default: sample 4 16 215, about 7, 19, 75 KB and 1 MB of
// JSON). Reports medians and ratios to ajv; asserts nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = import.meta.dirname;
const repo = join(here, '..', '..', '..');
const pkg = join(here, '..', 'pkg');
const validation = process.argv[2] === '--validation';
const scale = validation ? 100 : Number(process.argv[2] ?? 100);
const makePlan = (s) => execFileSync('cargo', ['run', '-q', '--release', '-p', 'hoinghi-tests', '--bin', 'make-plan', '--', String(s)], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });

const json = makePlan(scale);
const plan = JSON.parse(json);

const compileStart = performance.now();
await WebAssembly.compile(readFileSync(join(pkg, 'web', 'hoinghi_wasm_bg.wasm')));
const compileMs = performance.now() - compileStart;
const importStart = performance.now();
const hoinghi = await import(join(pkg, 'index.mjs'));
const importMs = performance.now() - importStart;

const Ajv2020 = require('ajv/dist/2020.js').default;
const ajvValidate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(repo, 'schema', 'plan.schema.json'), 'utf8')));
const { z } = require('zod');

// The same structure in zod (strict objects, as the Rust reader rejects unknown fields).
const str = z.string();
const int = z.number().int().nonnegative();
const opt = (t) => t.optional();
const period = z.discriminatedUnion('kind', ['firstMonths', 'lastMonths'].map((kind) => z.strictObject({ kind: z.literal(kind), months: int, year: opt(z.number().int()) })).concat([z.strictObject({ kind: z.literal('quarter'), quarter: int, year: opt(z.number().int()) })]));
const headcount = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), value: int }),
  z.strictObject({ kind: z.literal('range'), min: int, max: int }),
  z.strictObject({ kind: z.literal('atLeast'), min: int }),
  z.strictObject({ kind: z.literal('unknown') }),
]);
const item = z.lazy(() => z.strictObject({ start: opt(str), end: opt(str), text: str, presenter: opt(str), reportingPeriod: opt(period), items: opt(z.array(item)) }));
const zodPlan = z.strictObject({
  schemaVersion: int,
  header: z.strictObject({ heading: opt(z.array(str)), superior: opt(str), issuer: str, number: opt(z.strictObject({ style: z.enum(['party', 'state', 'slashed']), number: int, typeCode: str, issuer: str, unit: opt(str) })), place: opt(str), date: opt(str), documentType: str, title: str, reportingPeriod: opt(period) }),
  preamble: opt(z.array(str)),
  purposes: opt(z.array(str)),
  levels: opt(z.array(z.strictObject({ id: str, name: str }))),
  units: opt(z.array(z.strictObject({ noun: str, count: opt(int), members: opt(z.array(str)) }))),
  chairs: opt(z.array(z.strictObject({ invited: opt(z.boolean()), role: opt(str), body: str }))),
  participants: opt(z.strictObject({ expected: opt(int), groups: opt(z.array(z.strictObject({ level: opt(str), entries: z.array(z.strictObject({ invited: opt(z.boolean()), role: opt(str), body: str, each: opt(str), count: headcount, countStated: opt(z.boolean()) })) }))) })),
  schedule: opt(z.strictObject({ tentative: opt(z.boolean()), date: str, endDate: opt(str), start: opt(str), end: opt(str), durationMinutes: opt(int), weekdayLabel: opt(str) })),
  venue: opt(z.strictObject({ name: str, capacity: opt(int) })),
  mode: opt(z.enum(['inPerson', 'online', 'hybrid'])),
  sites: opt(z.array(z.strictObject({ host: opt(z.boolean()), name: str, capacity: opt(int) }))),
  programme: opt(z.array(item)),
  assignments: opt(z.array(z.strictObject({ body: str, tasks: opt(z.array(str)), deadline: opt(str) }))),
  budget: opt(z.strictObject({ items: opt(z.array(z.strictObject({ description: str, amount: int }))), total: opt(int), source: opt(str) })),
  quorum: opt(z.any()),
  closing: opt(z.array(str)),
  signature: opt(z.strictObject({ authority: opt(z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q'])), principal: opt(str), title: opt(str), name: opt(str) })),
  recipients: opt(z.array(z.strictObject({ body: str, subUnits: opt(z.array(str)) }))),
  archive: opt(z.strictObject({ units: z.array(str) })),
  unrecognised: opt(z.array(z.any())),
});

if (!ajvValidate(plan)) throw new Error(`ajv rejects the plan: ${JSON.stringify(ajvValidate.errors)}`);
zodPlan.parse(plan);

const SAMPLES = 25;
/** Median time of one call, in ms; calls shorter than 2 ms are timed in batches. */
function median(fn, samples = SAMPLES) {
  for (let i = 0; i < 5; i++) fn();
  let t = performance.now();
  fn();
  const batch = Math.max(1, Math.ceil(2 / Math.max(performance.now() - t, 1e-3)));
  const times = [];
  for (let i = 0; i < samples; i++) {
    t = performance.now();
    for (let j = 0; j < batch; j++) fn();
    times.push((performance.now() - t) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median time of one call of each of `fns`, timed in turn sample after sample. */
function interleaved(fns, samples = 4 * SAMPLES) {
  const batches = fns.map((fn) => {
    for (let i = 0; i < 5; i++) fn();
    const t = performance.now();
    fn();
    return Math.max(1, Math.ceil(2 / Math.max(performance.now() - t, 1e-3)));
  });
  const times = fns.map(() => []);
  for (let i = 0; i < samples; i++) {
    fns.forEach((fn, k) => {
      const t = performance.now();
      for (let j = 0; j < batches[k]; j++) fn();
      times[k].push((performance.now() - t) / batches[k]);
    });
  }
  return times.map((ts) => ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)]);
}

if (validation) {
  compareValidation(process.argv.length > 3 ? process.argv.slice(3) : ['sample', '4', '16', '215']);
} else {
  everyFunction();
}

function everyFunction() {
  const rows = [
    ['JSON.parse of the plan JSON', median(() => JSON.parse(json))],
    ['ajv, JSON Schema (structure only)', median(() => ajvValidate(plan))],
    ['zod, same structure', median(() => zodPlan.parse(plan))],
    ['hoinghi validatePlan', median(() => hoinghi.validatePlan(plan))],
    ['hoinghi validatePlan, no rules (reading and structure only)', median(() => hoinghi.validatePlan(plan, { only: [] }))],
    ['hoinghi validateJson (from the JSON text)', median(() => hoinghi.validateJson(json))],
    ['hoinghi readPlan (from the JSON text: plan, diagnostics, count)', median(() => hoinghi.readPlan(json))],
    ['hoinghi countDelegates', median(() => hoinghi.countDelegates(plan))],
    ['hoinghi renderPlan html', median(() => hoinghi.renderPlan(plan, 'html'))],
  ];
  const ajv = rows[1][1];
  const count = hoinghi.countDelegates(plan);
  console.log(`Plan: scale ${scale}, ${count.min} delegates, ${plan.programme.length} programme items, ${json.length} bytes of JSON; Node ${process.version}.\n`);
  console.log('| operation | median ms | × ajv |\n|---|---:|---:|');
  for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(3)} | ${(ms / ajv).toFixed(2)} |`);
  const gz = (f) => gzipSync(readFileSync(join(pkg, f)), { level: 9 }).length;
  console.log(`\nModule: compile ${compileMs.toFixed(1)} ms, import and initialise (Node ESM entry) ${importMs.toFixed(1)} ms; wasm ${gz('web/hoinghi_wasm_bg.wasm')} B + glue ${gz('web/hoinghi_wasm.js')} B gzip.`);
}

/**
 * Validation against ajv (draft 2020-12, structure only) on each plan, from JSON text
 * and from objects, with where validateJson's time goes: reading (no rules: copying
 * the text in, serde, the limits) against the rules, and of reading, turning the text
 * into UTF-8 (`TextEncoder.encodeInto`, which the glue calls to copy a string in).
 */
function compareValidation(plans) {
  const encoder = new TextEncoder();
  const out = new Uint8Array(64 << 20);
  console.log(`Node ${process.version}; medians of ${4 * SAMPLES} samples, taken in turn, after 5 warm-ups.\n`);
  console.log('| plan | JSON | JSON.parse + ajv | validateJson | × | of which: text to UTF-8 | reading (no rules) | rules | ajv (object) | validatePlan (object) | × |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const name of plans) {
    const text = name === 'sample' ? readFileSync(join(repo, 'examples', 'plans', 'ke-hoach-05-KH-DTN-VP.json'), 'utf8') : makePlan(name);
    const object = JSON.parse(text);
    if (!ajvValidate(object)) throw new Error(`ajv rejects ${name}`);
    if (JSON.stringify(hoinghi.validateJson(text)) !== JSON.stringify(hoinghi.validatePlan(object))) throw new Error(`validateJson and validatePlan differ on ${name}`);
    // Interleaved, so that each is timed under the same load as the others.
    const [fromText, validateJson, utf8, reading, fromObject, validatePlan] = interleaved([
      () => ajvValidate(JSON.parse(text)),
      () => hoinghi.validateJson(text),
      () => encoder.encodeInto(text, out),
      () => hoinghi.validateJson(text, { only: [] }),
      () => ajvValidate(object),
      () => hoinghi.validatePlan(object),
    ]);
    const kb = `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
    const ms = (x) => x.toFixed(3);
    console.log(`| ${name === 'sample' ? 'sample' : `×${name}`} | ${kb} | ${ms(fromText)} | ${ms(validateJson)} | ${(validateJson / fromText).toFixed(1)} | ${ms(utf8)} | ${ms(reading)} | ${ms(validateJson - reading)} | ${ms(fromObject)} | ${ms(validatePlan)} | ${(validatePlan / fromObject).toFixed(1)} |`);
  }
}
