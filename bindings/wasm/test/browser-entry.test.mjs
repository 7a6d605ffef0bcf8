// The browser entry (`--target web` glue): explicit initialisation, then synchronous calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = dirname(createRequire(import.meta.url).resolve('hoinghi/package.json'));

test('init with the module bytes, as a page without a bundler does with a URL', async () => {
  const web = await import(pathToFileURL(join(root, 'browser.js')).href);
  await web.default({ module_or_path: readFileSync(join(root, 'web/hoinghi_wasm_bg.wasm')) });
  const text = readFileSync(join(process.env.HOINGHI_EXAMPLES, 'ke-hoach-05-KH-DTN-VP.txt'), 'utf8');
  assert.equal(web.countDelegates(web.parsePlan(text).plan).limit, 50);
  assert.throws(() => web.parsePlan(1), (e) => e instanceof web.HoinghiError);
});
