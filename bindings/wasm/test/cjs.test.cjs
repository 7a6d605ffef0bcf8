// CommonJS consumers, inside a project whose package.json says "type": "module".
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const hoinghi = require('hoinghi');

test('require works and is initialised', () => {
  const text = readFileSync(join(process.env.HOINGHI_EXAMPLES, 'ke-hoach-05-KH-DTN-VP.txt'), 'utf8');
  const { plan } = hoinghi.parsePlan(text);
  assert.equal(hoinghi.countDelegates(plan).min, 37);
  assert.throws(() => hoinghi.validatePlan(null), (e) => e instanceof hoinghi.HoinghiError && e.code === 'invalid-argument');
});

test('the docx entry works from CommonJS too', () => {
  const { toDocx, parsePlanDocx } = require('hoinghi/docx');
  const plan = JSON.parse(readFileSync(join(process.env.HOINGHI_EXAMPLES, 'ke-hoach-05-KH-DTN-VP.json'), 'utf8'));
  const bytes = toDocx(plan);
  assert.equal(Buffer.from(bytes.subarray(0, 2)).toString(), 'PK');
  assert.equal(parsePlanDocx(bytes).plan.header.title, plan.header.title);
});
