// Prints the sizes of the built package (bindings/wasm/pkg) as a Markdown table:
//   node bindings/wasm/scripts/size-report.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const pkg = join(import.meta.dirname, '..', 'pkg');
const files = ['web/hoinghi_wasm_bg.wasm', 'web/hoinghi_wasm.js', 'node/hoinghi_wasm.js', 'browser.js', 'index.mjs', 'index.cjs', 'error.js'];
const row = (name, raw, gz) => `| ${name} | ${raw.toLocaleString('en')} | ${gz.toLocaleString('en')} |`;
console.log('| file | raw bytes | gzip -9 bytes |\n|---|---:|---:|');
let total = [0, 0];
for (const f of files) {
  const bytes = readFileSync(join(pkg, f));
  const gz = gzipSync(bytes, { level: 9 }).length;
  console.log(row(f, bytes.length, gz));
  if (['web/hoinghi_wasm_bg.wasm', 'web/hoinghi_wasm.js', 'browser.js', 'error.js'].includes(f)) {
    total = [total[0] + bytes.length, total[1] + gz];
  }
}
console.log(row('**browser total** (wasm + web glue + browser.js + error.js)', total[0], total[1]));
