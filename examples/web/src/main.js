import init, { checkQuorum } from 'hoinghi';
import sampleText from '../../plans/ke-hoach-05-KH-DTN-VP.txt?raw';
import { STRINGS } from './i18n.js';

const $ = (id) => document.getElementById(id);
const source = $('source');
let lang = 'vi';
let latest = null; // { plan, diagnostics, count, html, text }
let requestId = 0;
const t = (key, ...args) => {
  const v = STRINGS[lang][key];
  return typeof v === 'function' ? v(...args) : v;
};

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const ready = init();

// ---- helpers: build DOM from data, never from HTML strings ----
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}
const idOf = (pointer) => `at${pointer.replaceAll('/', '-')}`;
const who = (x) => `${x.invited ? (lang === 'vi' ? 'Mời ' : 'Invited: ') : ''}${x.role ? `${x.role} ` : ''}${x.body}`;
const dmy = (iso) => (iso ? iso.split('-').reverse().join('/') : t('none'));

function applyLanguage() {
  document.documentElement.lang = lang;
  showDocxNotes();
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  if (latest) render(latest);
}

// ---- checking, off the main thread ----
let timer;
function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 200);
}
function check() {
  const text = source.value;
  if (!text.trim()) {
    $('report').hidden = true;
    $('error').hidden = true;
    $('status').textContent = '';
    return;
  }
  $('status').textContent = t('checking');
  worker.postMessage({ id: ++requestId, source: text });
}
worker.onmessage = ({ data }) => {
  if (data.id !== requestId) return; // a newer edit is on its way
  for (const b of ['dl-json', 'dl-html', 'dl-text', 'dl-docx']) $(b).disabled = !data.ok;
  $('dl-ics').disabled = !data.ok || !data.ics;
  $('dl-ics').title = data.ok && !data.ics ? t('noCalendar') : '';
  if (!data.ok) {
    latest = null;
    $('report').hidden = true;
    const box = $('error');
    box.hidden = false;
    box.replaceChildren(el('strong', {}, `${t('cannotRead')}: `), `${data.error.message}`, el('code', {}, ` [${data.error.code}${data.error.path ? ` ${data.error.path}` : ''}]`));
    $('status').textContent = '';
    return;
  }
  $('error').hidden = true;
  latest = data;
  render(data);
};

// ---- rendering the report ----
function render({ plan, diagnostics, count, html }) {
  $('report').hidden = false;
  const errors = diagnostics.filter((d) => d.severity !== 'info').length;
  $('status').textContent = diagnostics.length ? t('checked', diagnostics.length) : t('noProblems');
  if (!errors && diagnostics.length) $('status').textContent = t('checked', diagnostics.length);

  const h = plan.header;
  const s = plan.schedule;
  const time = s ? `${s.start ? `${s.start} ` : ''}${dmy(s.date)}${s.weekdayLabel ? ` (${s.weekdayLabel})` : ''}${s.tentative ? `, ${t('tentative')}` : ''}` : t('none');
  const rows = [
    ['issuer', h.issuer || t('none')],
    ['number', h.number ? formatNumber(h.number) : t('none')],
    ['issued', dmy(h.date)],
    ['titleLabel', `${h.documentType} ${h.title}`],
    ['time', time],
    ['venue', plan.venue?.name ?? t('none')],
  ];
  $('summary').replaceChildren(...rows.flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', { 'data-field': k }, v)]));

  // Delegates: a bar of known people against the cap, hatched where sizes are unknown.
  const cap = count.limit ?? Math.max(count.max ?? count.min, count.min, 1);
  const scale = Math.max(cap, count.max ?? count.min, count.min) || 1;
  const meter = $('meter');
  meter.querySelector('.known').style.width = `${(100 * count.min) / scale}%`;
  meter.querySelector('.known').classList.toggle('over', count.limit !== null && count.min > count.limit);
  meter.querySelector('.unknown').style.width = count.max === null ? '12%' : `${(100 * (count.max - count.min)) / scale}%`;
  meter.querySelector('.cap').style.left = `${(100 * cap) / scale}%`;
  const countText = t('count', count.min, count.max, count.unknown.length, count.limit);
  meter.setAttribute('aria-label', countText);
  $('delegates-text').textContent = countText;
  $('participants').replaceChildren(
    ...(plan.participants?.groups ?? []).map((group, g) => {
      const level = (plan.levels ?? []).find((l) => l.id === group.level);
      return el('div', { class: 'group' }, el('h4', {}, level ? level.name : t('noLevel')),
        el('ul', {}, group.entries.map((entry, e) => {
          const c = count.groups[g].entries[e];
          const unit = entry.each ? (plan.units ?? []).find((u) => u.noun === entry.each) : null;
          const n = c.max === null && c.min === 0 ? t('unknownSize') : c.max === null ? `≥ ${c.min}` : c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
          return el('li', { id: idOf(`/participants/groups/${g}/entries/${e}`), tabindex: '-1' }, who(entry),
            unit ? el('span', { class: 'muted' }, ` ${t('perUnit', unit.count ?? unit.members?.length, unit.noun)}`) : null,
            el('span', { class: 'num' }, n));
        })));
    }),
  );

  // Findings grouped by severity, each linking to what it concerns.
  const groups = ['error', 'warning', 'info'].map((sev) => [sev, diagnostics.filter((d) => d.severity === sev)]).filter(([, list]) => list.length);
  $('diagnostics').replaceChildren(
    ...(groups.length ? groups.map(([sev, list]) => el('section', { class: `sev ${sev}` }, el('h4', {}, `${t(sev)} (${list.length})`),
      el('ul', {}, list.map((d) => el('li', { 'data-code': d.code },
        el('a', { href: `#${idOf(d.path)}`, onclick: (ev) => focusTarget(ev, d) }, el('code', {}, d.code)), ' ',
        d.message[lang], d.help ? el('div', { class: 'help' }, `→ ${d.help[lang]}`) : null))))) : [el('p', { class: 'ok' }, t('noProblems'))]),
  );

  $('programme').replaceChildren(...(plan.programme ?? []).map((item, i) => programmeItem(item, `/programme/${i}`)));
  $('assignments').replaceChildren(...(plan.assignments ?? []).map((a, i) => el('div', { id: idOf(`/assignments/${i}`), tabindex: '-1' },
    el('h4', {}, a.body), el('ul', {}, (a.tasks ?? []).map((task) => el('li', {}, task))), a.deadline ? el('p', { class: 'muted' }, `${t('deadline')}: ${dmy(a.deadline)}`) : null)));
  renderAttendance(plan, count);
  $('preview').srcdoc = html;
}

function programmeItem(item, pointer) {
  const times = item.start ? `${item.start}${item.end ? `–${item.end}` : ''} ` : '';
  return el('li', { id: idOf(pointer), tabindex: '-1' }, el('span', { class: 'muted' }, times), item.text,
    item.presenter ? el('span', { class: 'muted' }, ` (${item.presenter})`) : null,
    item.items?.length ? el('ol', {}, item.items.map((sub, j) => programmeItem(sub, `${pointer}/items/${j}`))) : null);
}

function formatNumber(n) {
  const pad = String(n.number).padStart(2, '0');
  return n.style === 'party' ? `${pad}-${n.typeCode}/${n.issuer}${n.unit ? `-${n.unit}` : ''}` : `${pad}/${n.typeCode}-${n.issuer}${n.unit ? `-${n.unit}` : ''}`;
}

/** A finding links to the part of the report it concerns, or to its line in the text. */
function focusTarget(event, d) {
  event.preventDefault();
  if (d.source) {
    const lines = source.value.split('\n');
    const start = lines.slice(0, d.source.line - 1).reduce((n, l) => n + l.length + 1, 0);
    source.focus();
    source.setSelectionRange(start, start + (lines[d.source.line - 1] ?? '').length);
    return;
  }
  let pointer = d.path;
  while (pointer) {
    const target = document.getElementById(idOf(pointer));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1200);
      return;
    }
    pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  }
  const section = { header: 'summary-card', schedule: 'summary-card', venue: 'summary-card', participants: 'delegates-card', programme: 'programme-card', assignments: 'assignments-card' }[d.path.split('/')[1]];
  document.getElementById(section ?? 'summary-card')?.scrollIntoView({ block: 'start' });
}

// ---- quorum simulator ----
function renderAttendance(plan, count) {
  const rows = [];
  (plan.participants?.groups ?? []).forEach((group, g) =>
    group.entries.forEach((entry, e) => {
      const c = count.groups[g].entries[e];
      const perBody = entry.count.kind === 'exact' ? entry.count.value : entry.count.kind === 'range' ? entry.count.max : null;
      const unit = entry.each ? (plan.units ?? []).find((u) => u.noun === entry.each) : null;
      const label = el('span', { class: 'who' }, who(entry));
      if (unit && c.bodies) {
        const boxes = Array.from({ length: c.bodies }, (_, i) => {
          const name = unit.members?.[i] ?? `${unit.noun} ${i + 1}`;
          return el('label', { class: 'unit' }, el('input', { type: 'checkbox', 'data-group': g, 'data-entry': e, 'data-unit': String(i + 1), 'data-count': perBody ?? 1, checked: '' }), ` ${name}`);
        });
        rows.push(el('fieldset', { class: 'att' }, el('legend', {}, label), ...boxes));
      } else {
        rows.push(el('div', { class: 'att' }, el('label', {}, label, ` — ${t('present')} `,
          el('input', { type: 'number', min: '0', ...(perBody === null ? {} : { max: String(perBody) }), value: String(perBody ?? 0), 'data-group': g, 'data-entry': e, 'aria-label': `${t('present')}: ${who(entry)}` }))));
      }
    }),
  );
  $('attendance').replaceChildren(...rows);
  simulate();
}

async function simulate() {
  if (!latest) return;
  await ready;
  const present = [];
  for (const input of $('attendance').querySelectorAll('input')) {
    const group = Number(input.dataset.group);
    const entry = Number(input.dataset.entry);
    if (input.type === 'checkbox') {
      if (input.checked) present.push({ group, entry, unit: input.dataset.unit, count: Number(input.dataset.count) });
    } else {
      const n = Number(input.value);
      if (Number.isInteger(n) && n > 0) present.push({ group, entry, count: n });
    }
  }
  const choice = $('quorum-rule').value;
  $('custom-rule').hidden = choice !== 'custom';
  const share = (numerator, denominator, strict = false) => ({ numerator, denominator, strict });
  const rule =
    choice === 'youth' ? { people: share(2, 3), units: { share: share(2, 3) } }
    : choice === 'half' ? { people: share(1, 2, true) }
    : { people: share(Number($('q-num').value) || 0, Number($('q-den').value) || 1), ...($('q-units').checked ? { units: { share: share(Number($('q-num').value) || 0, Number($('q-den').value) || 1) } } : {}) };
  const out = $('quorum-result');
  try {
    const report = checkQuorum(latest.plan, rule, { present });
    out.className = `quorum-result ${report.outcome}`;
    out.replaceChildren(el('strong', {}, t(report.outcome)), ' — ', report.summary[lang]);
  } catch (e) {
    out.className = 'quorum-result notMet';
    out.textContent = `${e.code}: ${e.message}`;
  }
}

// ---- downloads ----
function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
const baseName = () => (latest?.plan.header.number ? `ke-hoach-${formatNumber(latest.plan.header.number).replace(/[^\p{L}\p{N}-]+/gu, "-")}` : 'ke-hoach');
$('dl-json').addEventListener('click', () => download(`${baseName()}.json`, 'application/json', `${JSON.stringify(latest.plan, null, 2)}\n`));
$('dl-html').addEventListener('click', () => download(`${baseName()}.html`, 'text/html', latest.html));
$('dl-text').addEventListener('click', () => download(`${baseName()}.txt`, 'text/plain', latest.text));
$('dl-ics').addEventListener('click', () => download(`${baseName()}.ics`, 'text/calendar', latest.ics));
// The Word writer and reader are a larger module of their own: loaded on first use only.
let docxModule;
const loadDocx = () =>
  (docxModule ??= import('hoinghi/docx').then(async (m) => {
    await m.default();
    return m;
  }));
$('dl-docx').addEventListener('click', async () => {
  const { toDocx } = await loadDocx();
  download(`${baseName()}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', toDocx(latest.plan));
});

// ---- wiring ----
source.addEventListener('input', scheduleCheck);
$('load-sample').addEventListener('click', () => {
  docxName = null;
  showDocxNotes();
  source.value = sampleText;
  check();
});
// A Word document (a zip, or a Word 97–2003 file to be told so) is read by the docx
// module; its plan goes into the editor as the reader's text rendering, which reads
// back into the same plan and can be corrected like any text. What the document says of
// itself (footnotes, text boxes) is listed above the editor.
let docxName = null;
let docxNotes = [];
function showDocxNotes() {
  const box = $('from-docx');
  box.hidden = docxName === null;
  if (docxName === null) return;
  box.replaceChildren(t('fromDocx', docxName, docxNotes.length), docxNotes.length ? el('ul', {}, docxNotes.map((d) => el('li', {}, d.message[lang]))) : '');
}
async function openFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const word = (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
  docxName = null;
  docxNotes = [];
  if (word) {
    $('status').textContent = t('readingDocx');
    try {
      const { parsePlanDocx, renderPlan } = await loadDocx();
      const { plan, diagnostics } = parsePlanDocx(bytes);
      source.value = renderPlan(plan, 'text');
      docxName = file.name;
      // Kept lines come back from the text; notes about the document itself do not.
      docxNotes = diagnostics.filter((d) => d.origin && d.path === '');
    } catch (e) {
      showDocxNotes();
      $('report').hidden = true;
      $('status').textContent = '';
      const box = $('error');
      box.hidden = false;
      box.replaceChildren(el('strong', {}, `${t('cannotRead')} ${file.name}: `), `${e.message}`, el('code', {}, ` [${e.code}]`));
      return;
    }
  } else {
    source.value = new TextDecoder().decode(bytes);
  }
  showDocxNotes();
  check();
}
$('open-file').addEventListener('change', async (ev) => {
  const file = ev.target.files?.[0];
  if (file) await openFile(file);
});
source.addEventListener('dragover', (ev) => {
  if (![...(ev.dataTransfer?.types ?? [])].includes('Files')) return;
  ev.preventDefault();
  source.classList.add('dropping');
});
source.addEventListener('dragleave', () => source.classList.remove('dropping'));
source.addEventListener('drop', async (ev) => {
  const file = ev.dataTransfer?.files?.[0];
  source.classList.remove('dropping');
  if (!file) return;
  ev.preventDefault();
  await openFile(file);
});
$('lang').addEventListener('change', (ev) => {
  lang = ev.target.value;
  applyLanguage();
});
$('quorum-rule').addEventListener('change', simulate);
$('attendance').addEventListener('change', simulate);
$('custom-rule').addEventListener('input', simulate);
$('print').addEventListener('click', () => $('preview').contentWindow?.print());
applyLanguage();
