import { renderPlan, countDelegates, validatePlan, readPlan, validateJson } from 'hoinghi';
import type { Plan } from 'hoinghi';

declare const plan: Plan;
renderPlan(plan, 'pdf');
const min: string = countDelegates(plan).min;
validatePlan(plan, { leadDays: 3 });
console.log(min);
validateJson(plan);
const fmt: 'markdown' = readPlan('KẾ HOẠCH').format;
console.log(fmt);
