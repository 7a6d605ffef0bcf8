// Reading plans from Word documents: parsePlanDocx, only in the opt-in entry
// `hoinghi/docx`, on the fixtures of tests/docx/ (made by tests/docx/make_fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as main from 'hoinghi';
import { parsePlanDocx, parsePlan, toDocx, HoinghiError } from 'hoinghi/docx';

const fixtures = process.env.HOINGHI_DOCX_FIXTURES;
const fixture = (name) => new Uint8Array(readFileSync(join(fixtures, name)));

test('a plan drafted in Word reads with its numbering and tables', () => {
  const { plan, diagnostics } = parsePlanDocx(fixture('ke-hoach-05-word-numbering.docx'));
  assert.equal(plan.header.issuer, 'BCH ĐOÀN QUẬN 12');
  assert.equal(plan.header.documentType, 'KẾ HOẠCH');
  assert.equal(plan.programme.length, 6);
  assert.equal(plan.chairs.length, 3);
  assert.deepEqual(plan.assignments.map((a) => a.body), ['Văn phòng Quận Đoàn', 'Các Ban Quận Đoàn', 'Các cơ sở Đoàn']);
  // Read as its text is: the header and signature tables as cells, nothing to report.
  assert.deepEqual(diagnostics, []);
});

test('diagnostics say where in the document they are', () => {
  const { diagnostics } = parsePlanDocx(fixture('tracked-fields-boxes-notes.docx'));
  const located = diagnostics.filter((d) => d.source);
  assert.ok(located.some((d) => d.origin.kind === 'tableRow'), JSON.stringify(located));
  for (const d of located) assert.ok(['paragraph', 'tableRow'].includes(d.origin.kind), JSON.stringify(d));
  assert.ok(located.some((d) => d.message.en.startsWith('Table 2, row 1')), JSON.stringify(located));
});

test('tracked changes, fields, a text box and a footnote', () => {
  const { plan, diagnostics } = parsePlanDocx(fixture('tracked-fields-boxes-notes.docx'));
  assert.equal(plan.schedule.date, '2025-03-20');
  assert.equal(plan.schedule.start, '08:00');
  assert.equal(plan.venue.name, 'Hội trường Ủy ban nhân dân xã');
  const footnote = diagnostics.find((d) => d.message.en.startsWith('The footnote'));
  assert.deepEqual(footnote.origin, { kind: 'paragraph', index: 7 });
  assert.match(footnote.message.vi, /Giờ có thể thay đổi/);
});

test('the export reads back: toDocx, then parsePlanDocx', () => {
  const text = readFileSync(join(process.env.HOINGHI_EXAMPLES, 'ke-hoach-05-KH-DTN-VP.txt'), 'utf8');
  const { plan } = parsePlan(text);
  const back = parsePlanDocx(toDocx(plan)).plan;
  assert.equal(back.header.title, plan.header.title);
  assert.deepEqual(back.programme, plan.programme);
  assert.deepEqual(back.participants, plan.participants);
});

test('files that are not .docx plans throw a HoinghiError with a code', () => {
  for (const [name, code] of [
    ['legacy-word-97.doc', 'docx-legacy-doc'],
    ['encrypted.docx', 'docx-encrypted'],
    ['zip-bomb.docx', 'docx-too-large'],
    ['spreadsheet.xlsx', 'docx-malformed'],
    ['not-a-plan.docx', 'not-a-plan'],
  ]) {
    assert.throws(() => parsePlanDocx(fixture(name)), (e) => e instanceof HoinghiError && e.code === code, name);
  }
  assert.throws(() => parsePlanDocx(new TextEncoder().encode('KẾ HOẠCH')), (e) => e.code === 'docx-not-zip');
  assert.throws(() => parsePlanDocx(new Uint8Array(0)), (e) => e.code === 'docx-not-zip');
  assert.throws(() => parsePlanDocx('ke-hoach.docx'), (e) => e instanceof HoinghiError && e.code === 'invalid-argument');
  assert.throws(() => parsePlanDocx(fixture('not-a-plan.docx').buffer), (e) => e.code === 'invalid-argument');
  assert.match(
    (() => { try { parsePlanDocx(fixture('legacy-word-97.doc')); } catch (e) { return e.message; } })(),
    /save it as \.docx/,
  );
});

test('the default entry has no docx reader', () => {
  assert.equal(main.parsePlanDocx, undefined);
  assert.equal(typeof parsePlanDocx, 'function');
});
