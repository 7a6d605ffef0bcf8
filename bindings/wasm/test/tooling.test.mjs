// Consumers' tooling: TypeScript type-checks real usage and rejects wrong usage;
// Vite bundles the package with its .wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const project = process.cwd();
const fixtures = join(import.meta.dirname, '..', 'test-fixtures');

function tsc(file) {
  const dir = mkdtempSync(join(project, 'tsc-'));
  cpSync(join(fixtures, 'types', file), join(dir, file));
  writeFileSync(join(dir, 'tsconfig.json'), readFileSync(join(fixtures, 'types', 'tsconfig.json'), 'utf8').replace('FILE', file));
  return spawnSync(process.execPath, [process.env.HOINGHI_TSC, '-p', dir], { encoding: 'utf8' });
}

test('a correct TypeScript usage type-checks', () => {
  const r = tsc('ok.ts');
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('a wrong TypeScript usage fails to type-check, for the right reasons', () => {
  const r = tsc('wrong.ts');
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /wrong\.ts\(5,18\): error TS2345: Argument of type '"pdf"'/);
  assert.match(r.stdout, /wrong\.ts\(6,7\): error TS2322: Type 'number' is not assignable to type 'string'/);
  assert.match(r.stdout, /wrong\.ts\(7,22\): error TS2353: .*'leadDays'/);
  assert.match(r.stdout, /wrong\.ts\(9,14\): error TS2345: Argument of type 'Plan' is not assignable to parameter of type 'string'/);
  assert.match(r.stdout, /wrong\.ts\(10,7\): error TS2322: Type 'SourceFormat' is not assignable to type '"markdown"'/);
});

test('Vite bundles the package and its wasm', () => {
  const dir = mkdtempSync(join(project, 'vite-'));
  cpSync(join(fixtures, 'vite-app'), dir, { recursive: true });
  const r = spawnSync(process.execPath, [process.env.HOINGHI_VITE, 'build', '--logLevel', 'warn'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const assets = readdirSync(join(dir, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm in ${assets}`);
  assert.ok(assets.some((f) => f.endsWith('.js')));
  assert.ok(existsSync(join(dir, 'dist', 'index.html')));
});
