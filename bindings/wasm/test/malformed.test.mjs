// At least fifty malformed inputs: each throws a HoinghiError with a code, never a
// string or a wasm trap, and the module keeps working afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, readPlan, validateJson, validatePlan, countDelegates, checkQuorum, renderPlan, parseDocumentNumber, formatDocumentNumber, HoinghiError } from 'hoinghi';

const sample = JSON.parse(readFileSync(join(process.env.HOINGHI_EXAMPLES, 'ke-hoach-05-KH-DTN-VP.json'), 'utf8'));
const withField = (path, value) => {
  const plan = structuredClone(sample);
  let target = plan;
  for (const key of path.slice(0, -1)) target = target[key];
  target[path.at(-1)] = value;
  return plan;
};
const deepArray = (n) => {
  let a = [];
  for (let i = 0; i < n; i++) a = [a];
  return a;
};
const deepItems = (n) => {
  let item = { text: 'x' };
  for (let i = 0; i < n; i++) item = { text: 'x', items: [item] };
  return item;
};
const protoKey = JSON.parse('{"schemaVersion":1,"__proto__":{"polluted":true},"header":{"issuer":"X","documentType":"KẾ HOẠCH","title":"T"}}');
const ctorKey = { schemaVersion: 1, constructor: 'x', header: { issuer: 'X', documentType: 'KẾ HOẠCH', title: 'T' } };

const cases = [
  ['parsePlan(undefined)', () => parsePlan(undefined)],
  ['parsePlan(null)', () => parsePlan(null)],
  ['parsePlan(42)', () => parsePlan(42)],
  ['parsePlan({})', () => parsePlan({})],
  ['parsePlan([])', () => parsePlan([])],
  ['parsePlan("")', () => parsePlan('')],
  ['parsePlan(spaces)', () => parsePlan('   \n\t  ')],
  ['parsePlan(not a plan)', () => parsePlan('Xin chào, đây không phải kế hoạch.')],
  ['parsePlan(10 MB)', () => parsePlan('a'.repeat(10 * 1024 * 1024))],
  ['parsePlan(3 MB of ư)', () => parsePlan('ư'.repeat(1_200_000))],
  ['parsePlan(lone surrogates)', () => parsePlan('\uD800\uDC00\uD800 abc \uDFFF')],
  ['parsePlan(Symbol)', () => parsePlan(Symbol('x'))],
  ['parsePlan(BigInt)', () => parsePlan(10n)],
  ['readPlan(undefined)', () => readPlan(undefined)],
  ['readPlan(object)', () => readPlan(sample)],
  ['readPlan(unclosed JSON)', () => readPlan('{"schemaVersion": 1')],
  ['readPlan(JSON array)', () => readPlan('[{"schemaVersion": 1}]')],
  ['readPlan(20 MB)', () => readPlan(' '.repeat(20 * 1024 * 1024))],
  ['readPlan(deep JSON)', () => readPlan(`{"a":${'['.repeat(100_000)}`)],
  ['readPlan(options unknown field)', () => readPlan(JSON.stringify(sample), { leadDays: 3 })],
  ['validateJson(undefined)', () => validateJson(undefined)],
  ['validateJson(object)', () => validateJson(sample)],
  ['validateJson("")', () => validateJson('')],
  ['validateJson(trailing garbage)', () => validateJson(`${JSON.stringify(sample)} x`)],
  ['validateJson(NaN literal)', () => validateJson(JSON.stringify(sample).replace('"expected":50', '"expected":NaN'))],
  ['validateJson(unknown field)', () => validateJson(JSON.stringify(withField(['colour'], 'red')))],
  // Written as text: JSON.stringify itself cannot write an object nested this deep.
  ['validateJson(programme nested too deep)', () => validateJson(JSON.stringify(sample).replace('"programme":[', `"programme":[${'{"text":"x","items":['.repeat(10_000)}{"text":"x"}${']}'.repeat(10_000)},`))],
  ['validatePlan(undefined)', () => validatePlan(undefined)],
  ['validatePlan(null)', () => validatePlan(null)],
  ['validatePlan("plan")', () => validatePlan('plan')],
  ['validatePlan(42)', () => validatePlan(42)],
  ['validatePlan(NaN)', () => validatePlan(NaN)],
  ['validatePlan([])', () => validatePlan([])],
  ['validatePlan(deep array)', () => validatePlan(deepArray(100_000))],
  ['validatePlan({})', () => validatePlan({})],
  ['schemaVersion missing', () => validatePlan({ header: sample.header })],
  ['schemaVersion "1"', () => validatePlan({ ...sample, schemaVersion: '1' })],
  ['schemaVersion 2', () => validatePlan({ ...sample, schemaVersion: 2 })],
  ['schemaVersion NaN', () => validatePlan({ ...sample, schemaVersion: NaN })],
  ['header null', () => validatePlan(withField(['header'], null))],
  ['issuer number', () => validatePlan(withField(['header', 'issuer'], 12))],
  ['issuer undefined', () => validatePlan(withField(['header', 'issuer'], undefined))],
  ['date not a date', () => validatePlan(withField(['header', 'date'], '2022-13-45'))],
  ['date number', () => validatePlan(withField(['header', 'date'], 20220818))],
  ['number as string', () => validatePlan(withField(['header', 'number'], '05-KH/ĐTN-VP'))],
  ['number.number "5"', () => validatePlan(withField(['header', 'number', 'number'], '5'))],
  ['number.number -1', () => validatePlan(withField(['header', 'number', 'number'], -1))],
  ['number.number 1e20', () => validatePlan(withField(['header', 'number', 'number'], 1e20))],
  ['number.number 1.5', () => validatePlan(withField(['header', 'number', 'number'], 1.5))],
  ['number.style unknown', () => validatePlan(withField(['header', 'number', 'style'], 'royal'))],
  ['expected "50"', () => validatePlan(withField(['participants', 'expected'], '50'))],
  ['expected Infinity', () => validatePlan(withField(['participants', 'expected'], Infinity))],
  ['count kind unknown', () => validatePlan(withField(['participants', 'groups', 0, 'entries', 0, 'count'], { kind: 'lots' }))],
  ['count value NaN', () => validatePlan(withField(['participants', 'groups', 0, 'entries', 0, 'count'], { kind: 'exact', value: NaN }))],
  ['entries object', () => validatePlan(withField(['participants', 'groups', 0, 'entries'], { 0: {} }))],
  ['start 25:00', () => validatePlan(withField(['schedule', 'start'], '25:00'))],
  ['start with seconds', () => validatePlan(withField(['schedule', 'start'], '08:00:30'))],
  ['mode unknown', () => validatePlan(withField(['mode'], 'telepathy'))],
  ['unknown field', () => validatePlan(withField(['colour'], 'red'))],
  ['__proto__ key', () => validatePlan(protoKey)],
  ['constructor key', () => validatePlan(ctorKey)],
  ['programme nested too deep', () => validatePlan(withField(['programme'], [deepItems(10_000)]))],
  ['programme text null', () => validatePlan(withField(['programme', 0, 'text'], null))],
  ['options not an object', () => validatePlan(sample, 'strict')],
  ['options unknown field', () => validatePlan(sample, { leadDays: 3 })],
  ['options unknown rule', () => validatePlan(sample, { disabled: ['no-such-rule'] })],
  ['countDelegates(undefined)', () => countDelegates(undefined)],
  ['countDelegates(string)', () => countDelegates(JSON.stringify(sample))],
  ['checkQuorum rule undefined', () => checkQuorum(sample, undefined)],
  ['checkQuorum share string', () => checkQuorum(sample, { people: '2/3' })],
  ['checkQuorum bad unit', () => checkQuorum(sample, {}, { present: [{ group: 2, entry: 1, unit: '12', count: 1 }] })],
  ['checkQuorum too many', () => checkQuorum(sample, {}, { present: [{ group: 2, entry: 1, unit: '1', count: 9 }] })],
  ['checkQuorum no such chair', () => checkQuorum(sample, {}, { present: [], chairs: [7] })],
  ['renderPlan format unknown', () => renderPlan(sample, 'pdf')],
  ['renderPlan format missing', () => renderPlan(sample)],
  ['renderPlan plan missing', () => renderPlan(undefined, 'html')],
  ['parseDocumentNumber(number)', () => parseDocumentNumber(5)],
  ['parseDocumentNumber(garbage)', () => parseDocumentNumber('///')],
  ['parseDocumentNumber(huge)', () => parseDocumentNumber('1'.repeat(100_000))],
  ['formatDocumentNumber({})', () => formatDocumentNumber({})],
  ['formatDocumentNumber(null)', () => formatDocumentNumber(null)],
];

test(`at least fifty malformed inputs (${cases.length})`, () => {
  assert.ok(cases.length >= 50);
});

for (const [name, call] of cases) {
  test(`malformed: ${name}`, () => {
    assert.throws(call, (e) => {
      assert.ok(e instanceof HoinghiError, `${name}: ${e} is not a HoinghiError`);
      assert.match(e.code, /^[a-z]+(-[a-z0-9]+)*$/, `${name}: code ${e.code}`);
      assert.ok(e.message.length > 0);
      return true;
    });
    // The module still works.
    assert.equal(countDelegates(sample).min, 37);
  });
}

test('shape errors carry the JSON pointer of the culprit', () => {
  const codeAndPath = (call) => {
    try {
      call();
    } catch (e) {
      return [e.code, e.path];
    }
    return null;
  };
  assert.deepEqual(codeAndPath(() => validatePlan(withField(['header', 'issuer'], 12))), ['json-shape', '/header/issuer']);
  assert.deepEqual(codeAndPath(() => validatePlan(withField(['participants', 'groups', 0, 'entries', 0, 'count'], { kind: 'lots' }))).slice(0, 1), ['json-shape']);
  assert.deepEqual(codeAndPath(() => validatePlan(withField(['colour'], 'red'))), ['json-shape', '/colour']);
  assert.equal(Object.prototype.polluted, undefined, 'no prototype pollution');
});

test('NaN and Infinity are refused even in optional fields, which JSON would write as null', () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    assert.throws(
      () => validatePlan({ ...sample, venue: { name: 'Hội trường', capacity: bad } }),
      (e) => e instanceof HoinghiError && e.code === 'invalid-argument' && /NaN/.test(e.message),
    );
  }
});

test('"null" in a plan\'s text, or an explicit null for an optional field, reads as before', () => {
  const codes = (plan) => validatePlan(plan).map((d) => d.code);
  assert.deepEqual(codes(withField(['header', 'title'], 'null and void')), codes(sample));
  const { venue, ...noVenue } = sample;
  assert.ok(venue);
  assert.deepEqual(codes({ ...sample, venue: null }), codes(noVenue));
});
