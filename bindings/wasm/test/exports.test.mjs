// Outputs people send: iCalendar, invitation letters, and DOCX from the opt-in entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toICalendar, invitationLetters, HoinghiError } from 'hoinghi';
import * as withDocx from 'hoinghi/docx';

const dir = process.env.HOINGHI_EXAMPLES;
const plans = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]);

test('every example gives a calendar, letters for its invited bodies, and DOCX', () => {
  for (const [name, plan] of plans) {
    const ics = toICalendar(plan);
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/, name);
    assert.match(ics, /\r\nDTSTART(;TZID=Asia\/Ho_Chi_Minh|;VALUE=DATE):/, name);
    assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), `${name}: folded`);
    const letters = invitationLetters(plan);
    const invited = new Set([...(plan.chairs ?? []), ...plan.participants.groups.flatMap((g) => g.entries)].filter((x) => x.invited).map((x) => x.body.toLowerCase()));
    assert.equal(letters.length, invited.size, name);
    for (const letter of letters) {
      assert.match(letter.text, /GIẤY MỜI/);
      assert.match(letter.html, /^<!DOCTYPE html>/);
      assert.ok(letter.text.includes(`Kính gửi: ${letter.invitation.addressee[0].toUpperCase()}`));
    }
    const docx = withDocx.toDocx(plan);
    assert.ok(docx instanceof Uint8Array, name);
    assert.equal(Buffer.from(docx.subarray(0, 2)).toString(), 'PK', `${name}: a zip`);
    letters.forEach((_, i) => assert.equal(Buffer.from(withDocx.toDocx(plan, i).subarray(0, 2)).toString(), 'PK'));
  }
});

test('the sample: four letters, chairs first, numbered as GM', () => {
  const plan = plans.find(([n]) => n === 'ke-hoach-05-KH-DTN-VP.json')[1];
  const letters = invitationLetters(plan);
  assert.deepEqual(letters.map((l) => [l.invitation.addressee, l.invitation.chair]), [
    ['đại diện Thường trực Quận ủy', true],
    ['lãnh đạo Ban Dân vận Quận ủy', true],
    ['đại diện Ban Thường vụ Thành Đoàn', false],
    ['đại diện Ban Thanh niên trường học Thành Đoàn', false],
  ]);
  assert.match(letters[0].text, /Số 05-GM\/ĐTN-VP/);
  assert.match(toICalendar(plan), /\r\nUID:05-kh-dtn-vp-2022-08-18@hoinghi\r\n/);
});

test('errors from the exports', () => {
  const plan = plans[0][1];
  const undated = structuredClone(plan);
  delete undated.schedule;
  assert.throws(() => toICalendar(undated), (e) => e instanceof HoinghiError && e.code === 'export-no-schedule');
  assert.throws(() => withDocx.toDocx(plan, 99), (e) => e instanceof withDocx.HoinghiError && e.code === 'invalid-argument');
  assert.equal(withDocx.countDelegates(plan).limit, plan.participants.expected ?? null, 'the docx entry has the whole API');
});
