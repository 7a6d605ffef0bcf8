// Browsers and bundlers (Vite, webpack 5): call the default export once, then every
// function is synchronous. `await init()` fetches the .wasm next to the glue.
export * from './web/hoinghi_wasm.js';
export { default } from './web/hoinghi_wasm.js';
export { HoinghiError } from './error.js';
