// Size of the default build: wasm + JS glue, gzip -9. Sizes are deterministic, so
// this is a gate, not a timing.
//
// The goal (issue 4) is 150 KB. The build is not there yet: BENCHMARKS.md shows where
// the bytes go. Until it is, CEILING stops the size from growing; lower it whenever
// the build shrinks, and set it to GOAL once the goal is met.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const GOAL = 150 * 1024;
// 240,000 after removing chrono's formatter; raised to 242,000 when the documented limits
// and the "…: 02 đ/c" count forms were added (+1.8 KB); 226,000 once NFC used its own
// packed tables (224,876, −16 KB); 212,000 once case mapping did too (210,766, −14 KB);
// raised to 216,000 (215,466) when a stress run found a crash and quadratic matching:
// the limits on the lists that meet, and the indexes that match them once per call,
// cost 7 KB (the version probe had just saved 2.8 KB); raised to 217,000 (216,606) for
// readPlan and validateJson (+0.7 KB together: 294 B for readPlan, 68 B for validateJson
// beside it, the rest the JSON-text path validatePlan now shares with them; the build
// before them measured 215,909 here); raised to 261,000 (260,484) for issue 17's safe
// outputs (+5.9 KB: the character rules and their field walker, checked sums, attendee
// merging, letters one at a time) and the staged reader of issue 14 with the author's
// layout and the honest counts (the rest, about +38 KB, not yet broken down by part;
// a first cut, fingerprinting by Hash instead of serde_json, saved 8.7 KB). Recorded in
// BENCHMARKS.md; breaking the reader's bytes down and cutting them is the next size work.
// Raised to 281,500 (280,889: wasm 275,526 + glue 5,363; 260,443 at the start of
// that day's work, measured side by side) for, in wasm bytes: officialChanges +4.9 KB
// (the `similar` line diff; a build without it measured), the reader rules the .docx
// tables and the larger corpus needed +12.3 KB (table rows by cells, draft stamps,
// day spans and parts of the day, date ranges, wrapped lines, ';' clauses, header
// cells between '|' lines, unit nouns), and sessions with one calendar event per
// meeting +3.2 KB. BENCHMARKS.md has the builds.
// Raised to 295,500 (295,188: wasm 289,825 + glue 5,363) for, in wasm bytes measured
// commit by commit from 275,546: the author's layout set as an official document
// (line roles, columns, bold headings) +6,460; sixteen reader rules from the
// associations' plans +6,836; the reader's speed work +839 (lower_prefix_len inlined
// natively only; inlined in wasm too it cost 411 more); the second-date warning +144;
// authorities typed "T/M", "K/T", "T.M." +225 (295,413 with it). BENCHMARKS.md has the
// builds.
// Raised to 296,700 (296,560: wasm 291,197 + glue 5,363) for, in wasm bytes measured
// commit by commit from 289,981: the reader's speed work, second and third steps, +18
// (+365, then −347 when a role's positions were counted while it is read); five rules
// from the Bộ Công Thương notices (the mode from the opening, "Địa điểm trực tuyến"
// and its sites, "½ ngày", side labels, "Lãnh đạo" of unknown size) +134; four-word
// field labels and a signing body alone on the last line +102; eleven rules from the
// constructed plans of the kinds the corpus lacks and three corpus misreadings +962
// (entries at each site of an online meeting +285, columns apart by runs of spaces
// +174, a header cell glued in capitals +138, the rest under 100 each).
// Raised to 300,400 (300,246: wasm 294,883 + glue 5,363) for, in wasm bytes measured
// commit by commit from 291,083: the two refused documents' rules (type lines of any
// type, post titles, "1/" numbering, sites by label) +777; deadlines and announced
// subtotals +440; công văn, numbers without type code or with slashes, the header
// below a lead, the time in the opening +1,004; wide spaces and list markers before a
// TAB +702; the place said with a meeting's time +308; the speed work +569.
// Raised to 303,200 (303,014: wasm 297,651 + glue 5,363) for, in wasm bytes measured
// commit by commit from 294,883 (751f398): a title above a two-level header +629;
// "Nội dung, chương trình" heads the programme +10; portal copies and party notices
// (a type before a sentence-case title, datelines, the portal's lead, deadlines said
// mid-sentence, timetable rows, minute marks, THÔNG TRI/KẾT LUẬN, glued dates) +1,407;
// ';' clauses each with its count +459; other types' post titles ("Giấy mời dự …")
// +263. Raised to 304,000 (303,814: wasm 298,451 + glue 5,363) for a verb between a
// unit and its count and a purpose-led portal lead +151; a person named with Ông/Bà
// as one, never counted twice +655; the count readers moved to text/counts.rs −6;
// the day's reader code tidied (no lower-cased copies in the web title and portal
// lead, clauses read once) +108: 303,922. Raised to 308,200 (308,119: wasm 302,756 +
// glue 5,363) for header cells glued with no separator and a heading's glued first
// item, with the second robustness round's fourteen rules (page marks, ranges, sentence
// entries, "x … =" products, budgets, sites of the issuer's level…) +4,197 together,
// measured on the merge (b8b342b). Raised to 319,200 (319,135: wasm 313,772 + glue
// 5,363) for, in wasm bytes from 302,756, each branch built alone on 23d23a8: the
// validation leftovers (approximate totals, group subtotals and group-count-mismatch,
// reception before the start) +2,687; the third robustness round's rules +6,471; their
// merge (a subtotal kept whether its entries agree or not) 312,647; units counted by a
// number the plan does not give, numbers that name one, counts before whom they count
// +872; the speed work −27 alone, +253 on the merge. Raised to 320,200 (320,077: wasm
// 314,714 + glue 5,363) for the evening's speed work (issue 14: plain lines read from
// text directly, Vietnamese letters read from their bytes in fold, is_upper and plain
// lines, bytes looked at before the searchers), +942 over the 319,135 recorded above.
// Raised to 329,800 (329,737: wasm 324,374 + glue 5,363) on merging main at 503e913;
// main after each merge, in wasm bytes from 313,772: the fifth corpus round +463, the
// lead's count and layout rules +3,751, the known misreadings (chairs, lengths, tables,
// named units) +4,926, the fourth robustness round +775, the speed work +687 (BENCHMARKS
// "The evening's merges"). Raised to 330,100 (330,052: wasm 324,689 + glue 5,363) for a
// header line ending with its date of issue read as one whatever it holds before +315.
// Raised to 348,600 (348,587: wasm 343,224 + glue 5,363) for the night's work (issue
// 14), main after each merge in wasm bytes from 324,647 (51ef6ef): the lead's count
// and reader rules +5,834 (of which the count's repeated entries +2,884 with an
// ordered map, then −1,495 with the hash map validation already holds, with the
// lettered tasks), the sixth corpus round +307, a table's "Cộng" row and the third
// speed round +296, the fifth robustness round +2,186, the known misreadings' second
// round (numbers with a year, "Điều", chairs of two positions, unit heads, ";" entries,
// months) +11,317, unit heads by their line and two fast paths +132 (BENCHMARKS "The
// night's merges"). The misreadings round's 11 KB are not yet examined.
const CEILING = 348_600;
// The opt-in docx entry's .wasm, gzip -9: 455,441 with the Word writer alone; 525,555
// with the .docx reader (issue 15: zip's reading half and inflate, roxmltree, the
// reader itself). Gated just above, like the default entry, so it cannot grow unnoticed.
// Raised to 579,500 (578,741) when the .docx reader was applied onto the staged
// text reader it shares, with the reader rules, officialChanges and sessions above.
// Raised to 594,000 (593,907) with the default module's growth above (+15.2 KB here).
// Raised to 595,400 (595,230) with the default module's growth above (+1.3 KB here).
// Raised to 599,400 with the default module's growth above (+3.8 KB there; not
// measured on the docx entry itself when raised; 599,064 when measured since).
// Raised to 601,900 (601,695) with the default module's growth above: +488, +20,
// +1,327, +522, +274 here, commit by commit. Raised to 602,700 (602,501): +49, +742,
// +15 here. Raised to 602,900 (602,731) for the tidying above, +230 here. Raised to
// 607,700 (607,609) for the glued header cells and the second robustness round, +4,878.
// Raised to 618,200 (618,081) with the default module's growth above (+10,472 here:
// validation +2,930, robustness round +6,193, merged 617,266, count rules +796, speed
// work +301 alone). Raised to 619,900 (619,781) for the evening's speed work, +1,700.
// Raised to 630,600 (630,534) on merging main at 503e913 (kinds6 and fix5), +10,753.
// Raised to 630,900 (630,870) for the date of issue closing a header line, +336.
// Raised to 649,000 (648,991) for the night's work above, +18,228 from 630,763.
const DOCX_CEILING = 649_000;

const root = dirname(createRequire(import.meta.url).resolve('hoinghi/package.json'));
const gz = (file) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;

test('wasm + glue stay under the ceiling', () => {
  const wasm = gz('web/hoinghi_wasm_bg.wasm');
  const glue = gz('web/hoinghi_wasm.js') + gz('browser.js') + gz('error.js');
  const total = wasm + glue;
  const status = total <= GOAL ? 'within the 150 KB goal' : `${total - GOAL} B over the 150 KB goal`;
  console.log(`wasm ${wasm} B gz, glue ${glue} B gz, total ${total} B gz (${status})`);
  assert.ok(total <= CEILING, `total ${total} bytes gzip exceeds the ceiling of ${CEILING}`);
});

test('the opt-in docx entry is reported, and kept out of the default entry', () => {
  const docx = gz('docx/web/hoinghi_wasm_bg.wasm');
  console.log(`hoinghi/docx: wasm ${docx} B gz (loaded only when imported)`);
  assert.ok(docx <= DOCX_CEILING, `hoinghi/docx: ${docx} bytes gzip exceeds the ceiling of ${DOCX_CEILING}`);
  assert.ok(!readFileSync(join(root, 'web/hoinghi_wasm.js'), 'utf8').includes('toDocx'), 'toDocx is not in the default module');
});

test('the module holds no paths of the machine that built it (its size is the same anywhere)', () => {
  const bytes = readFileSync(join(root, 'web/hoinghi_wasm_bg.wasm')).toString('latin1');
  for (const pattern of [/registry\/src/, /\/home\//, /\/root\//, /\.cargo\//]) {
    assert.ok(!pattern.test(bytes), `the module contains a build-machine path (${pattern})`);
  }
});
