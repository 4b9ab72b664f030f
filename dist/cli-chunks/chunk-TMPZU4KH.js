import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  DEFAULT_HISTORY_RUNS,
  FAIL_ON_VALUES,
  InputError,
  MIN_HISTORY_RUNS,
  encodePathValue,
  formatDuration,
  hasControlCharacter,
  hasPlaceholder,
  headerValueProblem,
  parseJsonPath,
  parseSeconds,
  parseTemplate,
  resolveDrift,
  stepName,
  valueNames
} from "./chunk-PSEXFDSF.js";

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
  "other",
  /** an answer that failed a journey's or endpoint's check (its message names the check); last, so the others keep their codes */
  "check_failed"
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

// src/config/resolve.ts
import { basename as basename2, dirname, resolve } from "node:path";

// src/config/interpolate.ts
var VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
var SENSITIVE_HEADER = /auth|key|token|secret|cookie|password|passwd|pwd|passphrase|passcode|session|credential|signature/i;
function interpolateHeaders(headers, env, where, secrets) {
  const out = {};
  for (const [name, template] of Object.entries(headers)) {
    let interpolated = false;
    const value = template.replace(VAR, (_m, key, fallback) => {
      interpolated = true;
      const v = env[key];
      if (v !== void 0 && v !== "") {
        secrets.push(v);
        return v;
      }
      if (fallback !== void 0) return fallback;
      throw new InputError(
        `${where}.${name}`,
        `environment variable ${key} is not set (export it, or write \${${key}:-default})`
      );
    });
    if (interpolated || SENSITIVE_HEADER.test(name)) secrets.push(value);
    const why = headerValueProblem(value);
    if (why) throw new InputError(`${where}.${name}`, `its value from the environment ${why}`);
    out[name] = value;
  }
  return out;
}
function interpolateText(text, env, where, secrets, encode) {
  return text.replace(VAR, (_m, key, fallback) => {
    const v = env[key];
    if (v !== void 0 && v !== "") {
      secrets.push(v);
      return encode(v);
    }
    if (fallback !== void 0) return encode(fallback);
    throw new InputError(
      where,
      `environment variable ${key} is not set (export it, or write \${${key}:-default})`
    );
  });
}
function isSensitiveHeader(name) {
  return SENSITIVE_HEADER.test(name);
}

// src/config/url-service.ts
import { basename } from "node:path";

// src/config/validate.ts
function toNumber(value) {
  if (typeof value === "number") return value;
  if (value === void 0 || value.trim() === "") return NaN;
  return /^\s*[-+]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
}
function wholeNumber(field, value, fallback, min, max) {
  if (value === void 0 || value === "") return fallback;
  const n = toNumber(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(field, `must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)})`);
  }
  return n;
}
function positiveNumber(field, value, fallback, max, unit) {
  if (value === void 0 || value === "") return fallback;
  const n = toNumber(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    throw new InputError(
      field,
      `must be a number of ${unit} above 0 and at most ${max} (got ${JSON.stringify(value)})`
    );
  }
  return n;
}
function durationSeconds(field, value, fallback, max, { allowZero = false } = {}) {
  if (value === void 0 || value === "") return fallback;
  const n = parseSeconds(value);
  if (n === void 0 || (allowZero ? n < 0 : n <= 0) || n > max) {
    throw new InputError(
      field,
      `must be a duration such as ${max >= 5400 ? "30s, 5m or 1h30m" : "500ms, 10s or 5m"} (or plain seconds), ${allowZero ? "from 0" : "above 0"} and at most ${formatDuration(max)} (got ${JSON.stringify(value)})`
    );
  }
  return n;
}
function failOn(field, value, fallback) {
  if (value === void 0 || value === "") return fallback;
  if (!FAIL_ON_VALUES.includes(value)) {
    throw new InputError(field, `must be one of ${FAIL_ON_VALUES.join(", ")} (got ${JSON.stringify(value)})`);
  }
  return value;
}
function baselineRuns(field, value) {
  if (value === void 0 || value === "") return void 0;
  return value === "auto" ? "auto" : wholeNumber(field, value, DEFAULT_HISTORY_RUNS, MIN_HISTORY_RUNS, 1e3);
}
function httpUrl(field, value) {
  if (hasControlCharacter(value))
    throw new InputError(field, "must not contain control characters such as CR or LF");
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      field,
      `must be an absolute http:// or https:// URL such as http://localhost:8080 (got ${JSON.stringify(value)})`
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InputError(field, `must use http:// or https:// (got ${JSON.stringify(value)})`);
  }
  if (url.username || url.password) {
    throw new InputError(field, "must not contain credentials (user:password@): they would be logged");
  }
  return url;
}

// src/config/url-service.ts
function isUrlService(service) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(service.trim());
}
function urlService(service, field = "service") {
  if (!isUrlService(service)) return void 0;
  const url = httpUrl(field, service.trim());
  if (url.hash || service.includes("#"))
    throw new InputError(field, "must not contain a fragment (#…): it is never sent to the server");
  const path = pathOf(url);
  return {
    name: urlServiceName(url),
    url,
    config: { base_url: url.origin, endpoints: [{ method: "GET", path, weight: 1 }] }
  };
}
function urlServiceName(url) {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const raw = `${host}_${port}${url.pathname === "/" ? "" : url.pathname}`;
  return raw.replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/_+$/, "").slice(0, 100);
}
function urlServiceNote(url, configSource, where) {
  const thresholds = configSource ? `the thresholds of ${basename(configSource)}` : "default thresholds";
  return `perf-gate: GET ${url}${where ? ` ${where}` : ""} (a URL: one GET endpoint, ${thresholds}; perf-gate init writes a config)`;
}
function pathOf(url) {
  return `${url.pathname}${url.search}`;
}

// src/config/secrets.ts
function secretForms(secret) {
  const form = new URLSearchParams({ v: secret }).toString().slice(2);
  const forms = [secret, jsonEscape(secret), jsonEscape(jsonEscape(secret)), encodePathValue(secret), form];
  for (const encode of [encodeURIComponent, encodeURI]) {
    try {
      forms.push(encode(secret));
    } catch {
    }
  }
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
function jsonEscape(value) {
  return JSON.stringify(value).slice(1, -1);
}
function requestCredentials(request) {
  return [...literalCredentials(request.body), ...queryCredentials(request.path)].filter(
    (v) => !hasPlaceholder(v)
  );
}
function literalCredentials(requestBody) {
  if (!requestBody) return [];
  const out = [];
  const json = parseJson(requestBody);
  if (json !== void 0) collect(json, out);
  else for (const [k, v] of new URLSearchParams(requestBody)) if (isSensitiveHeader(k) && v) out.push(v);
  return out;
}
function queryCredentials(path) {
  const query = path?.split("?")[1];
  if (!query) return [];
  return [...new URLSearchParams(query)].filter(([k, v]) => isSensitiveHeader(k) && v).map(([, v]) => v);
}
function collect(value, out) {
  if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (isSensitiveHeader(k) && (typeof v === "string" || typeof v === "number")) out.push(String(v));
      else collect(v, out);
    }
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/config/session-rules.ts
function stepRules(c, defaults = {}) {
  const think = c.think ?? defaults.think;
  const rules = {
    capture: captures(c.capture ?? {}),
    checks: checks(c.check),
    ...think !== void 0 ? { think: thinkRange(think) } : {},
    once: c.once ?? false,
    onFail: c.on_fail ?? defaults.on_fail ?? "continue"
  };
  const plain = rules.capture.length === 0 && rules.checks.length === 0 && !rules.think && !rules.once;
  return plain && rules.onFail === "continue" ? void 0 : rules;
}
function thinkRange(t) {
  return typeof t === "number" ? { minSec: t, maxSec: t } : { minSec: t[0], maxSec: t[1] };
}
function captures(c) {
  return Object.entries(c).map(([name, from]) => {
    if (typeof from === "string") return { name, from: "json", steps: parseJsonPath(from) };
    if ("json" in from) return { name, from: "json", steps: parseJsonPath(from.json) };
    if ("header" in from) return { name, from: "header", header: from.header.toLowerCase() };
    return { name, from: "regex", source: from.regex, group: from.group };
  });
}
function checks(c) {
  if (!c) return [];
  const out = [];
  if (c.status !== void 0) {
    const statuses = Array.isArray(c.status) ? c.status : [c.status];
    out.push({ label: `status ${statuses.join(" or ")}`, kind: "status", statuses });
  }
  for (const path of c.exists ?? [])
    out.push({ label: `${path} exists`, kind: "exists", steps: parseJsonPath(path) });
  for (const [path, value] of Object.entries(c.equals ?? {}))
    out.push({
      label: `${path} equals ${JSON.stringify(value)}`,
      kind: "equals",
      steps: parseJsonPath(path),
      value,
      field: `check.equals.${path}`
    });
  const texts = c.contains === void 0 ? [] : Array.isArray(c.contains) ? c.contains : [c.contains];
  texts.forEach(
    (text, i) => out.push({
      label: `body contains ${JSON.stringify(text)}`,
      kind: "contains",
      text,
      field: Array.isArray(c.contains) ? `check.contains[${i}]` : "check.contains"
    })
  );
  if (c.max_latency !== void 0)
    out.push({
      label: `response time ≤ ${formatDuration(c.max_latency)}`,
      kind: "max_latency",
      maxUs: Math.round(c.max_latency * 1e6)
    });
  return out;
}
function readsBody(r) {
  if (!r) return false;
  return r.capture.some((c) => c.from !== "header") || r.checks.some((c) => c.kind === "exists" || c.kind === "equals" || c.kind === "contains");
}

// src/config/resolve-journeys.ts
function resolveJourneys(configs, fill) {
  const endpoints = [];
  const journeys = configs.map((j, ji) => {
    const at = `journeys[${ji}]`;
    const steps = j.steps.map((step, si) => {
      const where = `${at}.steps[${si}]`;
      const name = stepName(step, si);
      const rules = stepRules(step, { think: j.think, on_fail: j.on_fail });
      endpoints.push({
        ...fill(step, where),
        name: `${j.name}/${name}`,
        weight: 1,
        journey: j.name,
        step: name,
        ...step.thresholds ? { thresholds: step.thresholds } : {},
        ...rules ? { rules } : {}
      });
      return endpoints.length - 1;
    });
    const once = j.steps.filter((s) => s.once).length;
    return {
      name: j.name,
      weight: j.weight,
      steps,
      once,
      ...j.thresholds ? { thresholds: j.thresholds } : {}
    };
  });
  return { journeys, endpoints };
}

// src/config/resolve.ts
function resolveTarget(config, service, baseUrlOverride) {
  const byUrl = urlService(service);
  if (byUrl) {
    const target = resolveTarget(
      { ...config, services: { ...config.services, [byUrl.name]: byUrl.config } },
      byUrl.name,
      baseUrlOverride
    );
    return { ...target, fromUrl: byUrl.url.href };
  }
  const svc = config.services[service];
  if (!svc) {
    const known = Object.keys(config.services).sort().join(", ");
    const hint = /[:/]/.test(service) ? `; a URL needs its scheme: http://${service.replace(/^\/+/, "")}` : config.source ? "" : "; no config file was given: pass --config perf-gate.yml (the action: config), or a URL such as http://localhost:8080/health";
    throw new InputError("service", `unknown service ${JSON.stringify(service)} (known: ${known})${hint}`);
  }
  let url;
  let unreachableMessage;
  if (baseUrlOverride !== void 0) {
    url = baseUrlOverride;
    unreachableMessage = `❌ Service ${service} is not reachable at ${url.origin}`;
  } else if (svc.base_url) {
    url = new URL(svc.base_url);
    unreachableMessage = `❌ Service ${service} is not reachable at ${url.origin}`;
  } else {
    url = new URL(`http://localhost:${svc.port}`);
    unreachableMessage = `❌ Service ${service} is not running on port ${svc.port}`;
  }
  const prefix = url.pathname.replace(/\/+$/, "");
  const where = `${config.source ? basename2(config.source) + " " : ""}services.${service}`;
  const secrets = [...config.secrets];
  const serviceHeaders = interpolateHeaders(svc.headers ?? {}, config.env, `${where}.headers`, secrets);
  const fill = (ep, at) => {
    const request = toRequest(withEnv(ep, config.env, at, secrets), prefix, serviceHeaders);
    secrets.push(...requestCredentials(request));
    return request;
  };
  const journeys = svc.journeys && resolveJourneys(svc.journeys, (step, at) => fill(step, `${where}.${at}`));
  const endpoints = journeys?.endpoints ?? (svc.endpoints ?? []).map((ep, i) => {
    const rules = stepRules(ep);
    return {
      ...fill(ep, `${where}.endpoints[${i}]`),
      weight: ep.weight,
      thresholds: ep.thresholds,
      ...rules ? { rules } : {}
    };
  });
  if (endpoints.length === 0)
    throw new InputError(`services.${service}.endpoints`, "needs at least one endpoint (or journeys)");
  const setup = (svc.setup ?? []).map((req, i) => {
    const field = `${where}.setup[${i}]`;
    const { thresholds: _, ...request } = toRequest(withEnv(req, config.env, field, secrets), prefix, {});
    secrets.push(...requestCredentials(request));
    const capture = Object.fromEntries(
      Object.entries(req.capture ?? {}).map(([name, path]) => [
        name,
        { path, steps: parseJsonPath(path) }
      ])
    );
    return { ...request, capture, field, serviceHeaders };
  });
  const workload = {
    setup,
    ...svc.data ? {
      data: {
        path: resolve(config.source ? dirname(config.source) : ".", svc.data.file),
        order: svc.data.order,
        field: `${where}.data.file`
      }
    } : {},
    ...svc.warmup ? { warmupSec: svc.warmup } : {}
  };
  return {
    service,
    baseUrl: `${url.origin}${prefix}`,
    unreachableMessage,
    endpoints,
    thresholds: { ...config.thresholds, ...svc.thresholds ?? {} },
    secrets: [...new Set(secrets)].filter((v) => v.length > 0),
    tls: config.tls,
    drift: resolveDrift(config.drift, svc.drift),
    ...svc.rps ? { rps: svc.rps } : {},
    ...svc.csv ?? config.csv ? { csv: svc.csv ?? config.csv } : {},
    ...journeys ? { journeys: journeys.journeys } : {},
    ...svc.cookies ?? journeys !== void 0 ? { cookies: true } : {},
    ...setup.length > 0 || workload.data || workload.warmupSec ? { workload } : {},
    ...config.source && config.fieldLines && config.fileServices.includes(service) ? { source: { file: basename2(config.source), lines: serviceLines(config.fieldLines, service) } } : {}
  };
}
function serviceLines(lines, service) {
  const own = `services.${service}.`;
  return Object.fromEntries(Object.entries(lines).filter(([path]) => path.startsWith(own)));
}
function withEnv(ep, env, where, secrets) {
  const jsonBody = ep.body !== void 0 && typeof ep.body !== "string";
  const body = ep.body === void 0 ? void 0 : jsonBody ? JSON.stringify(ep.body) : ep.body;
  return {
    // the name shows the path as written: never a value from the environment
    name: `${ep.method} ${ep.path}`,
    method: ep.method,
    template: ep.path,
    path: interpolateText(ep.path, env, `${where}.path`, secrets, encodePathValue),
    headers: ep.headers && interpolateHeaders(ep.headers, env, `${where}.headers`, secrets),
    body: body === void 0 ? void 0 : interpolateText(body, env, `${where}.body`, secrets, jsonBody ? jsonEscape2 : (v) => v),
    jsonBody,
    thresholds: "thresholds" in ep ? ep.thresholds : void 0
  };
}
function jsonEscape2(value) {
  return JSON.stringify(value).slice(1, -1);
}
function toRequest(ep, prefix, serviceHeaders) {
  const headers = {
    ...serviceHeaders,
    ...ep.headers ?? {}
  };
  if (ep.jsonBody && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
    headers["content-type"] = "application/json";
  return {
    name: ep.name,
    method: ep.method,
    path: `${prefix}${ep.path}`,
    ...ep.template !== ep.path ? { shownPath: `${prefix}${ep.template}` } : {},
    headers,
    body: ep.body,
    ...ep.jsonBody ? { jsonBody: true } : {},
    ...ep.thresholds ? { thresholds: ep.thresholds } : {}
  };
}
function shownPath(e) {
  return e.shownPath ?? e.path;
}
function setupHeaders(step, captured) {
  const inherited = Object.entries(step.serviceHeaders).filter(
    ([, v]) => !hasPlaceholder(v) || valueNames(parseTemplate(v, step.field)).every((n) => captured.includes(n))
  );
  const own = new Set(Object.keys(step.headers).map((h) => h.toLowerCase()));
  return { ...Object.fromEntries(inherited.filter(([k]) => !own.has(k.toLowerCase()))), ...step.headers };
}

export {
  ERROR_TYPES,
  byErrorType,
  classifyStatus,
  rateLimitedMessage,
  MAX_RETRY_AFTER_MESSAGES,
  RATE_LIMITED_VARIED,
  classifySocketError,
  isTlsErrorCode,
  isSensitiveHeader,
  wholeNumber,
  positiveNumber,
  durationSeconds,
  failOn,
  baselineRuns,
  httpUrl,
  isUrlService,
  urlService,
  urlServiceNote,
  pathOf,
  secretForms,
  requestCredentials,
  readsBody,
  resolveTarget,
  jsonEscape2 as jsonEscape,
  shownPath,
  setupHeaders
};
