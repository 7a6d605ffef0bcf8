/**
 * The errors this package throws are `Error` objects named "HoinghiError" with a
 * stable `code` (and `path` for shape errors). They are created inside WebAssembly,
 * so this class recognises them rather than constructing them:
 * `err instanceof HoinghiError` is true for every one of them.
 */
export class HoinghiError extends Error {
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
