'use strict';
// Node.js, CommonJS: the nodejs glue initialises itself on require.
const glue = require('./node/hoinghi_wasm.js');
const { HoinghiError } = require('./error.cjs');

module.exports = { ...glue, HoinghiError };
