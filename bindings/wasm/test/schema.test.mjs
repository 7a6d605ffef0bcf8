// The JSON Schema shipped in the package describes every example plan (ajv, draft 2020-12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const Ajv2020 = require(process.env.HOINGHI_AJV).default;
const schema = require('hoinghi/plan.schema.json');

test('every example plan is valid against the shipped schema, and a broken one is not', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const dir = process.env.HOINGHI_EXAMPLES;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const plan = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    assert.ok(validate(plan), `${file}: ${JSON.stringify(validate.errors)}`);
    plan.header.colour = 'red';
    assert.ok(!validate(plan), `${file}: an unknown field is refused`);
  }
});
