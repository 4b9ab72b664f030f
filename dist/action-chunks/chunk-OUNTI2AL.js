import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/config/errors.ts
var InputError = class extends Error {
  constructor(field, message) {
    super(`${field.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1))}: ${message}`);
    this.field = field;
  }
  field;
  name = "InputError";
  exitCode = 2;
};
var UnreachableError = class extends Error {
  name = "UnreachableError";
  exitCode = 3;
};
function isInputError(e) {
  return e instanceof Error && e.name === "InputError";
}
function isUnreachableError(e) {
  return e instanceof Error && e.name === "UnreachableError";
}

export {
  InputError,
  UnreachableError,
  isInputError,
  isUnreachableError
};
