import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/config/http-grammar.ts
var CONTROL = /[\u0000-\u001f\u007f]/;
function hasControlCharacter(s) {
  return CONTROL.test(s);
}
function escapeControlCharacters(s) {
  return s.replace(new RegExp(CONTROL.source, "g"), (c) => JSON.stringify(c).slice(1, -1));
}
var NOT_TARGET_CHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]|%(?![0-9A-Fa-f]{2})/gu;
function requestPathProblem(path) {
  if (hasControlCharacter(path))
    return "must not contain control characters such as CR or LF (they would end the request line)";
  if (path.includes("#")) return "must not contain # (a fragment is never sent to the server)";
  return void 0;
}
var PLACEHOLDERS = /(\{\{[^{}]*\}\}|\$\{[^}]*\})/;
function encodeRequestPath(path) {
  return path.split(PLACEHOLDERS).map((part, i) => i % 2 === 1 ? part : part.replace(NOT_TARGET_CHAR, (c) => encodeURIComponent(c))).join("");
}
function encodePathValue(value) {
  return value.replace(NOT_TARGET_CHAR, (c) => encodeURIComponent(c));
}
var NOT_FIELD_VALUE = /[^\t\u0020-\u007e\u0080-\u00ff]/;
function headerValueProblem(value) {
  if (!NOT_FIELD_VALUE.test(value)) return void 0;
  return /[\r\n]/.test(value) ? "must not contain CR or LF (they would start another header)" : "must hold only visible characters, spaces and tabs (no control characters or characters above U+00FF)";
}

// src/config/errors.ts
var InputError = class extends Error {
  constructor(field, message) {
    super(`${escapeControlCharacters(field)}: ${message}`);
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
  hasControlCharacter,
  requestPathProblem,
  encodeRequestPath,
  encodePathValue,
  headerValueProblem,
  InputError,
  UnreachableError,
  isInputError,
  isUnreachableError
};
