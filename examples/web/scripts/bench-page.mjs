// What a user feels after pasting a large plan into the built page (examples/web/dist),
// in headless Chromium with the flags of the tests:
//   node scripts/bench-page.mjs [RUNS]          (after `npm run build`)
// For national-congress plans of about 25 KB, 200 KB and 1 MB of text: the time from
// the paste (select all, paste from the clipboard: one input event) to the delegate
// count on screen, the longest main-thread task from the paste until the page has
// drawn its first pages of rows (PerformanceObserver 'longtask', installed before the
// page loads), and the longest delay of a key typed right after the paste (Event
// Timing: from the key to its handler). Medians of RUNS runs (default 3); asserts
// nothing.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const dist = join(import.meta.dirname, '..', 'dist');
const runs = Number(process.argv[2] ?? 3);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dist, path === '/' ? 'index.html' : path);
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const profile = mkdtempSync(join(tmpdir(), 'hoinghi-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.slice(0, -1) });

/** The national congress of the tests, about `bytes` bytes of text. */
function congress(bytes) {
  const entries = [];
  let size = 0;
  for (let i = 0; size < bytes - 200; i++) {
    const line = `- Bí thư và Phó Bí thư Đoàn xã số ${(i % 100) + 1} tỉnh số ${Math.floor(i / 100) + 1}.`;
    entries.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const cap = Math.ceil((entries.length * 2 + 200) / 100) * 100;
  const text = `BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN\nKẾ HOẠCH\nTổ chức Đại hội\n-----\nII. NỘI DUNG\n1. Thành phần tham dự hội nghị: Dự kiến ${cap} đại biểu\n${entries.join('\n')}\n`;
  return { text, delegates: entries.length * 2, cap };
}

async function once(plan) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    window.keys = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') window.keys.push({ start: e.startTime, delay: e.processingStart - e.startTime });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(base);
  await page.focus('#source');
  await page.evaluate((t) => navigator.clipboard.writeText(t), plan.text);
  await page.waitForFunction(() => true);
  const since = await page.evaluate(() => performance.now());
  await page.keyboard.press('ControlOrMeta+V');
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  const expected = `${plan.delegates} / dự kiến ${plan.cap}`;
  await page.waitForFunction((e) => document.querySelector('#delegates-text')?.textContent === e, expected, { timeout: 300_000, polling: 'raf' });
  const count = (await page.evaluate(() => performance.now())) - since;
  await page.waitForFunction(() => document.querySelectorAll('#attendance input').length === 200, null, { timeout: 300_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  const { worst, key } = await page.evaluate((t) => ({
    worst: Math.max(0, ...window.longTasks.filter((x) => x.start + x.duration > t).map((x) => x.duration)),
    key: Math.max(0, ...window.keys.filter((x) => x.start > t).map((x) => x.delay)),
  }), since);
  await page.close();
  return { count, worst, key };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const page = await context.newPage();
const version = (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1];
await page.close();
console.log(`Headless Chromium ${version}; medians of ${runs} runs.\n`);
console.log('| plan | text | delegates | paste to count | longest main-thread task | longest key delay |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [label, bytes] of [['25 KB', 25_000], ['200 KB', 200_000], ['1 MB', 1_000_000]]) {
  const plan = congress(bytes);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(plan));
  const ms = (key) => `${median(results.map((r) => r[key])).toFixed(0)} ms`;
  const keyDelay = median(results.map((r) => r.key));
  console.log(`| ${label} | ${(Buffer.byteLength(plan.text) / 1024).toFixed(0)} KB | ${plan.delegates} | ${ms('count')} | ${ms('worst')} | ${keyDelay ? `${keyDelay.toFixed(0)} ms` : 'under 16 ms'} |`);
}
await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });
