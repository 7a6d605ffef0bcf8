// Every call into the package happens here, off the main thread: reading and checking
// the plan, the quorum simulation, the preview and the downloads. The page keeps only
// what it draws; the plan read last stays here for the calls that need it.
import init, { readPlan, checkQuorum, renderPlan, toICalendar, formatDocumentNumber } from 'hoinghi';

const ready = init();
let current = null; // { id, plan } of the last plan read
let docx; // the Word writer and reader, a larger module of its own: loaded on first use
const loadDocx = () =>
  (docx ??= import('hoinghi/docx').then(async (m) => {
    await m.default();
    return m;
  }));

const handlers = {
  /** One call reads text or JSON, checks it and counts it. */
  check({ id, source }) {
    current = null;
    const { plan, diagnostics, count, format } = readPlan(source);
    current = { id, plan };
    return { size: source.length, plan, diagnostics, count, format, number: numberOf(plan) };
  },
  quorum({ id, rule, present }) {
    return { report: checkQuorum(planOf(id), rule, { present }) };
  },
  preview({ id }) {
    return { html: renderPlan(planOf(id), 'html') };
  },
  /** A .docx read as a plan, given back as the text the editor shows (the author's
   * layout), with what the document says of itself (footnotes, text boxes). */
  async openDocx({ bytes }) {
    const { plan, diagnostics } = (await loadDocx()).parsePlanDocx(bytes);
    // Kept lines come back from the text; notes about the document itself do not.
    const notes = diagnostics.filter((d) => d.origin && d.path === '');
    return { text: renderPlan(plan, 'text'), notes };
  },
  async download({ id, kind }) {
    const plan = planOf(id);
    const number = numberOf(plan);
    const name = number ? `ke-hoach-${number.replace(/[^\p{L}\p{N}-]+/gu, '-')}` : 'ke-hoach';
    return { name, ...(await file(plan, kind)) };
  },
};

/** The plan's number and symbol as written ("05-KH/ĐTN-VP"), or null. */
const numberOf = (plan) => (plan.header.number ? formatDocumentNumber(plan.header.number) : null);

/** The content of a download, and what to transfer rather than copy. */
async function file(plan, kind) {
  switch (kind) {
    case 'json':
      return { content: `${JSON.stringify(plan, null, 2)}\n` };
    case 'html':
      return { content: renderPlan(plan, 'html') };
    case 'text':
      return { content: renderPlan(plan, 'text') };
    case 'ics':
      return { content: toICalendar(plan) };
    case 'docx': {
      const bytes = (await loadDocx()).toDocx(plan);
      return { content: bytes, transfer: [bytes.buffer] };
    }
    default:
      throw Object.assign(new Error(`unknown download ${kind}`), { code: 'invalid-argument' });
  }
}

/** The plan read by check `id`; a newer check makes requests for an older one stale. */
function planOf(id) {
  if (current?.id !== id) throw Object.assign(new Error('the plan has changed'), { code: 'stale' });
  return current.plan;
}

self.onmessage = async ({ data }) => {
  await ready;
  const { type, id, seq } = data;
  try {
    const { transfer = [], ...result } = await handlers[type](data);
    self.postMessage({ type, id, seq, ok: true, ...result }, transfer);
  } catch (e) {
    self.postMessage({ type, id, seq, ok: false, error: { code: e.code ?? 'error', message: e.message, path: e.path } });
  }
};
