// src/config/errors.ts
var InputError = class extends Error {
  constructor(field, message) {
    super(`${field}: ${message}`);
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

// src/config/load.ts
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { LineCounter, parseDocument } from "yaml";

// src/gate/thresholds.ts
var THRESHOLD_NAMES = [
  "error_rate",
  "avg_response_time",
  "p50_response_time",
  "p95_response_time",
  "p99_response_time",
  "requests_per_second"
];
var THRESHOLD_DEFINITIONS = {
  error_rate: {
    metric: "error_rate",
    label: "Error rate",
    unit: "percent",
    higherIsBetter: false
  },
  avg_response_time: {
    metric: "average_response_time",
    label: "Average response time",
    unit: "seconds",
    higherIsBetter: false
  },
  p50_response_time: {
    metric: "median_response_time",
    label: "Median response time",
    unit: "seconds",
    higherIsBetter: false
  },
  p95_response_time: {
    metric: "p95_response_time",
    label: "95th percentile",
    unit: "seconds",
    higherIsBetter: false
  },
  p99_response_time: {
    metric: "p99_response_time",
    label: "99th percentile",
    unit: "seconds",
    higherIsBetter: false
  },
  requests_per_second: {
    metric: "requests_per_second",
    label: "Throughput",
    unit: "rps",
    higherIsBetter: true
  }
};
var DEFAULT_THRESHOLDS = Object.freeze({
  error_rate: { warning: 1, critical: 5 },
  avg_response_time: { warning: 1, critical: 3 },
  p95_response_time: { warning: 2, critical: 5 },
  requests_per_second: { warning: 10, critical: 1 }
});
var FAIL_ON_VALUES = ["critical", "warning", "never"];

// src/config/presets.ts
var PRESET_SERVICES = Object.freeze({
  pkd_service: {
    port: 8088,
    headers: { "X-API-Key": "test_api_key" },
    endpoints: [
      { path: "/", method: "GET", weight: 1 },
      { path: "/docs", method: "GET", weight: 1 },
      { path: "/v1/masterlist", method: "GET", weight: 1 },
      { path: "/v1/dsclist", method: "GET", weight: 1 },
      { path: "/v1/crl", method: "GET", weight: 1 }
    ]
  },
  document_processing: {
    port: 8080,
    headers: { "X-API-Key": "test_api_key" },
    endpoints: [
      { path: "/", method: "GET", weight: 1 },
      { path: "/api/health", method: "GET", weight: 1 },
      { path: "/api/ping", method: "GET", weight: 1 },
      { path: "/docs", method: "GET", weight: 1 }
    ]
  },
  ui_app: {
    port: 8e3,
    endpoints: [
      { path: "/", method: "GET", weight: 1 },
      { path: "/health", method: "GET", weight: 1 },
      { path: "/docs", method: "GET", weight: 1 }
    ]
  }
});
var API_KEY_HEADER = "X-API-Key";
var API_KEY_ENV = "PERF_GATE_API_KEY";

// src/config/schema.ts
import { z } from "zod";

// src/config/units.ts
var TIME = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/i;
var PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/;
function parseSeconds(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  const m = TIME.exec(value);
  if (!m) return void 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? "s").toLowerCase();
  return unit === "ms" ? n / 1e3 : unit === "m" ? n * 60 : n;
}
function parsePercent(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  const m = PERCENT.exec(value);
  return m ? Number(m[1]) : void 0;
}
function parsePlainNumber(value) {
  const n = typeof value === "number" ? value : /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}

// src/config/schema.ts
var UNIT_PARSERS = {
  percent: { parse: parsePercent, hint: "a percentage such as 1% or 0.5" },
  seconds: {
    parse: parseSeconds,
    hint: "a time such as 500ms, 2s or 1.5 (seconds)"
  },
  rps: { parse: parsePlainNumber, hint: "requests per second, such as 10" }
};
function limit(unit) {
  const { parse, hint } = UNIT_PARSERS[unit];
  return z.union([z.number(), z.string()]).describe(hint).transform((value, ctx) => {
    const n = parse(value);
    if (n === void 0) {
      ctx.addIssue({
        code: "custom",
        message: `must be ${hint} (got ${JSON.stringify(value)})`
      });
      return z.NEVER;
    }
    return n;
  });
}
function band(name) {
  const { unit, higherIsBetter } = THRESHOLD_DEFINITIONS[name];
  return z.strictObject({ warning: limit(unit), critical: limit(unit) }).refine((b) => higherIsBetter ? b.warning >= b.critical : b.warning <= b.critical, {
    message: higherIsBetter ? "warning must be at least critical (for throughput, lower is worse)" : "warning must not be above critical"
  });
}
var thresholdsSchema = z.strictObject(
  Object.fromEntries(THRESHOLD_NAMES.map((n) => [n, band(n).optional()]))
).describe("Warning and critical limits per metric; unset metrics keep the defaults");
var METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
var headersSchema = z.record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "must be a valid HTTP header name"), z.string()).describe("HTTP headers; values may use ${ENV_VAR} or ${ENV_VAR:-default} and are treated as secrets");
var endpointSchema = z.strictObject({
  path: z.string().startsWith("/", "must start with /"),
  method: z.string().default("GET").transform((m) => m.toUpperCase()).pipe(z.enum(METHODS, { message: `must be one of ${METHODS.join(", ")}` })),
  body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional().describe("request body; an object or array is sent as JSON"),
  headers: headersSchema.optional(),
  weight: z.number().int("must be a whole number").min(1, "must be at least 1").max(1e3).default(1),
  thresholds: thresholdsSchema.optional()
});
var serviceSchema = z.strictObject({
  base_url: z.url({
    protocol: /^https?$/,
    message: "must be an http:// or https:// URL"
  }).optional().describe("scheme, host and port (and an optional path prefix) of the service"),
  port: z.number().int().min(1).max(65535).optional().describe("port on localhost, when base_url is not set"),
  headers: headersSchema.optional(),
  endpoints: z.array(endpointSchema).min(1, "needs at least one endpoint").optional(),
  thresholds: thresholdsSchema.optional()
}).refine((s) => !(s.base_url && s.port), {
  message: "set either base_url or port, not both"
});
var configSchema = z.strictObject({
  $schema: z.string().optional(),
  services: z.record(
    z.string().regex(/^[A-Za-z0-9_.-]+$/, "service names use letters, digits, _ . -"),
    serviceSchema
  ).optional(),
  thresholds: thresholdsSchema.optional(),
  fail_on: z.enum(FAIL_ON_VALUES).optional()
}).describe("perf-gate configuration");
function configJsonSchema() {
  return z.toJSONSchema(configSchema, {
    io: "input",
    unrepresentable: "any"
  });
}

// src/config/load.ts
async function loadConfig(options = {}) {
  const env = options.env ?? {};
  const apiKey = env[API_KEY_ENV];
  let file = {};
  if (options.file) {
    let text;
    try {
      text = await readFile(options.file, "utf8");
    } catch (e) {
      const code = e.code;
      throw new InputError(
        "--config",
        code === "ENOENT" ? `file ${options.file} does not exist` : `cannot read ${options.file} (${code ?? String(e)})`
      );
    }
    file = parseConfigText(text, basename(options.file));
  }
  const config = buildConfig(file, env, options.file);
  if (apiKey) config.secrets.push(apiKey);
  return config;
}
function parseConfigText(text, fileName = "perf-gate.yml") {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true
  });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0].line ?? lineCounter.linePos(err.pos[0]).line;
    const what = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new InputError(`${fileName}${line ? `:${line}` : ""}`, `not valid YAML or JSON: ${what}`);
  }
  const raw = doc.toJS() ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new InputError(fileName, "must be a mapping with services, thresholds or fail_on at the top level");
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw issueToError(parsed.error.issues[0], doc, lineCounter, fileName);
  return parsed.data;
}
function issueToError(issue, doc, lines, fileName) {
  let path = issue.path.map((p) => typeof p === "symbol" ? String(p) : p);
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    path = [...path, issue.keys[0]];
    message = `unknown field (allowed: ${allowedKeysHint(path)})`;
  }
  const line = lineOf(doc, lines, path);
  return new InputError(`${fileName}${line ? `:${line}` : ""} ${formatPath(path) || "(top level)"}`, message);
}
function allowedKeysHint(path) {
  const parents = path.slice(0, -1);
  const last = parents[parents.length - 1];
  const beforeLast = parents[parents.length - 2];
  if (parents.length === 0) return "services, thresholds, fail_on";
  if (last === "thresholds") return THRESHOLD_NAMES.join(", ");
  if (beforeLast === "thresholds") return "warning, critical";
  if (typeof last === "number") return "path, method, body, headers, weight, thresholds";
  return "base_url, port, headers, endpoints, thresholds";
}
function lineOf(doc, lines, path) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]).line;
  }
  return void 0;
}
function formatPath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function buildConfig(file, env, source) {
  const secrets = [];
  const services = {};
  const apiKey = env[API_KEY_ENV];
  for (const [name, preset] of Object.entries(PRESET_SERVICES)) {
    const headers = preset.headers && apiKey ? { ...preset.headers, [API_KEY_HEADER]: apiKey } : preset.headers;
    services[name] = { ...preset, headers };
  }
  for (const [name, svc] of Object.entries(file.services ?? {})) {
    const base = services[name];
    if (!base && !svc.endpoints) {
      throw new InputError(
        `${source ? basename(source) : "config"} services.${name}.endpoints`,
        "a new service needs at least one endpoint"
      );
    }
    if (!base && !svc.base_url && !svc.port) {
      throw new InputError(
        `${source ? basename(source) : "config"} services.${name}`,
        "set base_url (e.g. http://localhost:8090) or port"
      );
    }
    const merged = { ...base, ...svc };
    if (svc.base_url) delete merged.port;
    if (svc.port) delete merged.base_url;
    services[name] = merged;
  }
  return {
    services,
    thresholds: { ...DEFAULT_THRESHOLDS, ...file.thresholds ?? {} },
    failOn: file.fail_on,
    secrets,
    env,
    source
  };
}

// src/config/resolve.ts
import { basename as basename2 } from "node:path";

// src/config/interpolate.ts
var VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
var SENSITIVE_HEADER = /authorization|api[-_]?key|token|secret|cookie|password|session/i;
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
    out[name] = value;
  }
  return out;
}
function isSensitiveHeader(name) {
  return SENSITIVE_HEADER.test(name);
}

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
function httpUrl(field, value) {
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
    throw new InputError(field, "must not contain credentials; put them in a header in the config file");
  }
  return url;
}

// src/config/resolve.ts
function resolveTarget(config, service, baseUrlOverride, baseUrlField = "--base-url") {
  const svc = config.services[service];
  if (!svc) {
    const known = Object.keys(config.services).sort().join(", ");
    throw new InputError("service", `unknown service ${JSON.stringify(service)} (known: ${known})`);
  }
  let url;
  let unreachableMessage;
  if (baseUrlOverride !== void 0) {
    url = httpUrl(baseUrlField, baseUrlOverride);
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
  const endpoints = (svc.endpoints ?? []).map(
    (ep, i) => toEndpoint(
      {
        ...ep,
        headers: ep.headers && interpolateHeaders(ep.headers, config.env, `${where}.endpoints[${i}].headers`, secrets)
      },
      prefix,
      serviceHeaders
    )
  );
  if (endpoints.length === 0)
    throw new InputError(`services.${service}.endpoints`, "needs at least one endpoint");
  return {
    service,
    baseUrl: `${url.origin}${prefix}`,
    unreachableMessage,
    endpoints,
    thresholds: { ...config.thresholds, ...svc.thresholds ?? {} },
    secrets: [...new Set(secrets)].filter((v) => v.length > 0)
  };
}
function toEndpoint(ep, prefix, serviceHeaders) {
  const headers = {
    ...serviceHeaders,
    ...ep.headers ?? {}
  };
  let body;
  if (typeof ep.body === "string") body = ep.body;
  else if (ep.body !== void 0) {
    body = JSON.stringify(ep.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
      headers["content-type"] = "application/json";
  }
  return {
    name: `${ep.method} ${ep.path}`,
    method: ep.method,
    path: `${prefix}${ep.path}`,
    headers,
    body,
    weight: ep.weight,
    thresholds: ep.thresholds
  };
}

// src/engine/load-runner.ts
import autocannon from "autocannon";

// src/engine/clock.ts
function createClock() {
  const base = process.hrtime.bigint();
  const epochMs = Date.now();
  return {
    epochMs,
    nowUs: () => Number(process.hrtime.bigint() - base) / 1e3
  };
}

// src/engine/error-types.ts
var ERROR_TYPES = [
  "timeout",
  "connection_refused",
  "connection_reset",
  "http_4xx",
  "http_5xx",
  "other"
];
function errorCode(type) {
  return ERROR_TYPES.indexOf(type) + 1;
}
function classifyStatus(status) {
  if (status >= 200 && status < 400) return void 0;
  if (status >= 400 && status < 500) return "http_4xx";
  if (status >= 500 && status < 600) return "http_5xx";
  return "other";
}
var RESET_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ECONNABORTED"]);
var REFUSED_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
function classifySocketError(err) {
  if (err.code && RESET_CODES.has(err.code)) return "connection_reset";
  if (err.code && REFUSED_CODES.has(err.code)) return "connection_refused";
  if (err.code === "ETIMEDOUT") return "timeout";
  return "other";
}

// src/engine/connection-recorder.ts
function recordConnection(client, recorder, nowUs, stage, draining) {
  let pending = false;
  let pendingEp = 0;
  let pendingSend = 0;
  let orphan = false;
  let orphanEp = 0;
  let orphanSend = 0;
  let serverClosing = false;
  const origDoRequest = client._doRequest;
  client._doRequest = function() {
    if (!draining()) origDoRequest.call(this);
  };
  const origGetRequestBuffer = client.getRequestBuffer;
  client.getRequestBuffer = function() {
    if (pending) {
      orphan = true;
      orphanEp = pendingEp;
      orphanSend = pendingSend;
    }
    pending = true;
    pendingEp = this.requestIterator.currentRequest.ep;
    pendingSend = nowUs();
    return origGetRequestBuffer.call(this);
  };
  client.on("headers", (h) => {
    serverClosing = h.shouldKeepAlive === false;
  });
  client.on("response", (status, bytes) => {
    if (!pending) return;
    pending = false;
    const type = classifyStatus(status);
    const errorId = type ? recorder.errorId(type, `HTTP ${status}`) : 0;
    const t = nowUs();
    recorder.add(pendingSend, t - pendingSend, pendingEp, status, errorId, bytes, stage());
  });
  client.on("connError", (err) => {
    if (!pending) return;
    pending = false;
    const type = classifySocketError(err);
    const t = nowUs();
    recorder.add(
      pendingSend,
      t - pendingSend,
      pendingEp,
      0,
      recorder.errorId(type, err.code ?? err.message),
      0,
      stage()
    );
  });
  client.on("timeout", () => {
    const t = nowUs();
    const id = recorder.errorId("timeout", "request timed out");
    if (orphan) {
      orphan = false;
      recorder.add(orphanSend, t - orphanSend, orphanEp, 0, id, 0, stage());
    } else if (pending) {
      pending = false;
      recorder.add(pendingSend, t - pendingSend, pendingEp, 0, id, 0, stage());
    }
  });
  const origConnect = client._connect;
  client._connect = function() {
    origConnect.call(this);
    this.conn.prependListener("end", () => {
      if (!pending) return;
      pending = false;
      if (serverClosing) return;
      const t = nowUs();
      recorder.add(
        pendingSend,
        t - pendingSend,
        pendingEp,
        0,
        recorder.errorId("connection_reset", "connection closed by the server before a response"),
        0,
        stage()
      );
    });
  };
  return { busy: () => pending || orphan };
}

// src/engine/recorder.ts
var CHUNK = 1 << 16;
var Chunk = class {
  sendUs = new Float64Array(CHUNK);
  latencyUs = new Uint32Array(CHUNK);
  bytes = new Uint32Array(CHUNK);
  endpoint = new Uint16Array(CHUNK);
  status = new Uint16Array(CHUNK);
  /** 0 = success, else an index into the recorder's interned (type, message) list + 1 */
  error = new Uint16Array(CHUNK);
  /** stress stage of the request (0 for load tests) */
  stage = new Uint8Array(CHUNK);
};
var BYTES_PER_RECORD = 8 + 4 + 4 + 2 + 2 + 2 + 1;
var Recorder = class {
  constructor(epochMs) {
    this.epochMs = epochMs;
  }
  epochMs;
  chunks = [];
  n = 0;
  errors = [];
  errorIds = /* @__PURE__ */ new Map();
  /** µs since the recorder's epoch under which intended-send times (fixed-rate pacing) are kept */
  intended;
  get length() {
    return this.n;
  }
  /** Appends one request; returns its index. */
  add(sendUs, latencyUs, endpoint, status, errorId, bytes, stage = 0) {
    const i = this.n;
    const c = i >>> 16;
    const j = i & CHUNK - 1;
    if (c === this.chunks.length) this.chunks.push(new Chunk());
    const chunk = this.chunks[c];
    chunk.sendUs[j] = sendUs;
    chunk.latencyUs[j] = latencyUs > 4294967295 ? 4294967295 : latencyUs;
    chunk.bytes[j] = bytes > 4294967295 ? 4294967295 : bytes;
    chunk.endpoint[j] = endpoint;
    chunk.status[j] = status;
    chunk.error[j] = errorId;
    chunk.stage[j] = stage;
    this.n = i + 1;
    return i;
  }
  /** Interns an error (type, message) pair and returns the id to store with `add`. */
  errorId(type, message) {
    const key = `${type}\0${message}`;
    let id = this.errorIds.get(key);
    if (id === void 0) {
      this.errors.push({ type, message });
      id = this.errors.length;
      if (id > 65535) {
        return this.errorId(type, "other error messages");
      }
      this.errorIds.set(key, id);
    }
    return id;
  }
  /** Records the intended send time of request i (fixed-rate runs only). */
  setIntendedSend(i, us) {
    this.intended ??= [];
    const c = i >>> 16;
    while (this.intended.length <= c) this.intended.push(new Float64Array(CHUNK));
    this.intended[c][i & CHUNK - 1] = us;
  }
  sendUs(i) {
    return this.chunks[i >>> 16].sendUs[i & CHUNK - 1];
  }
  latencyUs(i) {
    return this.chunks[i >>> 16].latencyUs[i & CHUNK - 1];
  }
  endUs(i) {
    const c = this.chunks[i >>> 16];
    const j = i & CHUNK - 1;
    return c.sendUs[j] + c.latencyUs[j];
  }
  endpoint(i) {
    return this.chunks[i >>> 16].endpoint[i & CHUNK - 1];
  }
  status(i) {
    return this.chunks[i >>> 16].status[i & CHUNK - 1];
  }
  bytes(i) {
    return this.chunks[i >>> 16].bytes[i & CHUNK - 1];
  }
  stage(i) {
    return this.chunks[i >>> 16].stage[i & CHUNK - 1];
  }
  /** 0 when the request succeeded, else an id for `errorOf`. */
  errorIdAt(i) {
    return this.chunks[i >>> 16].error[i & CHUNK - 1];
  }
  errorOf(id) {
    return id === 0 ? void 0 : this.errors[id - 1];
  }
  get errorList() {
    return this.errors;
  }
  /** Latencies in µs of records [from, to), copied into one array (for sorting). */
  latencies(from = 0, to = this.n) {
    const out = new Float64Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = this.latencyUs(i);
    return out;
  }
  /** One record as an object, for tests and small consumers; avoid in loops over large runs. */
  get(i) {
    const errorId = this.errorIdAt(i);
    return {
      sendUs: this.sendUs(i),
      latencyUs: this.latencyUs(i),
      endpoint: this.endpoint(i),
      status: this.status(i),
      error: this.errorOf(errorId),
      bytes: this.bytes(i),
      stage: this.stage(i)
    };
  }
  /** Bytes held by the columns (allocated, not only used). */
  get allocatedBytes() {
    return this.chunks.length * CHUNK * BYTES_PER_RECORD + (this.intended?.length ?? 0) * CHUNK * 8;
  }
};

// src/version.ts
var VERSION = "0.1.0";

// src/engine/request-plan.ts
var USER_AGENT = `perf-gate/${VERSION}`;
function withUserAgent(headers, userAgent = USER_AGENT) {
  return Object.keys(headers).some((h) => h.toLowerCase() === "user-agent") ? headers : { ...headers, "user-agent": userAgent };
}
function requestCycle(endpoints) {
  const divisor = endpoints.map((e) => e.weight).reduce(gcd);
  const weights = endpoints.map((e) => e.weight / divisor);
  const total = weights.reduce((a, b) => a + b, 0);
  const current = weights.map(() => 0);
  const cycle = [];
  for (let n = 0; n < total; n++) {
    let best = 0;
    for (let i = 0; i < weights.length; i++) {
      current[i] += weights[i];
      if (current[i] > current[best]) best = i;
    }
    current[best] -= total;
    const ep = endpoints[best];
    cycle.push({
      method: ep.method,
      path: ep.path,
      headers: withUserAgent(ep.headers),
      body: ep.body,
      ep: best
    });
  }
  return cycle;
}
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}

// src/engine/progress.ts
function windowStats(recorder, from, to) {
  const errorsByCode = /* @__PURE__ */ new Map();
  let errors = 0;
  const codes = /* @__PURE__ */ new Map();
  for (let i = from; i < to; i++) {
    const id = recorder.errorIdAt(i);
    if (id === 0) continue;
    errors++;
    let code = codes.get(id);
    if (code === void 0) {
      code = errorTypeCode(recorder, id);
      codes.set(id, code);
    }
    errorsByCode.set(code, (errorsByCode.get(code) ?? 0) + 1);
  }
  let p95Us = 0;
  if (to > from) {
    const lat = recorder.latencies(from, to).sort();
    p95Us = lat[Math.min(lat.length - 1, Math.ceil(0.95 * lat.length) - 1)];
  }
  return { count: to - from, errors, p95Us, errorsByCode };
}
function errorTypeCode(recorder, id) {
  return errorCode(recorder.errorOf(id).type);
}

// src/engine/load-runner.ts
var DEAD_TARGET_ERRORS_PER_SECOND = 500;
async function runLoad(plan, hooks = {}) {
  const clock = hooks.clock ?? createClock();
  const recorder = hooks.recorder ?? new Recorder(clock.epochMs);
  const startUs = clock.nowUs();
  let abortReason;
  let flushed = recorder.length;
  let ticked = recorder.length;
  let errorsSoFar = 0;
  let flushing = Promise.resolve();
  const flush = () => {
    const to = recorder.length;
    if (!hooks.onRecords || to === flushed) return;
    const from = flushed;
    flushed = to;
    flushing = flushing.then(() => hooks.onRecords?.(recorder, from, to));
  };
  const refused = errorCode("connection_refused");
  const connections = [];
  let draining = false;
  let drainedAtUs;
  let finished;
  const done = new Promise((resolve, reject) => {
    finished = (err) => err ? reject(err) : resolve();
  });
  const instance = autocannon(
    {
      url: plan.target.baseUrl,
      connections: plan.users,
      // autocannon's own clock is only a backstop: we stop sending at durationSec and
      // let requests in flight finish (at most timeoutSec), so every request the
      // target received is also recorded
      duration: plan.durationSec + plan.timeoutSec + 5,
      // autocannon checks its stop flag once per sample interval
      sampleInt: 100,
      // autocannon refuses timeouts under 1 s; the exact value is set per client below
      timeout: Math.max(1, Math.ceil(plan.timeoutSec)),
      pipelining: 1,
      requests: requestCycle(plan.target.endpoints),
      ...plan.rps ? { overallRate: plan.rps, ignoreCoordinatedOmission: true } : {},
      setupClient: ((client) => {
        client.timeout = plan.timeoutSec * 1e3;
        connections.push(
          recordConnection(
            client,
            recorder,
            clock.nowUs,
            () => 0,
            () => draining
          )
        );
      }),
      skipAggregateResult: true
    },
    (err) => finished(err)
  );
  const stop = (reason) => {
    abortReason ??= reason;
    instance.stop();
  };
  const onAbort = () => stop("stopped by signal");
  hooks.signal?.addEventListener("abort", onAbort, { once: true });
  if (hooks.signal?.aborted) onAbort();
  let drainPoll;
  const endTimer = setTimeout(() => {
    draining = true;
    drainPoll = setInterval(() => {
      if (connections.some((c) => c.busy())) return;
      drainedAtUs ??= clock.nowUs();
      instance.stop();
    }, 10);
  }, plan.durationSec * 1e3);
  const ticker = setInterval(() => {
    const to = recorder.length;
    const w = windowStats(recorder, ticked, to);
    errorsSoFar += w.errors;
    const refusedOnly = w.count >= DEAD_TARGET_ERRORS_PER_SECOND && w.errorsByCode.get(refused) === w.count;
    ticked = to;
    hooks.onProgress?.({
      elapsedSec: (clock.nowUs() - startUs) / 1e6,
      totalSec: plan.durationSec,
      requests: to,
      rps: w.count,
      p95Ms: w.p95Us / 1e3,
      errors: errorsSoFar,
      users: plan.users
    });
    flush();
    if (refusedOnly) stop(`${plan.target.service} stopped accepting connections during the run`);
  }, 1e3);
  try {
    await done;
  } finally {
    clearInterval(ticker);
    clearTimeout(endTimer);
    clearInterval(drainPoll);
    hooks.signal?.removeEventListener("abort", onAbort);
  }
  const endUs = drainedAtUs ?? clock.nowUs();
  flush();
  await flushing;
  return {
    recorder,
    startedAtMs: clock.epochMs + startUs / 1e3,
    endedAtMs: clock.epochMs + endUs / 1e3,
    startUs,
    endUs,
    partial: abortReason !== void 0,
    abortReason
  };
}

// src/engine/preflight.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
async function checkReachable(target, timeoutSec) {
  const ep = target.endpoints[0];
  const url = new URL(target.baseUrl + ep.path);
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  const ok = await new Promise((resolve) => {
    const req = request(
      url,
      {
        method: ep.method,
        headers: withUserAgent(ep.headers, `${USER_AGENT} (preflight)`),
        timeout: Math.min(timeoutSec, 5) * 1e3,
        rejectUnauthorized: false,
        agent: false
      },
      (res) => {
        res.resume();
        resolve(true);
        req.destroy();
      }
    );
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.on("error", () => resolve(false));
    req.end(ep.body);
  });
  if (!ok) throw new UnreachableError(target.unreachableMessage);
}

// src/engine/load-test.ts
var LOAD_DEFAULTS = Object.freeze({ users: 10, duration: 60, timeout: 10 });
var LIMITS = Object.freeze({ users: 1e4, duration: 86400, rps: 1e6, timeout: 600 });
async function planLoadTest(options) {
  const f = {
    users: "users",
    duration: "duration",
    rps: "rps",
    timeout: "timeout",
    baseUrl: "baseUrl",
    ...options.fieldNames
  };
  const users = wholeNumber(f.users, options.users, LOAD_DEFAULTS.users, 1, LIMITS.users);
  const duration = positiveNumber(
    f.duration,
    options.duration,
    LOAD_DEFAULTS.duration,
    LIMITS.duration,
    "seconds"
  );
  const rps = positiveNumber(f.rps, options.rps, void 0, LIMITS.rps, "requests per second");
  const timeout = positiveNumber(f.timeout, options.timeout, LOAD_DEFAULTS.timeout, LIMITS.timeout, "seconds");
  let config = options.config ?? await loadConfig();
  let name;
  if (typeof options.service === "string") {
    name = options.service;
  } else {
    const { name: n, ...definition } = options.service;
    const parsed = serviceSchema.safeParse(definition);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`service ${n} ${formatPath(issue.path)}`, issue.message);
    }
    name = n;
    config = { ...config, services: { ...config.services, [name]: parsed.data } };
  }
  const target = resolveTarget(config, name, options.baseUrl, f.baseUrl);
  return { target, users, duration, rps, timeout };
}
async function loadTest(options) {
  const plan = await planLoadTest(options);
  if (!options.skipPreflight) await checkReachable(plan.target, plan.timeout);
  const outcome = await runLoad(
    {
      target: plan.target,
      users: plan.users,
      durationSec: plan.duration,
      rps: plan.rps,
      timeoutSec: plan.timeout
    },
    options
  );
  return {
    mode: "load",
    target: plan.target,
    settings: { users: plan.users, duration: plan.duration, rps: plan.rps, timeout: plan.timeout },
    outcome
  };
}

// src/engine/demo-services.ts
import { createServer } from "node:http";
var ROUTES = {
  pkd_service: {
    "/": { medianMs: 2, body: () => ({ service: "pkd_service", status: "ok" }) },
    "/docs": { medianMs: 4, body: () => ({ openapi: "3.1.0", info: { title: "PKD Service" } }) },
    "/v1/masterlist": { medianMs: 25, body: () => ({ entries: list(40, "CSCA") }) },
    "/v1/dsclist": { medianMs: 18, body: () => ({ entries: list(25, "DSC") }) },
    "/v1/crl": { medianMs: 12, body: () => ({ revoked: list(10, "SERIAL") }) }
  },
  document_processing: {
    "/": { medianMs: 2, body: () => ({ service: "document_processing", status: "ok" }) },
    "/api/health": { medianMs: 3, body: () => ({ status: "healthy" }) },
    "/api/ping": { medianMs: 1, body: () => ({ pong: true }) },
    "/docs": { medianMs: 5, body: () => ({ openapi: "3.1.0", info: { title: "Document Processing" } }) }
  },
  ui_app: {
    "/": { medianMs: 8, body: () => ({ page: "home" }) },
    "/health": { medianMs: 2, body: () => ({ status: "healthy" }) },
    "/docs": { medianMs: 6, body: () => ({ page: "docs" }) }
  }
};
var DEMO_SERVICES = Object.keys(ROUTES);
var API_KEY = "test_api_key";
async function startDemoServices(options = {}) {
  const random = mulberry32(options.seed ?? 42);
  const errorRate = options.errorRate ?? 2e-3;
  const host = options.host ?? "127.0.0.1";
  const servers = [];
  const urls = {};
  try {
    for (const name of DEMO_SERVICES) {
      const needsKey = PRESET_SERVICES[name].headers !== void 0;
      const server = createServer((req, res) => handle(name, needsKey, req, res, random, errorRate));
      server.keepAliveTimeout = 3e4;
      servers.push(server);
      const port = options.presetPorts ? PRESET_SERVICES[name].port : 0;
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve());
      });
      urls[name] = `http://${host}:${server.address().port}`;
    }
  } catch (e) {
    await closeAll(servers);
    const code = e.code;
    if (code === "EADDRINUSE" || code === "EACCES") {
      throw new InputError(
        "demo",
        `cannot listen (${e.message}); stop what runs on that port first`
      );
    }
    throw e;
  }
  return { urls, close: () => closeAll(servers) };
}
function handle(service, needsKey, req, res, random, errorRate) {
  const path = (req.url ?? "/").split("?")[0];
  const route = ROUTES[service][path];
  const send = (status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  };
  if (!route) return send(404, { detail: "Not Found" });
  if (needsKey && req.headers["x-api-key"] !== API_KEY)
    return send(401, { detail: "Invalid or missing API key" });
  const delay = route.medianMs * Math.exp(0.5 * gaussian(random));
  setTimeout(() => {
    if (random() < errorRate) send(500, { detail: "Internal Server Error" });
    else send(200, route.body());
  }, delay);
}
function list(n, prefix) {
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}`);
}
function gaussian(random) {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
async function closeAll(servers) {
  await Promise.all(
    servers.map(
      (s) => new Promise((resolve) => {
        if (!s.listening) return resolve();
        s.close(() => resolve());
        s.closeAllConnections();
      })
    )
  );
}

// src/metrics/summary-stats.ts
import { quantileSorted } from "simple-statistics";
var EMPTY_SUMMARY = Object.freeze({
  average: 0,
  median: 0,
  p95: 0,
  p99: 0,
  min: 0,
  max: 0
});
function summarizeSortedUs(sorted) {
  const n = sorted.length;
  if (n === 0) return EMPTY_SUMMARY;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const q = (p) => quantileSorted(sorted, p);
  return {
    average: seconds(sum / n),
    median: seconds(q(0.5)),
    p95: seconds(q(0.95)),
    p99: seconds(q(0.99)),
    min: seconds(sorted[0]),
    max: seconds(sorted[n - 1])
  };
}
function seconds(us) {
  return Math.round(us) / 1e6;
}
function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
function percent(part, whole) {
  return whole === 0 ? 0 : round(part / whole * 100, 4);
}

// src/metrics/timeseries.ts
import { quantileSorted as quantileSorted2 } from "simple-statistics";
function timeSeries(recorder, startUs, endUs) {
  const seconds_ = Math.max(1, Math.ceil((endUs - startUs) / 1e6));
  const counts = new Array(seconds_).fill(0);
  const errors = new Array(seconds_).fill(0);
  const bucketOf = (i) => Math.min(seconds_ - 1, Math.max(0, Math.floor((recorder.endUs(i) - startUs) / 1e6)));
  for (let i = 0; i < recorder.length; i++) {
    const b = bucketOf(i);
    counts[b]++;
    if (recorder.errorIdAt(i) !== 0) errors[b]++;
  }
  const lat = counts.map((c) => new Float64Array(c));
  const fill = new Array(seconds_).fill(0);
  for (let i = 0; i < recorder.length; i++) {
    const b = bucketOf(i);
    lat[b][fill[b]++] = recorder.latencyUs(i);
  }
  const lastLen = (endUs - startUs) / 1e6 - (seconds_ - 1);
  return counts.map((count, s) => {
    const sorted = lat[s].sort();
    const q = (p) => count ? seconds(quantileSorted2(sorted, p)) : 0;
    const len = s === seconds_ - 1 && lastLen > 0.05 ? lastLen : 1;
    return {
      second: s,
      requests: count,
      errors: errors[s],
      requests_per_second: round(count / len, 2),
      p50_response_time: q(0.5),
      p95_response_time: q(0.95),
      p99_response_time: q(0.99)
    };
  });
}

// src/metrics/calculate.ts
function calculateMetrics(result) {
  const { recorder } = result.outcome;
  const n = recorder.length;
  const durationSec = Math.max((result.outcome.endUs - result.outcome.startUs) / 1e6, 1e-6);
  const endpoints = result.target.endpoints;
  const perEndpointLatencies = groupLatencies(recorder, endpoints.length);
  const perEndpointFailed = new Array(endpoints.length).fill(0);
  const statusCodes = {};
  const errorTypes = /* @__PURE__ */ new Map();
  const messageCounts = /* @__PURE__ */ new Map();
  let failed = 0;
  for (let i = 0; i < n; i++) {
    const status = recorder.status(i);
    if (status !== 0) statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    const id = recorder.errorIdAt(i);
    if (id !== 0) {
      failed++;
      perEndpointFailed[recorder.endpoint(i)]++;
      messageCounts.set(id, (messageCounts.get(id) ?? 0) + 1);
    }
  }
  const errorMessages = [];
  for (const [id, count] of messageCounts) {
    const e = recorder.errorOf(id);
    const type = e.type;
    errorTypes.set(type, (errorTypes.get(type) ?? 0) + count);
    errorMessages.push({ type, message: e.message, count });
  }
  errorMessages.sort((a, b) => b.count - a.count || a.message.localeCompare(b.message));
  const all = recorder.latencies().sort();
  const overall = summarizeSortedUs(all);
  const perEndpoint = endpoints.map((ep, e) => {
    const lat = perEndpointLatencies[e].sort();
    const s = lat.length ? summarizeSortedUs(lat) : EMPTY_SUMMARY;
    return {
      endpoint: ep.name,
      method: ep.method,
      path: ep.path,
      total_requests: lat.length,
      successful_requests: lat.length - perEndpointFailed[e],
      failed_requests: perEndpointFailed[e],
      error_rate: percent(perEndpointFailed[e], lat.length),
      requests_per_second: round(lat.length / durationSec, 2),
      average_response_time: s.average,
      median_response_time: s.median,
      p95_response_time: s.p95,
      p99_response_time: s.p99,
      min_response_time: s.min,
      max_response_time: s.max
    };
  });
  return {
    total_requests: n,
    successful_requests: n - failed,
    failed_requests: failed,
    average_response_time: overall.average,
    median_response_time: overall.median,
    p95_response_time: overall.p95,
    p99_response_time: overall.p99,
    min_response_time: overall.min,
    max_response_time: overall.max,
    requests_per_second: round(n / durationSec, 2),
    error_rate: percent(failed, n),
    total_duration: seconds(durationSec * 1e6),
    test_name: `${result.mode}_test_${result.target.service}`,
    timestamp: new Date(result.outcome.startedAtMs).toISOString(),
    per_endpoint: perEndpoint,
    status_codes: statusCodes,
    error_types: Object.fromEntries(
      ERROR_TYPES.filter((t) => errorTypes.has(t)).map((t) => [t, errorTypes.get(t)])
    ),
    error_messages: errorMessages.slice(0, 50),
    timeseries: timeSeries(recorder, result.outcome.startUs, result.outcome.endUs)
  };
}
function groupLatencies(recorder, endpoints) {
  const counts = new Array(endpoints).fill(0);
  for (let i = 0; i < recorder.length; i++) counts[recorder.endpoint(i)]++;
  const out = counts.map((c) => new Float64Array(c));
  const fill = new Array(endpoints).fill(0);
  for (let i = 0; i < recorder.length; i++) {
    const e = recorder.endpoint(i);
    out[e][fill[e]++] = recorder.latencyUs(i);
  }
  return out;
}

// src/gate/evaluate.ts
function bandStatus(value, band2, higherIsBetter) {
  if (higherIsBetter) return value > band2.warning ? "good" : value > band2.critical ? "warning" : "critical";
  return value < band2.warning ? "good" : value < band2.critical ? "warning" : "critical";
}
function evaluateThresholds(metrics, thresholds = DEFAULT_THRESHOLDS, endpointThresholds2 = {}) {
  const checks = checkAll("overall", metrics, thresholds);
  for (const ep of metrics.per_endpoint) {
    const t = endpointThresholds2[ep.endpoint];
    if (t) checks.push(...checkAll(ep.endpoint, ep, t));
  }
  return { checks, verdict: verdictOf(checks) };
}
function checkAll(scope, values, thresholds) {
  return THRESHOLD_NAMES.filter((name) => thresholds[name]).map((name) => {
    const def = THRESHOLD_DEFINITIONS[name];
    const band2 = thresholds[name];
    const value = values[def.metric];
    return {
      name,
      scope,
      label: def.label,
      unit: def.unit,
      value,
      warning: band2.warning,
      critical: band2.critical,
      higher_is_better: def.higherIsBetter,
      status: bandStatus(value, band2, def.higherIsBetter)
    };
  });
}
function verdictOf(checks) {
  if (checks.some((c) => c.status === "critical")) return "fail";
  if (checks.some((c) => c.status === "warning")) return "warning";
  return "pass";
}
function gateFails(verdict, failOn) {
  if (failOn === "never") return false;
  if (failOn === "warning") return verdict !== "pass";
  return verdict === "fail";
}

// src/report/save.ts
import { rename, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/report/csv.ts
import { createWriteStream } from "node:fs";
var CSV_HEADER = "timestamp,endpoint,method,status_code,response_time,success,error_message,response_size";
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
var LINES_PER_WRITE = 4096;
function* csvBatches(recorder, endpoints, from, to) {
  const paths = endpoints.map((e) => csvField(e.path));
  const methods = endpoints.map((e) => e.method);
  const messages = /* @__PURE__ */ new Map();
  let lastMs = NaN;
  let lastIso = "";
  let lines = [];
  for (let i = from; i < to; i++) {
    const ms = Math.floor(recorder.epochMs + recorder.sendUs(i) / 1e3);
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = new Date(ms).toISOString();
    }
    const e = recorder.endpoint(i);
    const id = recorder.errorIdAt(i);
    let message = messages.get(id);
    if (message === void 0) {
      message = id === 0 ? "" : csvField(recorder.errorOf(id).message);
      messages.set(id, message);
    }
    lines.push(
      `${lastIso},${paths[e]},${methods[e]},${recorder.status(i)},${(recorder.latencyUs(i) / 1e6).toFixed(6)},${id === 0},${message},${recorder.bytes(i)}`
    );
    if (lines.length === LINES_PER_WRITE) {
      yield lines.join("\n") + "\n";
      lines = [];
    }
  }
  if (lines.length) yield lines.join("\n") + "\n";
}
var CsvWriter = class {
  constructor(path, endpoints) {
    this.path = path;
    this.endpoints = endpoints;
    this.stream = createWriteStream(path, { encoding: "utf8" });
    this.stream.on("error", (e) => this.failure = e);
    this.stream.write(CSV_HEADER + "\n");
  }
  path;
  endpoints;
  stream;
  failure;
  async append(recorder, from, to) {
    for (const batch of csvBatches(recorder, this.endpoints, from, to)) {
      if (this.failure) throw this.failure;
      if (!this.stream.write(batch)) await new Promise((r) => this.stream.once("drain", r));
    }
  }
  async close() {
    await new Promise((resolve, reject) => {
      this.stream.end((err) => err ? reject(err) : resolve());
    });
    if (this.failure) throw this.failure;
  }
};
async function writeCsv(path, recorder, endpoints) {
  const w = new CsvWriter(path, endpoints);
  await w.append(recorder, 0, recorder.length);
  await w.close();
}

// src/report/run-dir.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
function runDirName(testName, at) {
  const p = (n) => String(n).padStart(2, "0");
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}_${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `${testName}_${stamp}`;
}
async function createRunDir(outputDir, testName, at) {
  try {
    await mkdir(outputDir, { recursive: true });
  } catch (e) {
    throw new InputError(
      "--output-dir",
      `cannot create ${outputDir} (${e.code}); choose a writable folder`
    );
  }
  const base = join(outputDir, runDirName(testName, at));
  for (let n = 1; ; n++) {
    const dir = n === 1 ? base : `${base}_${n}`;
    try {
      await mkdir(dir);
      return dir;
    } catch (e) {
      const code = e.code;
      if (code !== "EEXIST")
        throw new InputError("--output-dir", `cannot create ${dir} (${code}); choose a writable folder`);
    }
  }
}

// src/report/redact.ts
var REDACTED = "***";
function redactHeaders(headers, secrets) {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [
      k,
      isSensitiveHeader(k) || secrets.includes(v) ? REDACTED : redactText(v, secrets)
    ])
  );
}
function redactText(text, secrets) {
  let out = text;
  for (const s of secrets) if (s.length >= 3 && out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}
function redactDeep(value, secrets) {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)]));
  }
  return value;
}

// src/report/run-document.ts
var SCHEMA_VERSION = 1;
function view(checks, scope) {
  return Object.fromEntries(
    checks.filter((c) => c.scope === scope).map(({ name, scope: _scope, ...rest }) => [name, rest])
  );
}
function buildRunDocument(result, metrics, gate, failOn) {
  const { target, settings, outcome } = result;
  const secrets = target.secrets;
  const config = {
    service: target.service,
    base_url: target.baseUrl,
    mode: result.mode,
    users: settings.users,
    duration: settings.duration,
    ...settings.rps ? { rps: settings.rps } : {},
    timeout: settings.timeout,
    fail_on: failOn,
    endpoints: target.endpoints.map((e) => ({
      endpoint: e.name,
      weight: e.weight,
      headers: redactHeaders(e.headers, secrets),
      has_body: e.body !== void 0
    }))
  };
  const { per_endpoint, ...seed } = metrics;
  const doc = {
    ...seed,
    schema_version: SCHEMA_VERSION,
    service: target.service,
    mode: result.mode,
    partial: outcome.partial,
    ...outcome.abortReason ? { abort_reason: outcome.abortReason } : {},
    verdict: gate.verdict,
    fail_on: failOn,
    thresholds: view(gate.checks, "overall"),
    per_endpoint: per_endpoint.map((ep) => {
      const t = view(gate.checks, ep.endpoint);
      return Object.keys(t).length ? { ...ep, thresholds: t } : ep;
    }),
    config
  };
  return redactDeep(doc, secrets);
}

// src/report/save.ts
var DEFAULT_OUTPUT_DIR = "reports/performance";
async function saveResults(result, metrics, gate, options = {}) {
  const dir = options.runDir ?? await createRunDir(
    options.outputDir ?? DEFAULT_OUTPUT_DIR,
    options.testName ?? metrics.test_name,
    new Date(result.outcome.startedAtMs)
  );
  const csv = join2(dir, "results.csv");
  if (options.writeCsv !== false) await writeCsv(csv, result.outcome.recorder, result.target.endpoints);
  const document = buildRunDocument(result, metrics, gate, options.failOn ?? "critical");
  const metricsPath = join2(dir, "metrics.json");
  await writeFileAtomic(metricsPath, JSON.stringify(document, null, 2) + "\n");
  return { dir, csv, metrics: metricsPath, document };
}
async function writeFileAtomic(path, content) {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

// src/run/perform-test.ts
import { rm } from "node:fs/promises";
import { join as join3 } from "node:path";
function endpointThresholds(target) {
  return Object.fromEntries(target.endpoints.map((e) => [e.name, e.thresholds]));
}
async function performTest(req) {
  const plan = await planLoadTest({ ...req, config: req.config });
  const failOn = req.failOn ?? req.config.failOn ?? "critical";
  await checkReachable(plan.target, plan.timeout);
  const startedAt = /* @__PURE__ */ new Date();
  const dir = await createRunDir(
    req.outputDir ?? DEFAULT_OUTPUT_DIR,
    `load_test_${plan.target.service}`,
    startedAt
  );
  req.onStart?.(plan.target, dir);
  const csv = new CsvWriter(join3(dir, "results.csv"), plan.target.endpoints);
  let result;
  try {
    const outcome = await runLoad(
      {
        target: plan.target,
        users: plan.users,
        durationSec: plan.duration,
        rps: plan.rps,
        timeoutSec: plan.timeout
      },
      { onProgress: req.onProgress, onRecords: (r, from, to) => csv.append(r, from, to), signal: req.signal }
    );
    await csv.close();
    if (outcome.recorder.length === 0) {
      throw new UnreachableError(
        `❌ No request to ${plan.target.service} completed${outcome.abortReason ? ` (${outcome.abortReason})` : ""}; nothing to report`
      );
    }
    result = {
      mode: "load",
      target: plan.target,
      settings: { users: plan.users, duration: plan.duration, rps: plan.rps, timeout: plan.timeout },
      outcome
    };
  } catch (e) {
    await csv.close().catch(() => void 0);
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  const metrics = calculateMetrics(result);
  const gate = evaluateThresholds(metrics, plan.target.thresholds, endpointThresholds(plan.target));
  const saved = await saveResults(result, metrics, gate, { runDir: dir, writeCsv: false, failOn });
  const exitCode = result.outcome.partial ? 3 : gateFails(gate.verdict, failOn) ? 1 : 0;
  return { result, metrics, gate, saved, failOn, exitCode };
}
export {
  DEFAULT_OUTPUT_DIR,
  DEFAULT_THRESHOLDS,
  ERROR_TYPES,
  InputError,
  LOAD_DEFAULTS,
  Recorder,
  UnreachableError,
  bandStatus,
  calculateMetrics,
  configJsonSchema,
  evaluateThresholds,
  gateFails,
  loadConfig,
  loadTest,
  parseConfigText,
  performTest,
  planLoadTest,
  saveResults,
  startDemoServices
};
