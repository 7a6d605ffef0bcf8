import { parsePlan, validatePlan, countDelegates, checkQuorum, renderPlan, parseDocumentNumber, formatDocumentNumber, HoinghiError } from 'hoinghi';
import type { Plan, Diagnostic, DelegateCount, QuorumRule, QuorumReport, Headcount, Severity, Code, Letter } from 'hoinghi';
import { toICalendar, invitationLetters, readPlan, validateJson, officialChanges, renderPlan as render } from 'hoinghi';
import type { LayoutChange } from 'hoinghi';
import type { Checked, SourceFormat } from 'hoinghi';
import { toDocx, parsePlanDocx } from 'hoinghi/docx';
import type { Parsed as DocxParsed, ErrorCode } from 'hoinghi/docx';

const parsed = parsePlan('KẾ HOẠCH\nTiêu đề');
const plan: Plan = parsed.plan;
const diagnostics: Diagnostic[] = validatePlan(plan, { minLeadDays: 3, disabled: ['short-notice'] });
const first: Code | undefined = diagnostics[0]?.code;
const severity: Severity | undefined = diagnostics[0]?.severity;
const count: DelegateCount = countDelegates(plan);
const max: number | null | undefined = count.max;
const rule: QuorumRule = { people: { numerator: 2, denominator: 3 }, units: { share: { numerator: 2, denominator: 3, strict: false } } };
const report: QuorumReport = checkQuorum(plan, rule, { present: [{ group: 0, entry: 0, count: 1 }] });
const outcome: 'met' | 'notMet' | 'undetermined' = report.outcome;
const html: string = renderPlan(plan, 'html');
const headcount: Headcount = { kind: 'range', min: 1, max: 3 };
const number = parseDocumentNumber('05/KH-UBND');
const text: string = formatDocumentNumber({ ...number, unit: 'VP' });
try {
  validatePlan(plan);
} catch (e) {
  if (e instanceof HoinghiError) {
    const code: string = e.code;
    const path: string | undefined = e.path;
    console.log(code, path);
  }
}
const ics: string = toICalendar(plan);
const letters: Letter[] = invitationLetters(plan);
const addressee: string | undefined = letters[0]?.invitation.addressee;
const bytes: Uint8Array = toDocx(plan, 0);
const checked: Checked = readPlan('{"schemaVersion": 1}', { only: [] });
const format: SourceFormat = checked.format;
const checkedPlan: Plan = checked.plan;
const checkedCount: number = checked.count.min;
const fromJson: Diagnostic[] = validateJson(JSON.stringify(checkedPlan), { disabled: ['short-notice'] });
const fromWord: DocxParsed = parsePlanDocx(bytes);
const where = fromWord.diagnostics[0]?.origin;
const paragraph: number | undefined = where?.kind === 'paragraph' ? where.index : undefined;
const docxCode: ErrorCode = 'docx-legacy-doc';
const officialText: string = render(checkedPlan, 'html', { official: true });
const changes: LayoutChange[] = officialChanges(checkedPlan);
console.log(officialText, changes.length, first, severity, max, outcome, html, headcount, text, ics, addressee, bytes, format, checkedCount, fromJson, paragraph, docxCode);
