import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/engine/error-types.ts
var ERROR_TYPES = [
  "timeout",
  "connection_refused",
  "connection_reset",
  "http_4xx",
  /** HTTP 429: the service refused the rate, not the request (told apart from other 4xx in every view) */
  "rate_limited",
  "http_5xx",
  "malformed_response",
  "dns",
  "tls",
  "other"
];
function byErrorType(counts) {
  return Object.fromEntries(ERROR_TYPES.filter((t) => counts.has(t)).map((t) => [t, counts.get(t)]));
}
function classifyStatus(status) {
  if (status >= 200 && status < 400) return void 0;
  if (status === 429) return "rate_limited";
  if (status >= 400 && status < 500) return "http_4xx";
  if (status >= 500 && status < 600) return "http_5xx";
  return "other";
}
function rateLimitedMessage(retryAfter, nowMs) {
  const v = retryAfter?.trim();
  if (!v) return "rate limited (HTTP 429)";
  let shown;
  if (/^\d+$/.test(v)) shown = String(Number(v));
  else {
    const at = Date.parse(v);
    shown = Number.isNaN(at) ? (
      // eslint-disable-next-line no-control-regex
      v.replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, 32)
    ) : String(Math.max(0, Math.round((at - nowMs) / 1e3)));
  }
  return `rate limited (HTTP 429, Retry-After: ${shown})`;
}
var MAX_RETRY_AFTER_MESSAGES = 8;
var RATE_LIMITED_VARIED = "rate limited (HTTP 429, Retry-After: varied)";
var RESET_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ECONNABORTED"]);
var REFUSED_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN", "EADDRNOTAVAIL"]);
var DNS_CODES = /* @__PURE__ */ new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME"]);
var TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL|HOSTNAME|ALTNAME/;
function classifySocketError(err) {
  const code = err.code ?? "";
  if (RESET_CODES.has(code)) return "connection_reset";
  if (REFUSED_CODES.has(code)) return "connection_refused";
  if (DNS_CODES.has(code)) return "dns";
  if (TLS_CODE.test(code)) return "tls";
  if (code === "ETIMEDOUT") return "timeout";
  return "other";
}
function isTlsErrorCode(code) {
  return TLS_CODE.test(code ?? "");
}

export {
  ERROR_TYPES,
  byErrorType,
  classifyStatus,
  rateLimitedMessage,
  MAX_RETRY_AFTER_MESSAGES,
  RATE_LIMITED_VARIED,
  classifySocketError,
  isTlsErrorCode
};
