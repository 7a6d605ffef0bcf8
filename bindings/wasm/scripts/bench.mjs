// JavaScript benchmark over the built package (bindings/wasm/pkg), all in one run:
//   node bindings/wasm/scripts/bench.mjs [SCALE]
// validatePlan on a generated national-congress plan, against JSON.parse of its JSON,
// ajv checking the shipped JSON Schema (structure only) and a zod schema of the same
// structure. Reports medians and ratios to ajv; asserts nothing.
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
const scale = Number(process.argv[2] ?? 100);

const json = execFileSync('cargo', ['run', '-q', '--release', '-p', 'hoinghi-tests', '--bin', 'make-plan', '--', String(scale)], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
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
  header: z.strictObject({ heading: opt(z.array(str)), superior: opt(str), issuer: str, number: opt(z.strictObject({ style: z.enum(['party', 'state']), number: int, typeCode: str, issuer: str, unit: opt(str) })), place: opt(str), date: opt(str), documentType: str, title: str, reportingPeriod: opt(period) }),
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

function median(fn, samples = 25) {
  for (let i = 0; i < 5; i++) fn();
  const times = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [
  ['JSON.parse of the plan JSON', median(() => JSON.parse(json))],
  ['ajv, JSON Schema (structure only)', median(() => ajvValidate(plan))],
  ['zod, same structure', median(() => zodPlan.parse(plan))],
  ['hoinghi validatePlan', median(() => hoinghi.validatePlan(plan))],
  ['hoinghi validatePlan, no rules (reading and structure only)', median(() => hoinghi.validatePlan(plan, { only: [] }))],
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
