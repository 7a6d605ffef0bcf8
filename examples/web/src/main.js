// The page. Every call into the package runs in the worker (worker.js); this thread
// only draws, and draws long lists a page at a time, so that a plan of any size
// leaves the editor responsive.
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import sampleText from '../../plans/ke-hoach-05-KH-DTN-VP.txt?raw';
import { STRINGS } from './i18n.js';

/** Rows a list shows at first; "show more" shows as many more. */
const PAGE = 200;
/** Rows of a list drawn in one frame. */
const CHUNK = 25;
/** Plans up to this many characters get their official preview at once; larger ones on request. */
const PREVIEW_AUTO = 40_000;

const $ = (id) => document.getElementById(id);
let lang = 'vi';
let requestId = 0; // the newest check sent to the worker
let view = null; // the result drawn: { id, size, plan, diagnostics, count, format, number }
let previewFor = null; // the check id whose preview is in the frame
const t = (key, ...args) => {
  const v = STRINGS[lang][key];
  return typeof v === 'function' ? v(...args) : v;
};

// ---- the worker: checks, and answers requests about the plan it read last ----
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const replies = new Map();
let seq = 0;
/** Asks the worker; resolves with its reply ({ ok, error } and the result). */
function ask(type, payload) {
  return new Promise((resolve) => {
    replies.set(++seq, resolve);
    worker.postMessage({ type, seq, ...payload });
  });
}
worker.onmessage = ({ data }) => {
  if (data.type === 'check') {
    checked(data);
    return;
  }
  const resolve = replies.get(data.seq);
  replies.delete(data.seq);
  resolve?.(data);
};

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
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

// ---- lists drawn a page at a time, a chunk per frame ----
const pagers = new Map(); // list key → pager of the drawing on screen
let shown = new Map(); // list key → rows shown, kept when the same result is drawn again
let drawing = 0; // counts drawings: the pagers of an older one stop

/**
 * Shows `total` rows of `list` (`draw(i)` appends row i): a page of PAGE rows, then a
 * page more on "show more". Rows are drawn CHUNK at a time from the next frame on, one
 * chunk per frame, so no frame waits for a long list; a newer drawing stops an older one. `reveal(i)` shows
 * the pages up to row i and resolves once it is drawn (false if a newer drawing came).
 */
function paged(key, list, total, draw) {
  list.replaceChildren();
  list.more?.remove();
  const button = el('button', { type: 'button', class: 'more' });
  list.more = button;
  list.after(button);
  const mine = drawing;
  let drawn = 0;
  let target = 0;
  let looping = false;
  async function loop() {
    looping = true;
    try {
      // The first rows wait for the next frame too: the task that brought the result
      // only draws what fits in it (the summary, the count).
      while (drawn < target && drawing === mine) {
        await nextFrame();
        if (drawing !== mine) break;
        for (const end = Math.min(drawn + CHUNK, target); drawn < end; drawn++) draw(drawn);
        shown.set(key, drawn);
      }
    } finally {
      looping = false;
    }
  }
  const showTo = (n) => {
    target = Math.min(total, Math.max(target, n));
    button.hidden = target >= total;
    button.textContent = t('showMore', Math.min(PAGE, total - target), total - target);
    if (!looping) loop();
  };
  const pager = {
    async reveal(i) {
      showTo(Math.ceil((i + 1) / PAGE) * PAGE);
      while (drawn <= i && drawing === mine) await nextFrame();
      return drawing === mine;
    },
  };
  button.addEventListener('click', () => showTo(target + PAGE));
  showTo(Math.max(PAGE, shown.get(key) ?? 0));
  pagers.set(key, pager);
  return pager;
}

function applyLanguage() {
  document.documentElement.lang = lang;
  showDocxNotes();
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  hint.textContent = t('pastePlaceholder');
  if (view) render();
}

// ---- checking, in the worker ----
let timer;
function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 200);
}
function check() {
  clearTimeout(timer);
  const text = editor.state.doc.toString();
  requestId += 1;
  if (!text.trim()) {
    view = null;
    for (const b of Object.keys(DOWNLOADS)) $(b).disabled = true;
    $('report').hidden = true;
    $('error').hidden = true;
    $('status').textContent = '';
    return;
  }
  $('status').textContent = t('checking');
  worker.postMessage({ type: 'check', id: requestId, source: text });
}
function checked(data) {
  if (data.id !== requestId) return; // a newer edit is on its way
  for (const b of Object.keys(DOWNLOADS)) $(b).disabled = !data.ok;
  const calendar = data.ok && Boolean(data.plan.schedule);
  $('dl-ics').disabled = !calendar;
  $('dl-ics').title = data.ok && !calendar ? t('noCalendar') : '';
  if (!data.ok) {
    view = null;
    $('report').hidden = true;
    const box = $('error');
    box.hidden = false;
    box.replaceChildren(el('strong', {}, `${t('cannotRead')}: `), `${data.error.message}`, el('code', {}, ` [${data.error.code}${data.error.path ? ` ${data.error.path}` : ''}]`));
    $('status').textContent = '';
    return;
  }
  $('error').hidden = true;
  view = data;
  shown = new Map();
  attendance = new Map();
  render();
  simulate();
  if (data.size <= PREVIEW_AUTO) showPreview();
  else if (previewFor !== null) {
    // The preview of an earlier plan goes; an empty frame is not reloaded.
    previewFor = null;
    $('preview').hidden = true;
    $('preview').srcdoc = '';
  }
  $('preview-large').hidden = data.size <= PREVIEW_AUTO;
}

// ---- drawing the report ----
function render() {
  const { plan, diagnostics, count } = view;
  drawing += 1;
  pagers.clear();
  $('report').hidden = false;
  $('status').textContent = diagnostics.length ? t('checked', diagnostics.length) : t('noProblems');

  const h = plan.header;
  const s = plan.schedule;
  const time = s ? `${s.start ? `${s.start} ` : ''}${dmy(s.date)}${s.weekdayLabel ? ` (${s.weekdayLabel})` : ''}${s.tentative ? `, ${t('tentative')}` : ''}` : t('none');
  const rows = [
    ['issuer', h.issuer || t('none')],
    ['number', view.number ?? t('none')],
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
  renderParticipants(plan, count);

  // Findings grouped by severity, each linking to what it concerns.
  const groups = ['error', 'warning', 'info'].map((sev) => [sev, diagnostics.filter((d) => d.severity === sev)]).filter(([, list]) => list.length);
  const box = $('diagnostics');
  box.replaceChildren();
  if (!groups.length) box.append(el('p', { class: 'ok' }, t('noProblems')));
  for (const [sev, list] of groups) {
    const ul = el('ul');
    box.append(el('section', { class: `sev ${sev}` }, el('h4', {}, `${t(sev)} (${list.length})`), ul));
    paged(`diagnostics/${sev}`, ul, list.length, (i) => {
      const d = list[i];
      ul.append(el('li', { 'data-code': d.code },
        el('a', { href: `#${idOf(d.path)}`, onclick: (ev) => focusTarget(ev, d) }, el('code', {}, d.code)), ' ',
        d.message[lang], d.help ? el('div', { class: 'help' }, `→ ${d.help[lang]}`) : null));
    });
  }

  programmeList($('programme'), plan.programme ?? [], '/programme');
  const assignments = plan.assignments ?? [];
  paged('/assignments', $('assignments'), assignments.length, (i) => {
    const a = assignments[i];
    $('assignments').append(el('div', { id: idOf(`/assignments/${i}`), tabindex: '-1' },
      el('h4', {}, a.body), el('ul', {}, (a.tasks ?? []).map((task) => el('li', {}, task))), a.deadline ? el('p', { class: 'muted' }, `${t('deadline')}: ${dmy(a.deadline)}`) : null));
  });
  renderAttendance(plan, count);
}

/** Participants by level, as one list of rows (a heading per group, then its entries). */
function renderParticipants(plan, count) {
  const groups = plan.participants?.groups ?? [];
  const rows = [];
  for (const [g, group] of groups.entries()) {
    rows.push([g, -1]);
    for (let e = 0; e < group.entries.length; e++) rows.push([g, e]);
  }
  const box = $('participants');
  let ul;
  paged('/participants', box, rows.length, (i) => {
    const [g, e] = rows[i];
    const group = groups[g];
    if (e < 0) {
      const level = (plan.levels ?? []).find((l) => l.id === group.level);
      ul = el('ul');
      box.append(el('div', { class: 'group' }, el('h4', {}, level ? level.name : t('noLevel')), ul));
      return;
    }
    const entry = group.entries[e];
    const c = count.groups[g].entries[e];
    const unit = unitOf(plan, entry);
    const n = c.max === null && c.min === 0 ? t('unknownSize') : c.max === null ? `≥ ${c.min}` : c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
    ul.append(el('li', { id: idOf(`/participants/groups/${g}/entries/${e}`), tabindex: '-1' }, who(entry),
      unit ? el('span', { class: 'muted' }, ` ${t('perUnit', unit.count ?? unit.members?.length, unit.noun)}`) : null,
      el('span', { class: 'num' }, n)));
  });
  // Where each group starts among the rows, to reveal an entry.
  pagers.get('/participants').rowOf = (g, e) => rows.findIndex(([rg, re]) => rg === g && re === e);
}

const unitOf = (plan, entry) => (entry.each ? (plan.units ?? []).find((u) => u.noun === entry.each) : null);

function programmeList(ol, items, pointer) {
  paged(pointer, ol, items.length, (i) => ol.append(programmeItem(items[i], `${pointer}/${i}`)));
}

function programmeItem(item, pointer) {
  const times = item.start ? `${item.start}${item.end ? `–${item.end}` : ''} ` : '';
  const li = el('li', { id: idOf(pointer), tabindex: '-1' }, el('span', { class: 'muted' }, times), item.text,
    item.presenter ? el('span', { class: 'muted' }, ` (${item.presenter})`) : null);
  if (item.items?.length) {
    const ol = el('ol');
    li.append(ol);
    programmeList(ol, item.items, `${pointer}/items`);
  }
  return li;
}

/** Draws the rows that lead to `pointer` (a participant entry, a programme item, an assignment). */
async function reveal(pointer) {
  const parts = pointer.split('/');
  if (parts[1] === 'participants' && parts[2] === 'groups' && parts[4] === 'entries') {
    const pager = pagers.get('/participants');
    const row = pager?.rowOf(Number(parts[3]), Number(parts[5]));
    if (row >= 0) await pager.reveal(row);
  } else if (parts[1] === 'programme' || parts[1] === 'assignments') {
    // /programme/3/items/12: the top list, then each nested list in turn.
    for (let k = 2; k < parts.length; k += 2) {
      const pager = pagers.get(parts.slice(0, k).join('/'));
      if (!pager || !(await pager.reveal(Number(parts[k])))) return;
    }
  }
}

/** A finding links to the part of the report it concerns, or to its line in the text. */
async function focusTarget(event, d) {
  event.preventDefault();
  if (d.source) {
    const { doc } = editor.state;
    const line = doc.line(Math.min(Math.max(d.source.line, 1), doc.lines));
    editor.dispatch({ selection: { anchor: line.from, head: line.to }, scrollIntoView: true });
    editor.focus();
    return;
  }
  await reveal(d.path);
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

// ---- quorum simulator: who is present is data, the boxes only show it ----
/** Changes from "everyone present", by `${group}/${entry}`: a number present, or the set of absent units. */
let attendance = new Map();

/** How many people each body of an entry sends, when known. */
const perBodyOf = (entry) => (entry.count.kind === 'exact' ? entry.count.value : entry.count.kind === 'range' ? entry.count.max : null);

function renderAttendance(plan, count) {
  const rows = [];
  (plan.participants?.groups ?? []).forEach((group, g) => group.entries.forEach((_, e) => rows.push([g, e])));
  const box = $('attendance');
  paged('attendance', box, rows.length, (i) => {
    const [g, e] = rows[i];
    const entry = plan.participants.groups[g].entries[e];
    const c = count.groups[g].entries[e];
    const perBody = perBodyOf(entry);
    const unit = unitOf(plan, entry);
    const label = el('span', { class: 'who' }, who(entry));
    if (unit && c.bodies) {
      const absent = attendance.get(`${g}/${e}`);
      const fieldset = el('fieldset', { class: 'att' }, el('legend', {}, label));
      box.append(fieldset);
      const units = el('div');
      fieldset.append(units);
      paged(`attendance/${g}/${e}`, units, c.bodies, (u) => {
        const name = unit.members?.[u] ?? `${unit.noun} ${u + 1}`;
        units.append(el('label', { class: 'unit' }, el('input', { type: 'checkbox', 'data-group': g, 'data-entry': e, 'data-unit': String(u + 1), ...(absent?.has(u + 1) ? {} : { checked: '' }) }), ` ${name}`));
      });
    } else {
      const present = attendance.get(`${g}/${e}`) ?? perBody ?? 0;
      box.append(el('div', { class: 'att' }, el('label', {}, label, ` — ${t('present')} `,
        el('input', { type: 'number', min: '0', ...(perBody === null ? {} : { max: String(perBody) }), value: String(present), 'data-group': g, 'data-entry': e, 'aria-label': `${t('present')}: ${who(entry)}` }))));
    }
  });
}

/** Everyone present, but for the changes the user made. */
function presentList() {
  const { plan, count } = view;
  const present = [];
  (plan.participants?.groups ?? []).forEach((group, g) => group.entries.forEach((entry, e) => {
    const c = count.groups[g].entries[e];
    const perBody = perBodyOf(entry);
    const change = attendance.get(`${g}/${e}`);
    if (unitOf(plan, entry) && c.bodies) {
      for (let u = 1; u <= c.bodies; u++) if (!change?.has(u)) present.push({ group: g, entry: e, unit: String(u), count: perBody ?? 1 });
    } else {
      const n = change ?? perBody ?? 0;
      if (Number.isInteger(n) && n > 0) present.push({ group: g, entry: e, count: n });
    }
  }));
  return present;
}

let quorumSeq = 0;
async function simulate() {
  const choice = $('quorum-rule').value;
  $('custom-rule').hidden = choice !== 'custom';
  if (!view) return;
  const share = (numerator, denominator, strict = false) => ({ numerator, denominator, strict });
  const rule =
    choice === 'youth' ? { people: share(2, 3), units: { share: share(2, 3) } }
    : choice === 'half' ? { people: share(1, 2, true) }
    : { people: share(Number($('q-num').value) || 0, Number($('q-den').value) || 1), ...($('q-units').checked ? { units: { share: share(Number($('q-num').value) || 0, Number($('q-den').value) || 1) } } : {}) };
  const mine = ++quorumSeq;
  const { id } = view;
  const reply = await ask('quorum', { id, rule, present: presentList() });
  if (mine !== quorumSeq || view?.id !== id || reply.error?.code === 'stale') return; // superseded
  const out = $('quorum-result');
  if (reply.ok) {
    out.className = `quorum-result ${reply.report.outcome}`;
    out.replaceChildren(el('strong', {}, t(reply.report.outcome)), ' — ', reply.report.summary[lang]);
  } else {
    out.className = 'quorum-result notMet';
    out.textContent = `${reply.error.code}: ${reply.error.message}`;
  }
}

$('attendance').addEventListener('change', ({ target: input }) => {
  if (!view || !input.dataset.group) return;
  const key = `${input.dataset.group}/${input.dataset.entry}`;
  if (input.type === 'checkbox') {
    const absent = attendance.get(key) ?? new Set();
    const unit = Number(input.dataset.unit);
    if (input.checked) absent.delete(unit);
    else absent.add(unit);
    attendance.set(key, absent);
  } else {
    attendance.set(key, Number(input.value));
  }
  simulate();
});

// ---- the official preview: at once for ordinary plans, on request for large ones ----
async function showPreview() {
  const { id } = view;
  const reply = await ask('preview', { id });
  if (view?.id !== id || !reply.ok) return;
  const frame = $('preview');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = reply.html;
  frame.hidden = false;
  previewFor = id;
  $('preview-large').hidden = true;
  await loaded;
}

// ---- downloads, written by the worker ----
function save(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
const DOWNLOADS = {
  'dl-json': ['json', 'json', 'application/json'],
  'dl-html': ['html', 'html', 'text/html'],
  'dl-text': ['text', 'txt', 'text/plain'],
  'dl-ics': ['ics', 'ics', 'text/calendar'],
  'dl-docx': ['docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
};
for (const [button, [kind, extension, type]] of Object.entries(DOWNLOADS)) {
  $(button).addEventListener('click', async () => {
    const reply = await ask('download', { id: requestId, kind });
    if (reply.ok) save(`${reply.name}.${extension}`, type, reply.content);
    else $('status').textContent = `${t('downloadFailed')}: ${reply.error.message} [${reply.error.code}]`;
  });
}

// ---- the editor ----
// CodeMirror draws only the lines in view: pasting or typing in a plan of any size lays
// out a screenful, where a textarea lays out every line of it on each change.
const hint = el('span');
const editor = new EditorView({
  parent: $('editor'),
  state: EditorState.create({
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      EditorView.lineWrapping,
      placeholder(hint),
      EditorView.contentAttributes.of({ id: 'source', lang: 'vi', spellcheck: 'false', 'aria-labelledby': 'editor-h' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) scheduleCheck();
      }),
      // Chromium commits a multi-line insertText (an IME, dictation, automation) into
      // editable content a line at a time, in time that grows with the square of the
      // text (100 s for a 200 KB plan in a textarea); a paste takes it at once. Take
      // those at once too, as one change (one undo step).
      EditorView.domEventHandlers({
        beforeinput(event, view) {
          if (event.inputType !== 'insertText' || !event.data?.includes('\n')) return false;
          event.preventDefault();
          view.dispatch(view.state.replaceSelection(event.data), { scrollIntoView: true, userEvent: 'input.type' });
          return true;
        },
      }),
    ],
  }),
});
/** Replaces the whole text, as loading a sample or opening a file does. */
function setText(text) {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
  check();
}

// ---- wiring ----
$('load-sample').addEventListener('click', () => {
  docxName = null;
  showDocxNotes();
  setText(sampleText);
});
// A Word document (a zip, or a Word 97–2003 file to be told so) is read in the worker
// by the docx module; its plan goes into the editor as the reader's text rendering (the
// author's layout), which reads back into the same plan and can be corrected like any
// text. What the document says of itself (footnotes, text boxes) is listed above the
// editor.
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
  if (!word) {
    showDocxNotes();
    setText(new TextDecoder().decode(bytes));
    return;
  }
  $('status').textContent = t('readingDocx');
  const reply = await ask('openDocx', { bytes });
  if (!reply.ok) {
    showDocxNotes();
    $('report').hidden = true;
    $('status').textContent = '';
    const box = $('error');
    box.hidden = false;
    box.replaceChildren(el('strong', {}, `${t('cannotRead')} ${file.name}: `), `${reply.error.message}`, el('code', {}, ` [${reply.error.code}]`));
    return;
  }
  docxName = file.name;
  docxNotes = reply.notes;
  showDocxNotes();
  setText(reply.text);
}
$('open-file').addEventListener('change', async (ev) => {
  const file = ev.target.files?.[0];
  if (file) await openFile(file);
});
// A file dropped on the editor is opened, as the picker opens it.
const dropZone = $('editor');
dropZone.addEventListener('dragover', (ev) => {
  if (![...(ev.dataTransfer?.types ?? [])].includes('Files')) return;
  ev.preventDefault();
  dropZone.classList.add('dropping');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dropping'));
// Caught on the way down, before the editor would insert the file's bytes as text.
dropZone.addEventListener(
  'drop',
  async (ev) => {
    const file = ev.dataTransfer?.files?.[0];
    dropZone.classList.remove('dropping');
    if (!file) return;
    ev.preventDefault();
    ev.stopPropagation();
    await openFile(file);
  },
  true,
);
$('lang').addEventListener('change', (ev) => {
  lang = ev.target.value;
  applyLanguage();
  simulate();
});
$('quorum-rule').addEventListener('change', simulate);
$('custom-rule').addEventListener('input', simulate);
$('show-preview').addEventListener('click', showPreview);
$('print').addEventListener('click', async () => {
  if (!view) return;
  if (previewFor !== view.id) await showPreview();
  $('preview').contentWindow?.print();
});
applyLanguage();
