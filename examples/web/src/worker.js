// Parses and checks off the main thread, so typing never waits for a large plan.
import init, { parsePlan, validatePlan, countDelegates, renderPlan, toICalendar } from 'hoinghi';

const ready = init();

self.onmessage = async ({ data: { id, source } }) => {
  await ready;
  try {
    const trimmed = source.trimStart();
    let plan;
    let parseDiagnostics = [];
    if (trimmed.startsWith('{')) {
      let value;
      try {
        value = JSON.parse(source);
      } catch (e) {
        throw Object.assign(new Error(e.message), { code: 'json-syntax' });
      }
      plan = value;
      validatePlan(plan, { only: [] }); // reads the plan: shape errors throw here
    } else {
      ({ plan, diagnostics: parseDiagnostics } = parsePlan(source));
    }
    const diagnostics = [...parseDiagnostics, ...validatePlan(plan)];
    self.postMessage({
      id,
      ok: true,
      plan,
      diagnostics,
      count: countDelegates(plan),
      html: renderPlan(plan, 'html'),
      text: renderPlan(plan, 'text'),
      ics: plan.schedule ? toICalendar(plan) : null,
    });
  } catch (e) {
    self.postMessage({ id, ok: false, error: { code: e.code ?? 'error', message: e.message, path: e.path } });
  }
};
