// readPlan (text or JSON → plan, diagnostics and count in one call) and validateJson
// (diagnostics straight from JSON text), against the functions they compose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPlan, validateJson, parsePlan, validatePlan, countDelegates, HoinghiError } from 'hoinghi';

const dir = process.env.HOINGHI_EXAMPLES;
const examples = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const read = (name, ext) => readFileSync(join(dir, `${name}.${ext}`), 'utf8');

const thrown = (call) => {
  try {
    call();
  } catch (e) {
    assert.ok(e instanceof HoinghiError, `${e} is a HoinghiError`);
    return [e.code, e.path];
  }
  assert.fail('should throw');
};

test('readPlan of every example, as text and as JSON, is what the separate calls give', () => {
  assert.ok(examples.length >= 4);
  for (const name of examples) {
    const text = read(name, 'txt');
    const json = read(name, 'json');
    const parsed = parsePlan(text);
    const fromText = readPlan(text);
    assert.deepEqual(Object.keys(fromText).sort(), ['count', 'diagnostics', 'format', 'plan']);
    assert.equal(fromText.format, 'text', name);
    assert.deepEqual(fromText.plan, parsed.plan, name);
    assert.deepEqual(fromText.diagnostics, [...parsed.diagnostics, ...validatePlan(parsed.plan)], name);
    assert.deepEqual(fromText.count, countDelegates(parsed.plan), name);

    const plan = JSON.parse(json);
    const fromJson = readPlan(json);
    assert.equal(fromJson.format, 'json', name);
    assert.deepEqual(fromJson.plan, plan, name);
    assert.deepEqual(fromJson.diagnostics, validatePlan(plan), name);
    assert.deepEqual(fromJson.count, countDelegates(plan), name);
  }
});

test('readPlan tells JSON by its first character, after a byte-order mark and white space', () => {
  const json = read('ke-hoach-05-KH-DTN-VP', 'json');
  assert.equal(readPlan(`\uFEFF \n\t${json}`).format, 'json');
  assert.equal(readPlan(`\uFEFF${read('ke-hoach-05-KH-DTN-VP', 'txt')}`).format, 'text');
  // Text that merely contains JSON is text, and not a plan.
  assert.deepEqual(thrown(() => readPlan(`x ${json}`)), ['not-a-plan', undefined]);
});

test('readPlan takes the options of validatePlan', () => {
  const text = read('ke-hoach-05-KH-DTN-VP', 'txt');
  const codes = (options) => readPlan(text, options).diagnostics.map((d) => d.code);
  assert.deepEqual(codes(), ['reporting-period-mismatch', 'delegate-count-unknown']);
  assert.deepEqual(codes({ disabled: ['delegate-count-unknown'] }), ['reporting-period-mismatch']);
  assert.deepEqual(codes({ only: [] }), []);
  assert.equal(readPlan(text, { only: [] }).count.min, 37, 'counted whatever rules run');
  assert.equal(codes({ minLeadDays: 10 }).filter((c) => c === 'short-notice').length, 1);
  assert.deepEqual(codes(null), codes(undefined));
  assert.deepEqual(thrown(() => readPlan(text, { leadDays: 3 })), ['json-shape', '/leadDays']);
});

test('readPlan: what cannot be read throws, with the code of the reader that refused it', () => {
  assert.deepEqual(thrown(() => readPlan('{ "schemaVersion": 1, ')), ['json-syntax', undefined]);
  assert.deepEqual(thrown(() => readPlan('{"schemaVersion": 2}')), ['schema-version', undefined]);
  assert.deepEqual(thrown(() => readPlan('{"schemaVersion": 1, "header": {"issuer": 5}}')), ['json-shape', '/header/issuer']);
  assert.deepEqual(thrown(() => readPlan('Xin chào, đây không phải kế hoạch.')), ['not-a-plan', undefined]);
  assert.deepEqual(thrown(() => readPlan(' \n ')), ['input-empty', undefined]);
  assert.deepEqual(thrown(() => readPlan('a'.repeat(3 * 1024 * 1024))), ['input-too-large', undefined]);
  for (const bad of [undefined, null, 42, {}, ['KẾ HOẠCH']]) assert.deepEqual(thrown(() => readPlan(bad)), ['invalid-argument', undefined]);
});

test('validateJson of every example is validatePlan of the parsed JSON', () => {
  for (const name of examples) {
    const json = read(name, 'json');
    assert.deepEqual(validateJson(json), validatePlan(JSON.parse(json)), name);
    assert.deepEqual(validateJson(json, { only: [] }), [], name);
  }
  const sample = read('ke-hoach-05-KH-DTN-VP', 'json');
  assert.deepEqual(validateJson(sample, { disabled: ['delegate-count-unknown'] }).map((d) => d.code), ['reporting-period-mismatch']);
  assert.equal(validateJson(`\uFEFF${sample}`).length, 2);
});

test('validateJson: shape and syntax errors throw, like validatePlan', () => {
  const sample = read('ke-hoach-05-KH-DTN-VP', 'json');
  const plan = JSON.parse(sample);
  plan.header.colour = 'red';
  assert.deepEqual(thrown(() => validateJson(JSON.stringify(plan))), thrown(() => validatePlan(plan)));
  assert.deepEqual(thrown(() => validateJson(JSON.stringify(plan))), ['json-shape', '/header/colour']);
  assert.deepEqual(thrown(() => validateJson(sample.slice(0, 100))), ['json-syntax', undefined]);
  assert.deepEqual(thrown(() => validateJson('[]')), ['json-shape', '']);
  assert.deepEqual(thrown(() => validateJson('{"schemaVersion": 2}')), ['schema-version', undefined]);
  // Plan text is not JSON.
  assert.deepEqual(thrown(() => validateJson(read('ke-hoach-05-KH-DTN-VP', 'txt'))), ['json-syntax', undefined]);
  assert.deepEqual(thrown(() => validateJson(plan)), ['invalid-argument', undefined]);
  assert.deepEqual(thrown(() => validateJson(sample, 'strict')), thrown(() => validatePlan(JSON.parse(sample), 'strict')));
});
