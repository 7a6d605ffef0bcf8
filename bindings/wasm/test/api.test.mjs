// The package as a Node.js user sees it (ES modules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hoinghi from 'hoinghi';
import { parsePlan, validatePlan, countDelegates, checkQuorum, renderPlan, parseDocumentNumber, formatDocumentNumber, schemaVersion, version, HoinghiError } from 'hoinghi';

const examples = process.env.HOINGHI_EXAMPLES;
const sampleText = readFileSync(join(examples, 'ke-hoach-05-KH-DTN-VP.txt'), 'utf8');
const sampleJson = JSON.parse(readFileSync(join(examples, 'ke-hoach-05-KH-DTN-VP.json'), 'utf8'));

test('the sample text parses into the sample JSON', () => {
  const { plan, diagnostics } = parsePlan(sampleText);
  assert.deepEqual(plan, sampleJson);
  assert.deepEqual(diagnostics, []);
  assert.equal(Object.getPrototypeOf(plan), Object.prototype, 'plain objects, not Maps');
});

test('validation reports exactly the two known problems', () => {
  const diagnostics = validatePlan(sampleJson);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.path]), [
    ['reporting-period-mismatch', 'warning', '/programme/1/reportingPeriod'],
    ['delegate-count-unknown', 'warning', '/participants/groups/1/entries/2'],
  ]);
  for (const d of diagnostics) {
    assert.equal(typeof d.message.vi, 'string');
    assert.equal(typeof d.message.en, 'string');
  }
  assert.deepEqual(validatePlan(sampleJson, { disabled: ['delegate-count-unknown'] }).map((d) => d.code), ['reporting-period-mismatch']);
  assert.equal(validatePlan(sampleJson, { minLeadDays: 10 }).filter((d) => d.code === 'short-notice').length, 1);
});

test('counting gives 37 known of a cap of 50, the rest unknown', () => {
  const count = countDelegates(sampleJson);
  assert.equal(count.min, 37);
  assert.equal(count.max, null);
  assert.equal(count.limit, 50);
  assert.deepEqual(count.unknown, ['/participants/groups/1/entries/2']);
  assert.deepEqual(count.groups.map((g) => g.min), [2, 2, 33]);
});

test('renders text, markdown and escaped html', () => {
  assert.match(renderPlan(sampleJson, 'text'), /^THÀNH ĐOÀN TP\. HỒ CHÍ MINH/);
  assert.match(renderPlan(sampleJson, 'markdown'), /## KẾ HOẠCH/);
  const evil = structuredClone(sampleJson);
  evil.header.title = '<script>alert(1)</script>';
  const html = renderPlan(evil, 'html');
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(!html.includes('<script>'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  // The text rendering reads back into the same plan.
  assert.deepEqual(parsePlan(renderPlan(sampleJson, 'text')).plan, sampleJson);
});

test('quorum: reachable without attendance, then met and not met on the day', () => {
  const rule = { required: [{ group: 2, entry: 1, everyUnit: true }] };
  assert.equal(checkQuorum(sampleJson, rule).outcome, 'undetermined');
  assert.equal(checkQuorum(sampleJson, { people: { numerator: 4, denominator: 3 } }).outcome, 'notMet');
  const wards = (skip) => Array.from({ length: 11 }, (_, i) => String(i + 1)).filter((w) => !skip.includes(w));
  const attendance = (units) => ({ present: units.map((unit) => ({ group: 2, entry: 1, unit, count: 1 })) });
  const missing = checkQuorum(sampleJson, rule, attendance(wards(['3', '7'])));
  assert.equal(missing.outcome, 'notMet');
  assert.deepEqual(missing.required[0].missingUnits, ['phường 3', 'phường 7']);
  assert.match(missing.summary.en, /absent in phường 3, phường 7/);
  assert.equal(checkQuorum(sampleJson, rule, attendance(wards([]))).outcome, 'met');
  const yu = checkQuorum(sampleJson, { people: { numerator: 2, denominator: 3 }, units: { share: { numerator: 2, denominator: 3 } } }, attendance(wards(['3', '7'])));
  assert.deepEqual(yu.units.unrepresented, ['phường 3', 'phường 7']);
  assert.throws(() => checkQuorum(sampleJson, rule, { present: [{ group: 9, entry: 0, count: 1 }] }), (e) => e instanceof HoinghiError && e.code === 'attendance-invalid');
});

test('document numbers in both styles', () => {
  const n = parseDocumentNumber('Số 05 -KH/ĐTN-VP');
  assert.deepEqual(n, { style: 'party', number: 5, typeCode: 'KH', issuer: 'ĐTN', unit: 'VP' });
  assert.equal(formatDocumentNumber(n), '05-KH/ĐTN-VP');
  assert.equal(formatDocumentNumber(parseDocumentNumber('05/KH-UBND')), '05/KH-UBND');
  assert.throws(() => parseDocumentNumber('KH/ĐTN'), (e) => e instanceof HoinghiError && e.code === 'document-number-invalid');
});

test('versions and the module shape', () => {
  assert.equal(schemaVersion(), 1);
  assert.match(version(), /^\d+\.\d+\.\d+/);
  assert.equal(typeof hoinghi.default, 'function', 'init exists so browser code runs unchanged');
});

test('errors are HoinghiError with code and path', () => {
  const bad = structuredClone(sampleJson);
  bad.header.colour = 'red';
  try {
    validatePlan(bad);
    assert.fail('should throw');
  } catch (e) {
    assert.ok(e instanceof Error);
    assert.ok(e instanceof HoinghiError);
    assert.equal(e.name, 'HoinghiError');
    assert.equal(e.code, 'json-shape');
    assert.equal(e.path, '/header/colour');
    assert.match(e.message, /colour/);
  }
  assert.throws(() => validatePlan({ ...sampleJson, schemaVersion: 2 }), (e) => e.code === 'schema-version');
  assert.ok(!(new Error('x') instanceof HoinghiError));
});

test("renderPlan keeps the author's document; { official: true } lays it out officially, and officialChanges says what that changes", () => {
  const authored = [
    'ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'Số: 12/KH-UBND', 'An Phú, ngày 05 tháng 03 năm 2025', 'KẾ HOẠCH',
    'Tổ chức Hội nghị tổng kết công tác năm 2024', 'I. Mục đích, yêu cầu', '- Đánh giá kết quả công tác năm 2024.',
    'II. Thời gian, địa điểm', '- Thời gian: 08 giờ 00, ngày 20/3/2025.', '- Địa điểm: Hội trường Ủy ban nhân dân xã.', '',
  ].join('\n');
  const { plan } = parsePlan(authored);
  const asWritten = renderPlan(plan, 'text');
  assert.match(asWritten, /^I\. Mục đích, yêu cầu$/m);
  assert.match(asWritten, /^- Thời gian: 08 giờ 00, ngày 20\/3\/2025\.$/m);
  assert.equal(renderPlan(plan, 'text', { official: false }), asWritten);
  const official = renderPlan(plan, 'text', { official: true });
  assert.match(official, /^I\. MỤC ĐÍCH, YÊU CẦU$/m);
  assert.doesNotMatch(official, /Mục đích, yêu cầu/);
  const changes = hoinghi.officialChanges(plan);
  assert.ok(changes.some((c) => c.removed.includes('I. Mục đích, yêu cầu') && c.added.includes('I. MỤC ĐÍCH, YÊU CẦU')), JSON.stringify(changes));
  // A plan without the author's layout is already official: nothing to change.
  const { layout, ...fields } = plan;
  assert.ok(layout);
  assert.deepEqual(hoinghi.officialChanges(fields), []);
  assert.equal(renderPlan(fields, 'text', { official: true }), renderPlan(fields, 'text'));
  assert.throws(() => renderPlan(plan, 'text', { offical: true }), (e) => e instanceof HoinghiError && e.code === 'json-shape');
});
