// Node.js, ES modules: the module is initialised synchronously on import.
import { readFileSync } from 'node:fs';
import { initSync } from './web/hoinghi_wasm.js';

initSync({ module: readFileSync(new URL('./web/hoinghi_wasm_bg.wasm', import.meta.url)) });

export * from './web/hoinghi_wasm.js';
export { HoinghiError } from './error.js';

/** Already initialised in Node.js; kept so that code written for browsers runs unchanged. */
export default async function init() {}
