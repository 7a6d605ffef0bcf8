'use strict';
// CommonJS twin of error.js (see there).
class HoinghiError extends Error {
  constructor(message, code, path) {
    super(message);
    this.name = 'HoinghiError';
    this.code = code;
    if (path !== undefined) this.path = path;
  }

  static [Symbol.hasInstance](value) {
    return value instanceof Error && value.name === 'HoinghiError' && typeof value.code === 'string';
  }
}
module.exports = { HoinghiError };
