var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/config/defaults.ts
var DEFAULTS, LIMITS, MODES, RECORD_MODES;
var init_defaults = __esm({
  "src/config/defaults.ts"() {
    "use strict";
    DEFAULTS = Object.freeze({
      mode: "load",
      users: 10,
      /** seconds */
      duration: 60,
      maxUsers: 100,
      /** seconds */
      rampUp: 300,
      steps: 10,
      /** seconds per request */
      timeout: 10,
      /** `quick`: a light load on every service */
      quickUsers: 5,
      quickDuration: 10,
      /** `demo`: a quick test of each demo service */
      demoUsers: 5,
      demoDuration: 5,
      /** `ab`: seconds of each slice of load, sides alternating A B B A … */
      abSlice: 1,
      outputDir: "reports/performance",
      failOn: "critical",
      /**
       * Where `/metrics` is served when asked for without a port. Chosen clear of
       * Prometheus (9090), Pushgateway (9091), Alertmanager (9093), node_exporter
       * (9100) and Grafana (3000); 9464 is the port Prometheus exporters of
       * OpenTelemetry use, so it is rarely taken on a CI machine.
       */
      metricsPort: 9464,
      /** seconds /metrics stays up after the run */
      metricsLinger: 0,
      /** load generator threads (`auto`: the cores, less one when the target is on this machine) */
      workers: 1,
      /** seconds `--start`'s service has to become ready */
      waitTimeout: 60,
      monitoringDir: "monitoring",
      /** `soak`: an hour, recorded as histograms */
      soakDuration: 3600,
      soakRecord: "histograms"
    });
    LIMITS = Object.freeze({
      users: 1e4,
      /** seconds: one day */
      duration: 86400,
      rps: 1e6,
      /** seconds */
      timeout: 600,
      steps: 100,
      workers: 256,
      /** seconds */
      waitTimeout: 3600,
      /** seconds */
      metricsLinger: 3600
    });
    MODES = ["load", "stress", "soak"];
    RECORD_MODES = ["requests", "histograms"];
  }
});

// src/config/http-grammar.ts
function hasControlCharacter(s) {
  return CONTROL.test(s);
}
function escapeControlCharacters(s) {
  return s.replace(new RegExp(CONTROL.source, "g"), (c) => JSON.stringify(c).slice(1, -1));
}
function requestPathProblem(path) {
  if (hasControlCharacter(path))
    return "must not contain control characters such as CR or LF (they would end the request line)";
  if (path.includes("#")) return "must not contain # (a fragment is never sent to the server)";
  return void 0;
}
function encodeRequestPath(path) {
  return path.split(PLACEHOLDERS).map((part, i) => i % 2 === 1 ? part : part.replace(NOT_TARGET_CHAR, (c) => encodeURIComponent(c))).join("");
}
function encodePathValue(value) {
  return value.replace(NOT_TARGET_CHAR, (c) => encodeURIComponent(c));
}
function encodePathComponent(value) {
  return encodeURIComponent(value.replace(LONE_SURROGATE, "�"));
}
function headerValueProblem(value) {
  if (!NOT_FIELD_VALUE.test(value)) return void 0;
  return /[\r\n]/.test(value) ? "must not contain CR or LF (they would start another header)" : "must hold only visible characters, spaces and tabs (no control characters or characters above U+00FF)";
}
var CONTROL, NOT_TARGET_CHAR, PLACEHOLDERS, LONE_SURROGATE, NOT_FIELD_VALUE;
var init_http_grammar = __esm({
  "src/config/http-grammar.ts"() {
    "use strict";
    CONTROL = /[\u0000-\u001f\u007f]/;
    NOT_TARGET_CHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]|%(?![0-9A-Fa-f]{2})/gu;
    PLACEHOLDERS = /(\{\{[^{}]*\}\}|\$\{[^}]*\})/;
    LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    NOT_FIELD_VALUE = /[^\t\u0020-\u007e\u0080-\u00ff]/;
  }
});

// src/config/errors.ts
function isInputError(e) {
  return e instanceof Error && e.name === "InputError";
}
var InputError, UnreachableError;
var init_errors = __esm({
  "src/config/errors.ts"() {
    "use strict";
    init_http_grammar();
    InputError = class extends Error {
      constructor(field, detail) {
        super(`${escapeControlCharacters(field)}: ${detail}`);
        this.field = field;
        this.detail = detail;
      }
      field;
      detail;
      name = "InputError";
      exitCode = 2;
    };
    UnreachableError = class extends Error {
      name = "UnreachableError";
      exitCode = 3;
    };
  }
});

// src/config/field-path.ts
function formatPath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
var init_field_path = __esm({
  "src/config/field-path.ts"() {
    "use strict";
  }
});

// src/config/input-file.ts
import { constants } from "node:fs";
import { lstat, open, realpath, stat } from "node:fs/promises";
function kindOf(s) {
  if (s.isFile()) return "a regular file";
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  return "not a regular file";
}
async function linkNote(path) {
  try {
    if (!(await lstat(path)).isSymbolicLink()) return "";
    return ` (a link to ${await realpath(path)})`;
  } catch {
    return "";
  }
}
async function refuse(path, s, field, expected) {
  throw new NotRegularFileError(field, `${path}${await linkNote(path)} is ${kindOf(s)}; expected ${expected}`);
}
async function inputKind(path, o) {
  const s = await stat(path);
  if (s.isFile() && o.file !== false) return "file";
  if (s.isDirectory() && o.directory) return "directory";
  return refuse(path, s, o.field, o.expected);
}
async function openInputFile(path, rule) {
  await inputKind(path, rule);
  const handle2 = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await handle2.stat();
    if (!s.isFile()) await refuse(path, s, rule.field, rule.expected);
    if (s.size > rule.maxBytes) throw new InputError(rule.field, rule.tooLarge(path));
    return { handle: handle2, size: s.size };
  } catch (e) {
    await handle2.close();
    throw e;
  }
}
async function readInputFile(path, rule) {
  const { handle: handle2, size } = await openInputFile(path, rule);
  try {
    let buffer = Buffer.allocUnsafe(Math.min(size, rule.maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, rule.maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle2.read(buffer, length, buffer.length - length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > rule.maxBytes) throw new InputError(rule.field, rule.tooLarge(path));
    }
    return buffer.toString("utf8", 0, length);
  } finally {
    await handle2.close();
  }
}
var NotRegularFileError;
var init_input_file = __esm({
  "src/config/input-file.ts"() {
    "use strict";
    init_errors();
    NotRegularFileError = class extends InputError {
      constructor(field, detail) {
        super(field, detail);
      }
    };
  }
});

// src/config/thresholds.ts
function withRateThroughputBands(thresholds, rate3) {
  if (thresholds.requests_per_second !== DEFAULT_THRESHOLDS.requests_per_second) return thresholds;
  const r2 = (v) => Math.round(v * 100) / 100;
  return { ...thresholds, requests_per_second: { warning: r2(rate3 * 0.95), critical: r2(rate3 * 0.5) } };
}
var THRESHOLD_NAMES, JOURNEY_THRESHOLDS, SERVICE_THRESHOLDS, THRESHOLD_DEFINITIONS, DEFAULT_MIN_REQUESTS, DEFAULT_THRESHOLDS, FAIL_ON_VALUES;
var init_thresholds = __esm({
  "src/config/thresholds.ts"() {
    "use strict";
    THRESHOLD_NAMES = [
      "error_rate",
      "avg_response_time",
      "p50_response_time",
      "p95_response_time",
      "p99_response_time",
      "requests_per_second",
      "late_requests",
      "dropped_requests",
      "run_completion",
      "check_pass_rate",
      "p50_journey_duration",
      "p95_journey_duration",
      "p99_journey_duration",
      "iterations_per_second",
      "rss_growth_per_hour"
    ];
    JOURNEY_THRESHOLDS = [
      "p50_journey_duration",
      "p95_journey_duration",
      "p99_journey_duration",
      "iterations_per_second"
    ];
    SERVICE_THRESHOLDS = ["rss_growth_per_hour"];
    THRESHOLD_DEFINITIONS = {
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
      // judged on the requests that succeeded: a failing service answering errors fast is no throughput
      requests_per_second: {
        metric: "successful_requests_per_second",
        label: "Throughput (successful)",
        unit: "rps",
        higherIsBetter: true
      },
      // paced runs only: the load asked for that went out late, or never (a service over capacity
      // answers the requests it gets and shows no error while a share of the load is missing)
      late_requests: {
        metric: "late_request_rate",
        label: "Late requests (of those due)",
        unit: "percent",
        higherIsBetter: false
      },
      dropped_requests: {
        metric: "dropped_request_rate",
        label: "Dropped requests (of those due)",
        unit: "percent",
        higherIsBetter: false
      },
      // load tests: a run that ended far short of its duration (its data used up) measured little
      run_completion: {
        metric: "run_completion",
        label: "Run length (of the duration asked)",
        unit: "percent",
        higherIsBetter: true
      },
      // journeys and endpoints with check: — the share of checks that passed
      check_pass_rate: {
        metric: "check_pass_rate",
        label: "Checks passed",
        unit: "percent",
        higherIsBetter: true
      },
      // journeys: an iteration's steps' response times added up, think time left out
      p50_journey_duration: {
        metric: "median_duration",
        label: "Median journey duration",
        unit: "seconds",
        higherIsBetter: false
      },
      p95_journey_duration: {
        metric: "p95_duration",
        label: "95th percentile journey duration",
        unit: "seconds",
        higherIsBetter: false
      },
      p99_journey_duration: {
        metric: "p99_duration",
        label: "99th percentile journey duration",
        unit: "seconds",
        higherIsBetter: false
      },
      iterations_per_second: {
        metric: "iterations_per_second",
        label: "Journey iterations per second",
        unit: "rps",
        higherIsBetter: true
      },
      // the service's resident memory, fitted against time: judged on the lower end of the slope's
      // 95% interval, so a run fails for a growth its noise cannot explain, not for a noisy estimate
      rss_growth_per_hour: {
        metric: "resources.rss_trend.ci_low",
        label: "Service memory growth (RSS, lower 95% bound)",
        unit: "bytes_per_hour",
        higherIsBetter: false
      }
    };
    DEFAULT_MIN_REQUESTS = 20;
    DEFAULT_THRESHOLDS = Object.freeze({
      error_rate: { warning: 1, critical: 5 },
      avg_response_time: { warning: 1, critical: 3 },
      p95_response_time: { warning: 2, critical: 5 },
      requests_per_second: { warning: 10, critical: 1 },
      late_requests: { warning: 10, critical: 30 },
      dropped_requests: { warning: 1, critical: 5 },
      run_completion: { warning: 90, critical: 0 }
    });
    FAIL_ON_VALUES = ["critical", "warning", "never"];
  }
});

// src/config/regression.ts
function toleranceMetric(name) {
  if (name === "requests_per_second") return "requests_per_second";
  return THRESHOLD_DEFINITIONS[name].metric;
}
var COMPARED_METRICS, COMPARED_METRIC_VIEW, DEFAULT_TOLERANCES, TOLERANCE_NAMES, MIN_HISTORY_RUNS, DEFAULT_HISTORY_RUNS, FAIL_ON_REGRESSION_VALUES;
var init_regression = __esm({
  "src/config/regression.ts"() {
    "use strict";
    init_thresholds();
    COMPARED_METRICS = [
      "median_response_time",
      "p95_response_time",
      "requests_per_second",
      "error_rate"
    ];
    COMPARED_METRIC_VIEW = {
      median_response_time: { label: "Median response time", unit: "seconds" },
      p95_response_time: { label: "95th percentile", unit: "seconds" },
      requests_per_second: { label: "Throughput", unit: "rps" },
      error_rate: { label: "Error rate", unit: "percent" }
    };
    DEFAULT_TOLERANCES = {
      median_response_time: 0.1,
      p95_response_time: 0.1,
      requests_per_second: 0.1,
      error_rate: 0.5
    };
    TOLERANCE_NAMES = [
      "p50_response_time",
      "p95_response_time",
      "requests_per_second",
      "error_rate"
    ];
    MIN_HISTORY_RUNS = 3;
    DEFAULT_HISTORY_RUNS = 10;
    FAIL_ON_REGRESSION_VALUES = ["regression", "inconclusive", "never"];
  }
});

// src/config/units.ts
function parseSeconds(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  const text = value.trim().replace(/\s+/g, "");
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const m = DURATION.exec(text);
  if (!m || text === "") return void 0;
  const [h, min, s, ms2] = m.slice(1).map((x) => x === void 0 ? 0 : Number(x));
  return h * 3600 + min * 60 + s + ms2 / 1e3;
}
function formatDuration(seconds2) {
  if (seconds2 < 1) return `${+(seconds2 * 1e3).toFixed(3)}ms`;
  const h = Math.floor(seconds2 / 3600);
  const m = Math.floor(seconds2 % 3600 / 60);
  const s = +(seconds2 % 60).toFixed(3);
  return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s || !h && !m ? `${s}s` : ""}`;
}
function parsePercent(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  const m = PERCENT.exec(value);
  return m ? Number(m[1]) : void 0;
}
function parsePlainNumber(value) {
  const n3 = typeof value === "number" ? value : /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n3) && n3 >= 0 ? n3 : void 0;
}
function parseBytes(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  const m = BYTES.exec(value);
  if (!m) return void 0;
  return Math.round(Number(m[1]) * BYTE_UNITS[(m[2] ?? "b").toLowerCase()]);
}
var NUMBER, DURATION, PLAIN_NUMBER, PERCENT, BYTE_UNITS, BYTES;
var init_units = __esm({
  "src/config/units.ts"() {
    "use strict";
    NUMBER = String.raw`\d+(?:\.\d+)?`;
    DURATION = new RegExp(
      String.raw`^(?:(${NUMBER})h)?(?:(${NUMBER})m(?!s))?(?:(${NUMBER})s)?(?:(${NUMBER})ms)?$`,
      "i"
    );
    PLAIN_NUMBER = new RegExp(`^${NUMBER}$`);
    PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/;
    BYTE_UNITS = {
      b: 1,
      kb: 1e3,
      mb: 1e6,
      gb: 1e9,
      tb: 1e12,
      kib: 2 ** 10,
      mib: 2 ** 20,
      gib: 2 ** 30,
      tib: 2 ** 40
    };
    BYTES = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?\s*(?:\/\s*h)?\s*$/i;
  }
});

// src/config/abort-after.ts
import { basename } from "node:path";
function isAbortable(name) {
  return ABORTABLE_THRESHOLDS.includes(name);
}
function checkAbortAfter(target, runSec, config2) {
  const file = config2.source ? `${basename(config2.source)} ` : "";
  const own = config2.services[target.service]?.thresholds;
  const service = `services.${target.service}`;
  const scopes = [
    [(name) => own?.[name] ? `${service}.` : "", target.thresholds],
    ...target.endpoints.map((e, k) => [
      () => e.journey ? `${service}.journeys ${e.name} ` : `${service}.endpoints[${k}].`,
      e.thresholds
    ])
  ];
  for (const [where, thresholds] of scopes) {
    for (const name of ABORTABLE_THRESHOLDS) {
      const after = thresholds?.[name]?.abort_after;
      if (after === void 0 || after <= runSec) continue;
      throw new InputError(
        `${file}${where(name)}thresholds.${name}.abort_after`,
        `is ${formatDuration(after)}, longer than the run (${formatDuration(runSec)} of load): it could never stop it; shorten abort_after or lengthen the run`
      );
    }
  }
}
var ABORTABLE_THRESHOLDS, MIN_ABORT_AFTER_SEC;
var init_abort_after = __esm({
  "src/config/abort-after.ts"() {
    "use strict";
    init_errors();
    init_units();
    ABORTABLE_THRESHOLDS = [
      "error_rate",
      "avg_response_time",
      "p50_response_time",
      "p95_response_time",
      "p99_response_time",
      "requests_per_second"
    ];
    MIN_ABORT_AFTER_SEC = 1;
  }
});

// src/config/drift.ts
import { z } from "zod";
function driftBandWords(name) {
  const { warning, critical } = DEFAULT_DRIFT.bands[name];
  const unit = DRIFT_VIEW[name].points ? " percentage points" : "%";
  const what = {
    p50_drift: "the median's rise from the first window to the last",
    p95_drift: "the 95th percentile's rise from the first window to the last",
    throughput_decay: "throughput's fall from the first window to the last",
    error_rate_rise: "the error rate's rise from the first window to the last"
  }[name];
  return `${what}, in ${unit === "%" ? "percent (10% or 10)" : "percentage points"}; default warning ${warning}${unit}, critical ${critical}${unit}`;
}
function windowOf(v) {
  if (typeof v === "string" && v.trim().endsWith("%")) {
    const p = parsePercent(v);
    return p !== void 0 && p > 0 && p <= 50 ? { share: p / 100 } : null;
  }
  const s = parseSeconds(v);
  return s !== void 0 && s > 0 ? { seconds: s } : null;
}
function resolveDrift(...layers) {
  let out = DEFAULT_DRIFT;
  for (const l of layers)
    if (l)
      out = { window: l.window ?? out.window, bands: { ...out.bands, ...l.bands } };
  return out;
}
var DRIFT_NAMES, DRIFT_VIEW, DEFAULT_DRIFT, percentBand, driftSchema;
var init_drift = __esm({
  "src/config/drift.ts"() {
    "use strict";
    init_units();
    DRIFT_NAMES = ["p50_drift", "p95_drift", "throughput_decay", "error_rate_rise"];
    DRIFT_VIEW = {
      p50_drift: { label: "Median drift", points: false },
      p95_drift: { label: "95th percentile drift", points: false },
      throughput_decay: { label: "Throughput decay", points: false },
      error_rate_rise: { label: "Error rate rise (pp)", points: true }
    };
    DEFAULT_DRIFT = {
      window: { share: 0.1 },
      bands: {
        p50_drift: { warning: 10, critical: 25 },
        p95_drift: { warning: 15, critical: 30 },
        throughput_decay: { warning: 10, critical: 25 },
        error_rate_rise: { warning: 0.5, critical: 2 }
      }
    };
    percentBand = z.strictObject({
      warning: z.union([z.number(), z.string()]),
      critical: z.union([z.number(), z.string()])
    }).transform((b, ctx) => {
      const [warning, critical] = [parsePercent(b.warning), parsePercent(b.critical)];
      if (warning === void 0 || critical === void 0) {
        ctx.addIssue({
          code: "custom",
          message: "warning and critical must be percentages, such as 10% or 0.5"
        });
        return z.NEVER;
      }
      if (warning > critical) {
        ctx.addIssue({ code: "custom", message: "warning must not be above critical" });
        return z.NEVER;
      }
      return { warning, critical };
    });
    driftSchema = z.strictObject({
      window: z.union([z.number(), z.string()]).optional().describe("each compared window: a share of the run (10%, at most 50%) or a time (5m); default 10%"),
      ...Object.fromEntries(
        DRIFT_NAMES.map((n3) => [n3, percentBand.optional().describe(driftBandWords(n3))])
      )
    }).transform((d, ctx) => {
      const window = d.window === void 0 ? void 0 : windowOf(d.window);
      if (window === null) {
        ctx.addIssue({
          code: "custom",
          path: ["window"],
          message: `must be a share of the run up to 50% (10%) or a time (5m) (got ${JSON.stringify(d.window)})`
        });
        return z.NEVER;
      }
      const { window: _, ...bands } = d;
      return { ...window ? { window } : {}, bands };
    }).describe(
      "soak runs: how far the last window may differ from the first (p50_drift, p95_drift, throughput_decay in %, error_rate_rise in points) and the windows' length"
    );
  }
});

// src/config/template.ts
function hasPlaceholder(text) {
  return text.includes("{{");
}
function parseTemplate(text, where) {
  const parts = [];
  const slots = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index));
    slots.push(parseSlot(m[1].trim(), where));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  if (parts.some((p) => p.includes("{{")))
    throw new InputError(where, "has an unclosed {{: write placeholders as {{name}}");
  return { parts, slots };
}
function parseSlot(inner, where) {
  const [word, ...args] = inner.split(/\s+/);
  if (word === "randomInt") {
    const [min, max] = args.map(Number);
    if (args.length !== 2 || !Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max)
      throw new InputError(
        where,
        `{{${inner}}} needs two whole numbers, the smallest first: {{randomInt 1 1000}}`
      );
    return { kind: "randomInt", min, max };
  }
  if (word === "uuid" || word === "seq" || word === "timestamp") {
    if (args.length > 0) throw new InputError(where, `{{${word}}} takes no arguments (got {{${inner}}})`);
    return { kind: word };
  }
  if (args.length > 0 || !NAME.test(word ?? ""))
    throw new InputError(
      where,
      `{{${inner}}} is neither a name (letters, digits, _ and -) nor a generator (${GENERATOR_HELP})`
    );
  return { kind: "value", name: word };
}
function valueNames(t) {
  return t.slots.flatMap((s) => s.kind === "value" ? [s.name] : []);
}
function bindValues(t, values) {
  const parts = [t.parts[0]];
  const slots = [];
  t.slots.forEach((slot, i) => {
    if (slot.kind === "value" && Object.hasOwn(values, slot.name))
      parts[parts.length - 1] += values[slot.name] + t.parts[i + 1];
    else {
      slots.push(slot);
      parts.push(t.parts[i + 1]);
    }
  });
  return { parts, slots };
}
var GENERATORS, GENERATOR_HELP, PLACEHOLDER, NAME;
var init_template = __esm({
  "src/config/template.ts"() {
    "use strict";
    init_errors();
    GENERATORS = ["randomInt", "uuid", "seq", "timestamp"];
    GENERATOR_HELP = "randomInt MIN MAX, uuid, seq, timestamp";
    PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
    NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
  }
});

// src/config/name-sources.ts
import leven from "leven";
function checkNames(t, where, known) {
  const late = [];
  for (const name of valueNames(t)) {
    if (known.columns.includes(name) || known.captures.includes(name)) continue;
    const step = known.step;
    const later = step?.after.get(name);
    if (later !== void 0 && step?.looped) {
      late.push(name);
      continue;
    }
    const fix = `capture it in an earlier step, or give it a default (a column ${name} of ${known.dataFile ?? "the data file"})`;
    if (later !== void 0)
      throw new InputError(
        where,
        later === step?.name ? `{{${name}}} is captured from this once-step's own answer, after its request is sent: ${fix}` : `{{${name}}} is captured only by ${later}, after this once-step, which never runs again: ${fix}`
      );
    const other = step?.elsewhere.get(name);
    if (other !== void 0)
      throw new InputError(
        where,
        `{{${name}}} is captured only by ${other}, another journey, which a user may not have walked before this one: ${fix}`
      );
    const from = [
      known.dataFile ? `a column of ${known.dataFile} (${known.columns.join(", ") || "none"})` : "a data column (set data: { file: … })",
      known.captures.length > 0 ? `a captured value (${known.captures.join(", ")})` : "a setup capture",
      `a generator (${GENERATOR_HELP})`
    ];
    const near = nearestName(name, [
      ...known.columns,
      ...known.captures,
      ...step?.after.keys() ?? [],
      ...GENERATORS
    ]);
    throw new InputError(
      where,
      `{{${name}}} is not ${from.join(", nor ")}${near ? `; did you mean {{${near}}}?` : ""}`
    );
  }
  return late;
}
function nearestName(name, names) {
  const most = Math.max(1, Math.floor(name.length / 3));
  const scored = [...new Set(names)].map((n3) => ({ n: n3, d: leven(name.toLowerCase(), n3.toLowerCase()) }));
  const best = Math.min(...scored.map((x) => x.d));
  const at = scored.filter((x) => x.d === best);
  if (best <= most && at.length === 1) return at[0].n;
  const stem = scored.filter((x) => x.n.length >= 4 && name.toLowerCase().startsWith(x.n.toLowerCase()));
  return stem.length === 1 ? stem[0].n : void 0;
}
function lateNameNote(where, name, step, dataFile) {
  return `⚠ ${where}: {{${name}}} is captured by ${step.after.get(name)} (this step or a later one), so each user sends it empty in its first iteration and filled from its second; to have it from the first, capture it in an earlier step or give it a default (a column ${name} of ${dataFile ?? "the data file"})`;
}
var init_name_sources = __esm({
  "src/config/name-sources.ts"() {
    "use strict";
    init_errors();
    init_template();
  }
});

// src/config/json-path.ts
function parseJsonPath(path) {
  if (!path.startsWith("$"))
    return `must start with $ (the response body), as in $.access_token (got ${JSON.stringify(path)})`;
  const steps = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    if (!m)
      return `cannot read ${JSON.stringify(rest)} of ${JSON.stringify(path)}: use .name, ['name'] or [0] steps`;
    if (m[1] !== void 0) steps.push(m[1]);
    else if (m[2] !== void 0) steps.push(Number(m[2]));
    else steps.push((m[3] ?? m[4]).replace(/\\(.)/g, "$1"));
    rest = rest.slice(m[0].length);
  }
  return steps;
}
function atJsonPath(doc, steps) {
  let here = doc;
  for (const step of steps) {
    if (here === null || typeof here !== "object") return void 0;
    if (typeof step === "number") {
      if (!Array.isArray(here)) return void 0;
      here = here[step];
    } else {
      if (Array.isArray(here) || !Object.hasOwn(here, step)) return void 0;
      here = here[step];
    }
  }
  return here;
}
var STEP;
var init_json_path = __esm({
  "src/config/json-path.ts"() {
    "use strict";
    STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/;
  }
});

// src/config/request-schema.ts
import { z as z2 } from "zod";
var METHODS, checkedString, headersSchema, requestFields, CAPTURE_NAME, duration;
var init_request_schema = __esm({
  "src/config/request-schema.ts"() {
    "use strict";
    init_defaults();
    init_http_grammar();
    init_units();
    METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
    checkedString = (problem, fix = (v) => v, notAString) => z2.string(notAString ? { error: notAString } : void 0).transform((value, ctx) => {
      const why = problem(value);
      if (why === void 0) return fix(value);
      ctx.addIssue({ code: "custom", message: why });
      return z2.NEVER;
    });
    headersSchema = z2.record(
      z2.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "must be a valid HTTP header name"),
      checkedString(headerValueProblem)
    ).describe(
      "HTTP headers; values may use ${ENV_VAR} or ${ENV_VAR:-default} (treated as secrets) and {{name}} placeholders"
    );
    requestFields = {
      path: z2.string().startsWith("/", "must start with /").pipe(checkedString(requestPathProblem, encodeRequestPath)).describe(
        "request path and query; may use {{name}} placeholders and ${ENV_VAR}; spaces and other characters a URL cannot hold are %-encoded"
      ),
      method: z2.string().default("GET").transform((m) => m.toUpperCase()).pipe(z2.enum(METHODS, { message: `must be one of ${METHODS.join(", ")}` })),
      body: z2.union([z2.string(), z2.record(z2.string(), z2.unknown()), z2.array(z2.unknown())], {
        error: "must be a text, or a mapping or list sent as JSON"
      }).optional().describe(
        "request body; an object or array is sent as JSON; may use {{name}} placeholders and ${ENV_VAR}"
      ),
      headers: headersSchema.optional()
    };
    CAPTURE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
    duration = (what) => z2.union([z2.number(), z2.string()], { error: "must be a duration such as 10s or 1m" }).describe(what).transform((value, ctx) => {
      const n3 = parseSeconds(value);
      if (n3 === void 0 || n3 > LIMITS.duration) {
        ctx.addIssue({
          code: "custom",
          message: `must be a duration such as 10s or 1m (got ${JSON.stringify(value)})`
        });
        return z2.NEVER;
      }
      return n3;
    });
  }
});

// src/config/journey-order.ts
function checkSteps(j, ctx) {
  const names = /* @__PURE__ */ new Set();
  j.steps.forEach((step, si) => {
    const name = stepName(step, si);
    if (names.has(name))
      ctx.addIssue({
        code: "custom",
        path: ["steps", si, "name"],
        message: `step ${JSON.stringify(name)} is named twice in ${j.name}`
      });
    names.add(name);
    if (step.once && si > 0 && !j.steps[si - 1].once)
      ctx.addIssue({
        code: "custom",
        path: ["steps", si, "once"],
        message: "once-steps come first (a login), before the steps that loop: move it up"
      });
  });
  if (j.steps.every((s) => s.once))
    ctx.addIssue({
      code: "custom",
      path: ["steps"],
      message: "every step is once: leave at least one step to loop"
    });
}
function checkJourneyNames(journeys, ctx) {
  const seen = /* @__PURE__ */ new Set();
  journeys.forEach((j, ji) => {
    if (seen.has(j.name))
      ctx.addIssue({
        code: "custom",
        path: [ji, "name"],
        message: `journey ${JSON.stringify(j.name)} is named twice`
      });
    seen.add(j.name);
  });
}
var stepName;
var init_journey_order = __esm({
  "src/config/journey-order.ts"() {
    "use strict";
    stepName = (step, index) => step.name ?? `step${index + 1}`;
  }
});

// src/config/threshold-schema.ts
import { z as z3 } from "zod";
function limit(unit) {
  const { parse, hint } = UNIT_PARSERS[unit];
  return z3.union([z3.number(), z3.string()]).describe(hint).transform((value, ctx) => {
    const n3 = parse(value);
    if (n3 === void 0) {
      ctx.addIssue({
        code: "custom",
        message: `must be ${hint} (got ${JSON.stringify(value)})`
      });
      return z3.NEVER;
    }
    return n3;
  });
}
function band(name) {
  const { unit, higherIsBetter } = THRESHOLD_DEFINITIONS[name];
  const fields = { warning: limit(unit), critical: limit(unit), abort_after: abortAfter.optional() };
  const { abort_after: _, ...judgedOnTheWhole } = fields;
  return z3.strictObject(isAbortable(name) ? fields : judgedOnTheWhole).refine((b) => higherIsBetter ? b.warning >= b.critical : b.warning <= b.critical, {
    message: higherIsBetter ? "warning must be at least critical (for throughput, lower is worse)" : "warning must not be above critical"
  }).refine((b) => unit !== "percent" || Math.max(b.warning, b.critical) <= 100, {
    // a share cannot pass 100%: a band above it would judge every run the same
    message: "a percentage is at most 100% (e.g. warning: 90%)"
  });
}
var UNIT_PARSERS, abortAfter, thresholdsSchema, endpointThresholdsSchema, journeyThresholdsSchema, tolerance, tolerancesSchema;
var init_threshold_schema = __esm({
  "src/config/threshold-schema.ts"() {
    "use strict";
    init_thresholds();
    init_regression();
    init_units();
    init_abort_after();
    init_defaults();
    UNIT_PARSERS = {
      percent: { parse: parsePercent, hint: "a percentage such as 1% or 0.5" },
      seconds: {
        parse: parseSeconds,
        hint: "a time such as 500ms, 2s or 1.5 (seconds)"
      },
      rps: { parse: parsePlainNumber, hint: "requests per second, such as 10" },
      bytes_per_hour: {
        parse: parseBytes,
        hint: "bytes per hour such as 50MB, 1.5GB, 512MiB or plain bytes"
      }
    };
    abortAfter = z3.union([z3.number(), z3.string()]).describe(
      "stop the run (and fail it) once the critical band has held every second for this long, e.g. 30s (at least 1s)"
    ).transform((value, ctx) => {
      const n3 = parseSeconds(value);
      if (n3 === void 0 || n3 < MIN_ABORT_AFTER_SEC || n3 > LIMITS.duration) {
        ctx.addIssue({
          code: "custom",
          message: `must be a duration of at least ${MIN_ABORT_AFTER_SEC}s such as 30s or 2m: each second is judged on its own figures (got ${JSON.stringify(value)})`
        });
        return z3.NEVER;
      }
      return n3;
    });
    thresholdsSchema = z3.strictObject({
      ...Object.fromEntries(THRESHOLD_NAMES.map((n3) => [n3, band(n3).optional()])),
      min_requests: z3.number({ error: "must be a whole number of requests, such as 20" }).int({ error: "must be a whole number of requests, such as 20" }).min(1, { error: "must be at least 1 (1 judges every check however few its requests)" }).max(1e6, { error: "must be at most 1,000,000" }).optional().describe(
        `fewer requests than this behind a check make it "not enough requests", at least a warning (default ${DEFAULT_MIN_REQUESTS})`
      )
    }).describe("Warning and critical limits per metric; unset metrics keep the defaults");
    endpointThresholdsSchema = thresholdsSchema.refine(
      (t) => SERVICE_THRESHOLDS.every((n3) => t[n3] === void 0),
      {
        path: [SERVICE_THRESHOLDS[0]],
        message: "judges the service's own process, not an endpoint: set it under the service's thresholds or the top-level ones"
      }
    );
    journeyThresholdsSchema = z3.strictObject({
      ...Object.fromEntries(
        [...JOURNEY_THRESHOLDS, "check_pass_rate"].map((n3) => [n3, band(n3).optional()])
      ),
      min_requests: z3.number().int().min(1).max(1e6).optional().describe('fewer iterations than this behind a check make it "not enough requests", at least a warning')
    }).describe("Warning and critical limits of this journey's iterations, durations and checks");
    tolerance = (points) => z3.union([z3.number(), z3.string()]).describe(points ? "percentage points, such as 0.5" : "a percentage such as 10%").transform((value, ctx) => {
      const n3 = parsePercent(value);
      if (n3 === void 0 || n3 > 1e3) {
        ctx.addIssue({
          code: "custom",
          message: `must be ${points ? "percentage points such as 0.5" : "a percentage such as 10%"} (got ${JSON.stringify(value)})`
        });
        return z3.NEVER;
      }
      return points ? n3 : n3 / 100;
    });
    tolerancesSchema = z3.strictObject(
      Object.fromEntries(TOLERANCE_NAMES.map((n3) => [n3, tolerance(n3 === "error_rate").optional()]))
    ).describe(
      "How large a change against a baseline must be to count (default 10%; error rate 0.5 percentage points)"
    );
  }
});

// src/config/journey-schema.ts
import { z as z4 } from "zod";
var jsonPath, regexSource, CAPTURE_FORMS, GROUP, captureSource, captureSchema, STATUS, CONTAINS, statusCode, checkSchema, thinkSchema, ON_FAIL, ON_FAIL_ERROR, sessionFields, stepSchema, JOURNEY_NAME, journeySchema;
var init_journey_schema = __esm({
  "src/config/journey-schema.ts"() {
    "use strict";
    init_json_path();
    init_request_schema();
    init_journey_order();
    init_threshold_schema();
    jsonPath = checkedString(
      (p) => {
        const steps = parseJsonPath(p);
        return typeof steps === "string" ? steps : void 0;
      },
      void 0,
      "must be a JSON path into the body, such as $.token"
    );
    regexSource = checkedString(
      (source) => {
        try {
          new RegExp(source);
          const groups = new RegExp(`${source}|`).exec("").length - 1;
          return groups === 0 ? "needs a (group) around the part to capture" : void 0;
        } catch (e) {
          return `is not a valid regular expression: ${e.message}`;
        }
      },
      void 0,
      'must be a regular expression with a (group), as a text: "csrf=(\\w+)"'
    );
    CAPTURE_FORMS = '$.path, { json: $.path }, { header: name } or { regex: "…(…)…" }';
    GROUP = "must be a whole number from 1 to 9: which (group) to take";
    captureSource = z4.union(
      [
        jsonPath.describe("a JSON path into the body: $.token"),
        z4.strictObject({ json: jsonPath.describe("a JSON path into the body: $.token") }),
        z4.strictObject({
          header: z4.string({ error: "must be an HTTP header name" }).regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "must be an HTTP header name").describe("a response header, by name (any case)")
        }),
        z4.strictObject({
          regex: regexSource.describe(
            "a JavaScript regular expression run on the body; its first (group) is taken"
          ),
          group: z4.number({ error: GROUP }).int(GROUP).min(1, GROUP).max(9, GROUP).default(1).describe("which (group) to take")
        })
      ],
      { error: `must be ${CAPTURE_FORMS}` }
    ).describe(CAPTURE_FORMS);
    captureSchema = z4.record(
      z4.string().regex(CAPTURE_NAME, "capture names use letters, digits, _ and - (and start with a letter or _)"),
      captureSource,
      { error: "must be a mapping of names to where each value is: { token: $.token }" }
    ).describe(
      "values taken from the answer for {{name}} in this user's later requests; each user keeps its own; treated as secrets"
    );
    STATUS = "expected an HTTP status 100–599 or a list of them: 200 or [200, 201]";
    CONTAINS = "must be a text the body must contain, or a list of them (none empty)";
    statusCode = z4.number({ error: STATUS }).int(STATUS).min(100, STATUS).max(599, STATUS);
    checkSchema = z4.strictObject(
      {
        status: z4.union([statusCode, z4.array(statusCode).min(1, STATUS)], { error: STATUS }).optional().describe("the status (or statuses) the answer must have; without it any 2xx or 3xx passes"),
        exists: z4.array(jsonPath, { error: "must be a list of JSON paths: [$.username]" }).min(1, "must be a list of JSON paths: [$.username]").optional().describe("JSON paths that must be present in the body and not null: [$.username]"),
        equals: z4.record(
          jsonPath,
          z4.union([z4.string(), z4.number(), z4.boolean(), z4.null()], {
            error: "must be a text, a number, true, false or null: the value the path must have"
          }),
          { error: "must be a mapping of JSON paths to values: { $.role: admin }" }
        ).optional().describe("JSON paths and the value each must have: { $.role: admin }"),
        contains: z4.union([z4.string().min(1, CONTAINS), z4.array(z4.string().min(1, CONTAINS)).min(1, CONTAINS)], {
          error: CONTAINS
        }).optional().describe("text (or texts) the body must contain"),
        max_latency: duration("the longest response time that passes (e.g. 500ms)").optional()
      },
      { error: "must be a mapping of status, exists, equals, contains or max_latency" }
    ).describe("what the answer must be; a failed check counts as a failed request (error type check_failed)");
    thinkSchema = z4.union(
      [
        duration("a pause: 1s"),
        z4.tuple([duration("shortest pause"), duration("longest pause")], {
          error: "a range is two pauses, the shorter first: [0.5s, 2s]"
        }).refine(([a, b]) => a <= b, { message: "write the shorter pause first: [0.5s, 2s]" })
      ],
      { error: "must be a pause such as 1s, or the shortest and longest of a range: [0.5s, 2s]" }
    ).describe("a pause after this request, before the user sends its next: 1s, or [0.5s, 2s] drawn uniformly");
    ON_FAIL = ["continue", "restart", "login"];
    ON_FAIL_ERROR = `must be ${ON_FAIL.slice(0, -1).join(", ")} or ${ON_FAIL[ON_FAIL.length - 1]}`;
    sessionFields = {
      capture: captureSchema.optional(),
      check: checkSchema.optional(),
      think: thinkSchema.optional()
    };
    stepSchema = z4.strictObject(
      {
        name: z4.string().regex(/^[A-Za-z0-9_.-]+$/, "step names use letters, digits, _ . -").optional().describe("how figures name the step (journey/step); default: its place, step1, step2…"),
        ...requestFields,
        ...sessionFields,
        once: z4.boolean({ error: "must be true or false" }).default(false).describe(
          "sent once in each user's life (a login) once it passed: a user whose once-steps failed sends them again at its next iteration; once-steps come first, the rest loop"
        ),
        on_fail: z4.enum(ON_FAIL, { error: ON_FAIL_ERROR }).optional().describe(
          "after a failed answer or check: continue with the next step, restart the journey's loop, or login: forget the user's session (its captured values and cookies) and start again from the once-steps, as a user whose session expired logs in again"
        ),
        thresholds: endpointThresholdsSchema.optional()
      },
      { error: "must be a mapping: a request (path, method, headers, body) with capture, check, think, once…" }
    );
    JOURNEY_NAME = "journey names use letters, digits, _ . -";
    journeySchema = z4.strictObject(
      {
        name: z4.string({ error: `needs a name: ${JOURNEY_NAME}` }).regex(/^[A-Za-z0-9_.-]+$/, JOURNEY_NAME),
        weight: z4.number({ error: "must be a whole number from 1 to 1000" }).int("must be a whole number").min(1, "must be at least 1").max(1e3, "must be at most 1000").default(1).describe("the journey's share of the iterations users start"),
        think: thinkSchema.optional().describe("every step's pause, where the step sets none"),
        on_fail: z4.enum(ON_FAIL, { error: ON_FAIL_ERROR }).default("continue").describe("every step's on_fail, where the step sets none"),
        steps: z4.array(stepSchema, {
          error: "must be a list of steps: [{ path: /login, once: true }, { path: /cart }]"
        }).min(1, "needs at least one step").max(100, "at most 100 steps: split the journey"),
        thresholds: journeyThresholdsSchema.optional()
      },
      { error: "must be a mapping with a name and steps" }
    ).superRefine(checkSteps);
  }
});

// src/config/ab-pairing.ts
var AB_PAIRINGS;
var init_ab_pairing = __esm({
  "src/config/ab-pairing.ts"() {
    "use strict";
    AB_PAIRINGS = ["alternate", "duet"];
  }
});

// src/config/data-file.ts
import { basename as basename2, extname } from "node:path";
async function readDataFile(path, order, field) {
  const file = basename2(path);
  let text;
  try {
    text = await readInputFile(path, {
      field,
      expected: "a CSV or JSON data file",
      maxBytes: MAX_DATA_BYTES,
      tooLarge: () => `${file} is larger than ${MAX_DATA_BYTES / 2 ** 20} MiB; split it across shards`
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = e.code;
    throw new InputError(
      field,
      code === "ENOENT" ? `file ${path} does not exist (a relative path is read from the config file's folder)` : `cannot read ${path} (${code ?? String(e)})`
    );
  }
  const { columns, rows } = extname(path).toLowerCase() === ".json" ? fromJson(text, file, field) : await fromCsv(text, file, field);
  if (rows.length === 0) throw new InputError(field, `${file} has no data rows`);
  return { file, order, columns, rows };
}
async function fromCsv(text, file, field) {
  const { parse } = await import("csv-parse/sync");
  let records;
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: false });
  } catch (e) {
    throw new InputError(field, `${file} is not valid CSV: ${e.message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new InputError(field, `${file} is empty: it needs a header row naming the columns`);
  const columns = header.map((c) => c.trim());
  const duplicate = columns.find((c, i) => columns.indexOf(c) !== i);
  if (duplicate !== void 0)
    throw new InputError(field, `${file} names column ${JSON.stringify(duplicate)} twice`);
  return { columns, rows };
}
function fromJson(text, file, field) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(field, `${file} is not valid JSON: ${e.message}`);
  }
  if (!Array.isArray(doc) || doc.some((r2) => r2 === null || typeof r2 !== "object" || Array.isArray(r2)))
    throw new InputError(field, `${file} must be a JSON array of objects, one per row ([{"id": 1}, …])`);
  const columns = [...new Set(doc.flatMap((r2) => Object.keys(r2)))];
  const rows = doc.map(
    (r2) => columns.map((c) => {
      const v = Object.hasOwn(r2, c) ? r2[c] : void 0;
      return v === void 0 || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v);
    })
  );
  return { columns, rows };
}
var DATA_ORDERS, MAX_DATA_BYTES;
var init_data_file = __esm({
  "src/config/data-file.ts"() {
    "use strict";
    init_errors();
    init_input_file();
    DATA_ORDERS = ["sequence", "random", "unique", "per_user"];
    MAX_DATA_BYTES = 256 * 2 ** 20;
  }
});

// src/config/csv-choice.ts
function sampleEvery(choice) {
  return choice.startsWith("sample:") ? Number(choice.slice(7)) : void 0;
}
function csvChoiceProblem(value) {
  const v = value.trim();
  if (v === "all" || v === "errors" || v === "none") return void 0;
  const m = /^sample:(\d+)$/.exec(v);
  if (m) {
    const n3 = Number(m[1]);
    if (n3 >= 1 && n3 <= MAX_CSV_SAMPLE) return void 0;
    return `must be sample:N with N a whole number from 1 to ${MAX_CSV_SAMPLE} (sample:1 keeps every row, sample:1000 one successful request in 1000; got ${JSON.stringify(value)})`;
  }
  return `must be one of ${CSV_CHOICES_TEXT} (got ${JSON.stringify(value)})`;
}
function csvChoice(field, value, fallback) {
  if (value === void 0 || value.trim() === "") return fallback;
  const problem = csvChoiceProblem(value);
  if (problem) throw new InputError(field, problem);
  const v = value.trim();
  return v.startsWith("sample:") ? `sample:${Number(v.slice(7))}` : v;
}
var DEFAULT_CSV, SOAK_CSV, MAX_CSV_SAMPLE, CSV_CHOICES_TEXT;
var init_csv_choice = __esm({
  "src/config/csv-choice.ts"() {
    "use strict";
    init_errors();
    DEFAULT_CSV = "all";
    SOAK_CSV = "sample:1000";
    MAX_CSV_SAMPLE = 1e9;
    CSV_CHOICES_TEXT = "all, errors, sample:N (every failed request and one in N of the others) or none";
  }
});

// src/config/schema.ts
var schema_exports = {};
__export(schema_exports, {
  configJsonSchema: () => configJsonSchema,
  configSchema: () => configSchema,
  dataSchema: () => dataSchema,
  endpointSchema: () => endpointSchema,
  serviceSchema: () => serviceSchema,
  setupRequestSchema: () => setupRequestSchema
});
import { z as z5 } from "zod";
function configJsonSchema() {
  return z5.toJSONSchema(configSchema, {
    io: "input",
    unrepresentable: "any"
  });
}
var csvSchema, endpointSchema, setupRequestSchema, dataSchema, serviceSchema, configSchema;
var init_schema = __esm({
  "src/config/schema.ts"() {
    "use strict";
    init_ab_pairing();
    init_defaults();
    init_thresholds();
    init_regression();
    init_threshold_schema();
    init_drift();
    init_http_grammar();
    init_request_schema();
    init_journey_order();
    init_journey_schema();
    init_data_file();
    init_json_path();
    init_csv_choice();
    csvSchema = (where) => z5.string().describe(
      `which requests get a row in results.csv${where}: all, errors (only failed ones), sample:N (every failed one and one in N of the others) or none (the header only), when the run sets none of its own (--csv)`
    ).transform((value, ctx) => {
      const problem = csvChoiceProblem(value);
      if (problem) {
        ctx.addIssue({ code: "custom", message: problem });
        return z5.NEVER;
      }
      const v = value.trim();
      return v.startsWith("sample:") ? `sample:${Number(v.slice(7))}` : v;
    });
    endpointSchema = z5.strictObject({
      ...requestFields,
      ...sessionFields,
      weight: z5.number().int("must be a whole number").min(1, "must be at least 1").max(1e3).default(1),
      thresholds: endpointThresholdsSchema.optional()
    });
    setupRequestSchema = z5.strictObject({
      ...requestFields,
      capture: z5.record(
        z5.string().regex(CAPTURE_NAME, "capture names use letters, digits, _ and - (and start with a letter or _)"),
        checkedString((p) => {
          const steps = parseJsonPath(p);
          return typeof steps === "string" ? steps : void 0;
        })
      ).optional().describe(
        "values taken from the JSON response, by path ($.access_token), for {{name}} in later requests; treated as secrets"
      )
    });
    dataSchema = z5.strictObject({
      file: z5.string().min(1).describe("CSV with a header row, or a JSON array of objects; relative to this file"),
      order: z5.enum(DATA_ORDERS).default("sequence").describe(
        "sequence (in order, then again), random, unique (each row once, then the run ends), or per_user (a row per virtual user for its whole life: its credentials)"
      )
    }).describe("rows that fill {{column}} placeholders, one row per request that uses them");
    serviceSchema = z5.strictObject({
      base_url: z5.url({
        protocol: /^https?$/,
        message: "must be an http:// or https:// URL"
      }).refine((u) => !hasControlCharacter(u), {
        message: "must not contain control characters such as CR or LF"
      }).refine((u) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(u), {
        message: 'must not contain credentials (user:password@): they would be logged; send them in a header, e.g. headers: { Authorization: "Basic ${PERF_GATE_BASIC_AUTH}" }'
      }).optional().describe("scheme, host and port (and an optional path prefix) of the service"),
      port: z5.number().int().min(1).max(65535).optional().describe("port on localhost, when base_url is not set"),
      headers: headersSchema.optional(),
      endpoints: z5.array(endpointSchema).min(1, "needs at least one endpoint").optional(),
      journeys: z5.array(journeySchema, { error: "must be a list of journeys, each with a name and steps" }).min(1, "needs at least one journey").max(50, "at most 50 journeys").superRefine(checkJourneyNames).optional().describe("virtual users that log in, browse and check the answers, in place of endpoints"),
      cookies: z5.boolean().optional().describe(
        "a cookie jar per virtual user (Set-Cookie honoured as a browser does); default: on with journeys, off with endpoints"
      ),
      thresholds: thresholdsSchema.optional(),
      rps: z5.number().positive("must be above 0").max(LIMITS.rps).optional().describe("requests per second, paced, when the run sets no rate of its own (--rps, input rps)"),
      data: dataSchema.optional(),
      setup: z5.array(setupRequestSchema).min(1).max(20).optional().describe("requests sent once, in order, before the load (a login); a failing one stops the run"),
      warmup: duration(
        "load sent first and left out of every metric (e.g. 10s), when the run sets none of its own (--warmup)"
      ).optional(),
      drift: driftSchema.optional(),
      csv: csvSchema(" of this service (over the top-level csv)").optional()
    }).refine((s) => !(s.base_url && s.port), {
      message: "set either base_url or port, not both"
    }).refine((s) => !(s.endpoints && s.journeys), {
      message: "set either endpoints or journeys, not both (an endpoint is a one-step journey)"
    });
    configSchema = z5.strictObject({
      $schema: z5.string().optional(),
      services: z5.record(
        z5.string().regex(/^[A-Za-z0-9_.-]+$/, "service names use letters, digits, _ . -"),
        serviceSchema
      ).optional(),
      thresholds: thresholdsSchema.optional(),
      fail_on: z5.enum(FAIL_ON_VALUES).optional(),
      csv: csvSchema(" of every service").optional(),
      tolerances: tolerancesSchema.optional(),
      drift: driftSchema.optional(),
      tls: z5.strictObject({
        insecure: z5.boolean().optional().describe(
          "skip certificate and host name checks of https targets (said in the output and the report)"
        ),
        ca: z5.string().min(1).optional().describe("PEM file of a CA to trust besides the built-in ones, relative to this file")
      }).optional().describe("how https targets are verified (default: certificates and host names checked)"),
      ab: z5.strictObject({
        max_duration: duration(
          "while undecided, look again after each further duration, up to this long in all (--max-duration, input max-duration; bisect: each step)"
        ).optional(),
        pairing: z5.enum(AB_PAIRINGS).optional().describe(
          "alternate (default): one side at a time, A B B A …; duet: both sides at once, slice beside slice, so a noisy machine slows both alike (--pairing, input pairing)"
        )
      }).optional().describe("A/B runs (perf-gate ab, mode ab, and each step of perf-gate bisect)"),
      fail_on_regression: z5.union([z5.enum(FAIL_ON_REGRESSION_VALUES), z5.boolean()]).optional().describe(
        "when a baseline comparison fails the run: regression (default, or true), inconclusive (also when undecided), never (or false)"
      )
    }).describe("perf-gate configuration");
  }
});

// src/config/parse.ts
var parse_exports = {};
__export(parse_exports, {
  parseConfigSource: () => parseConfigSource,
  parseConfigText: () => parseConfigText
});
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
function parseConfigText(text, fileName = "perf-gate.yml") {
  return parseConfigSource(text, fileName).file;
}
function parseConfigSource(text, fileName = "perf-gate.yml") {
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
  let raw3;
  try {
    raw3 = doc.toJS() ?? {};
  } catch (e) {
    throw new InputError(
      fileName,
      `not a usable config: ${e instanceof Error ? e.message : String(e)}; write the repeated values out instead of nesting aliases`
    );
  }
  if (typeof raw3 !== "object" || Array.isArray(raw3)) {
    throw new InputError(fileName, "must be a mapping with services, thresholds or fail_on at the top level");
  }
  const parsed = configSchema.safeParse(raw3);
  if (!parsed.success) throw issueToError(fittingIssue(parsed.error.issues[0]), doc, lineCounter, fileName);
  const fieldLines = {};
  walkLines(doc.contents, [], lineCounter, fieldLines);
  return { file: parsed.data, fieldLines };
}
function walkLines(node, path, lines, out) {
  const at = (n3) => {
    const range = n3?.range;
    return range ? lines.linePos(range[0]).line : void 0;
  };
  const mark = (p, line) => {
    if (line !== void 0) out[formatPath(p)] = line;
  };
  if (isMap(node))
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const p = [...path, String(pair.key.value)];
      mark(p, at(pair.key));
      walkLines(pair.value, p, lines, out);
    }
  else if (isSeq(node))
    node.items.forEach((item, i) => {
      mark([...path, i], at(item));
      walkLines(item, [...path, i], lines, out);
    });
}
function fittingIssue(issue) {
  if (issue.code === "invalid_key" && issue.issues.length > 0)
    return fittingIssue({ ...issue.issues[0], path: [...issue.path, ...issue.issues[0].path] });
  if (issue.code !== "invalid_union") return issue;
  const fits = issue.errors.filter(
    (option) => option.length > 0 && !option.some(
      (i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "unrecognized_keys" || i.code === "invalid_union")
    )
  );
  if (fits.length !== 1) return issue;
  const inner = fits[0][0];
  return fittingIssue({ ...inner, path: [...issue.path, ...inner.path] });
}
function issueToError(issue, doc, lines, fileName) {
  let path = issue.path.map((p) => typeof p === "symbol" ? String(p) : p);
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    path = [...path, issue.keys[0]];
    const allowed = allowedKeysHint(path);
    const near = nearestName(issue.keys[0], allowed.split(", "));
    message = `unknown field (allowed: ${allowed})${near ? `; did you mean ${near}?` : ""}`;
  }
  if (issue.code === "invalid_value") {
    const got = doc.getIn(path);
    const choices = issue.values.filter((v) => typeof v === "string");
    const near = typeof got === "string" ? nearestName(got, choices) : void 0;
    if (near) message = `${message}; did you mean ${near}?`;
  }
  const line = lineOf(doc, lines, path);
  return new InputError(`${fileName}${line ? `:${line}` : ""} ${formatPath(path) || "(top level)"}`, message);
}
function allowedKeysHint(path) {
  const parents = path.slice(0, -1);
  const last = parents[parents.length - 1];
  const beforeLast = parents[parents.length - 2];
  const keys = (shape) => Object.keys(shape).filter((k) => k !== "$schema").join(", ");
  if (parents.length === 0) return keys(configSchema.shape);
  if (last === "thresholds" && parents[parents.length - 3] === "journeys")
    return keys(journeyThresholdsSchema.shape);
  if (last === "thresholds") return keys(thresholdsSchema.shape);
  if (last === "tolerances") return TOLERANCE_NAMES.join(", ");
  if (last === "tls") return "insecure, ca";
  if (last === "ab" && parents.length === 1) return keys(configSchema.shape.ab.unwrap().shape);
  if (last === "drift") return ["window", ...DRIFT_NAMES].join(", ");
  if (beforeLast === "thresholds")
    return isAbortable(String(last)) ? "warning, critical, abort_after" : `warning, critical; abort_after only on ${ABORTABLE_THRESHOLDS.join(", ")}, which each second has figures for`;
  if (last === "check") return keys(checkSchema.shape);
  if (last === "data") return keys(dataSchema.shape);
  if (typeof last === "number" && beforeLast === "journeys") return keys(journeySchema.shape);
  if (typeof last === "number" && beforeLast === "steps") return keys(journeySchema.shape.steps.element.shape);
  if (typeof last === "number" && beforeLast === "setup") return keys(setupRequestSchema.shape);
  if (typeof last === "number") return keys(endpointSchema.shape);
  return keys(serviceSchema.shape);
}
function lineOf(doc, lines, path) {
  for (let n3 = path.length; n3 >= 0; n3--) {
    const node = doc.getIn(path.slice(0, n3), true);
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]).line;
  }
  return void 0;
}
var init_parse = __esm({
  "src/config/parse.ts"() {
    "use strict";
    init_abort_after();
    init_drift();
    init_errors();
    init_field_path();
    init_name_sources();
    init_regression();
    init_journey_schema();
    init_threshold_schema();
    init_schema();
  }
});

// src/library/load-test.ts
init_defaults();
init_errors();
init_field_path();

// src/config/load.ts
import { basename as basename3, dirname, resolve } from "node:path";

// src/config/tls.ts
init_errors();
init_input_file();
var VERIFIED_TLS = Object.freeze({ verify: true });
var MAX_CA_BYTES = 16 * 2 ** 20;
async function readCaFile(field, file) {
  let text;
  try {
    text = await readInputFile(file, {
      field,
      expected: "a PEM file of the CA certificate",
      maxBytes: MAX_CA_BYTES,
      tooLarge: (path) => `${path} is larger than 16 MiB, far more than a PEM file of CA certificates`
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = e.code;
    throw new InputError(
      field,
      `cannot read ${file} (${code ?? String(e)}); give a PEM file of the CA certificate`
    );
  }
  if (!text.includes("-----BEGIN CERTIFICATE-----"))
    throw new InputError(field, `${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  return text;
}
async function resolveTls(o, env) {
  if (o.insecure) return { verify: false };
  if (o.caFiles.length === 0) return VERIFIED_TLS;
  const ca = await Promise.all(o.caFiles.map((f) => readCaFile(f.field, f.file)));
  const extra = env.NODE_EXTRA_CA_CERTS;
  if (extra) ca.push(await readCaFile("NODE_EXTRA_CA_CERTS", extra));
  return { verify: true, ca };
}

// src/config/load.ts
init_http_grammar();
init_thresholds();
init_errors();
init_input_file();

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

// src/config/load.ts
init_regression();
var MAX_CONFIG_BYTES = 2 ** 20;
async function loadConfig(options = {}) {
  const env = options.env ?? {};
  const apiKey = env[API_KEY_ENV];
  const apiKeyProblem = apiKey === void 0 ? void 0 : headerValueProblem(apiKey);
  if (apiKeyProblem) throw new InputError(API_KEY_ENV, apiKeyProblem);
  let file = {};
  let fieldLines;
  if (options.file) {
    let text;
    try {
      text = await readBounded(options.file, options.field ?? "config");
    } catch (e) {
      if (e instanceof InputError) throw e;
      const code = e.code;
      throw new InputError(
        options.field ?? "config",
        code === "ENOENT" ? `file ${options.file} does not exist` : `cannot read ${options.file} (${code ?? String(e)})`
      );
    }
    const { parseConfigSource: parseConfigSource2 } = await Promise.resolve().then(() => (init_parse(), parse_exports));
    ({ file, fieldLines } = parseConfigSource2(text, basename3(options.file)));
  }
  const config2 = buildConfig(file, env, options.file);
  if (fieldLines) config2.fieldLines = fieldLines;
  if (file.ab?.max_duration !== void 0 && options.file) {
    const line = fieldLines?.["ab.max_duration"];
    config2.abMaxDuration = {
      seconds: file.ab.max_duration,
      field: `${basename3(options.file)}${line === void 0 ? "" : `:${line}`} ab.max_duration`
    };
  }
  if (file.ab?.pairing) config2.abPairing = file.ab.pairing;
  if (apiKey) config2.secrets.push(apiKey);
  const caFiles = [
    ...file.tls?.ca && options.file ? [{ field: `${basename3(options.file)} tls.ca`, file: resolve(dirname(options.file), file.tls.ca) }] : [],
    ...options.tls?.ca ? [{ field: options.tls.caField ?? "ca", file: options.tls.ca }] : []
  ];
  config2.tls = await resolveTls(
    { insecure: options.tls?.insecure ?? file.tls?.insecure ?? false, caFiles },
    env
  );
  return config2;
}
function readBounded(file, field) {
  return readInputFile(file, {
    field,
    expected: "a config file (YAML or JSON)",
    maxBytes: MAX_CONFIG_BYTES,
    tooLarge: (path) => `${path} is larger than ${MAX_CONFIG_BYTES.toLocaleString("en-US")} bytes (1 MiB), the most a config file may be`
  });
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
    if (!base && !svc.endpoints && !svc.journeys) {
      throw new InputError(
        `${source ? basename3(source) : "config"} services.${name}.endpoints`,
        "a new service needs at least one endpoint (or journeys)"
      );
    }
    if (!base && !svc.base_url && !svc.port) {
      throw new InputError(
        `${source ? basename3(source) : "config"} services.${name}`,
        "set base_url (e.g. http://localhost:8090) or port"
      );
    }
    const merged = { ...base, ...svc };
    if (svc.base_url) delete merged.port;
    if (svc.port) delete merged.base_url;
    if (svc.journeys) delete merged.endpoints;
    if (svc.endpoints) delete merged.journeys;
    services[name] = merged;
  }
  secrets.push(...referencedEnvValues(file.services, env));
  return {
    services,
    thresholds: { ...DEFAULT_THRESHOLDS, ...file.thresholds ?? {} },
    failOn: file.fail_on,
    ...file.csv ? { csv: file.csv } : {},
    ...regressionSettings(file),
    ...file.drift ? { drift: file.drift } : {},
    secrets,
    env,
    source,
    fileServices: Object.keys(file.services ?? {}),
    tls: VERIFIED_TLS
  };
}
function regressionSettings(file) {
  const out = {};
  if (file.tolerances) {
    out.tolerances = Object.fromEntries(
      Object.entries(file.tolerances).filter(([, v]) => v !== void 0).map(([name, v]) => [toleranceMetric(name), v])
    );
  }
  const f = file.fail_on_regression;
  if (f !== void 0) out.failOnRegression = f === true ? "regression" : f === false ? "never" : f;
  return out;
}
function referencedEnvValues(services, env) {
  const text = JSON.stringify(services ?? {});
  return [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => env[m[1]]).filter((v) => v !== void 0 && v !== "");
}

// src/config/run-request.ts
init_defaults();
init_errors();

// src/config/validate.ts
init_regression();
init_thresholds();
init_errors();
init_http_grammar();
init_units();
function toNumber(value) {
  if (typeof value === "number") return value;
  if (value === void 0 || value.trim() === "") return NaN;
  return /^\s*[-+]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
}
function wholeNumber(field, value, fallback, min, max) {
  if (value === void 0 || value === "") return fallback;
  const n3 = toNumber(value);
  if (!Number.isInteger(n3) || n3 < min || n3 > max) {
    throw new InputError(field, `must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)})`);
  }
  return n3;
}
function positiveNumber(field, value, fallback, max, unit) {
  if (value === void 0 || value === "") return fallback;
  const n3 = toNumber(value);
  if (!Number.isFinite(n3) || n3 <= 0 || n3 > max) {
    throw new InputError(
      field,
      `must be a number of ${unit} above 0 and at most ${max} (got ${JSON.stringify(value)})`
    );
  }
  return n3;
}
function durationSeconds(field, value, fallback, max, { allowZero = false } = {}) {
  if (value === void 0 || value === "") return fallback;
  const n3 = parseSeconds(value);
  if (n3 === void 0 || (allowZero ? n3 < 0 : n3 <= 0) || n3 > max) {
    throw new InputError(
      field,
      `must be a duration such as ${max >= 5400 ? "30s, 5m or 1h30m" : "500ms, 10s or 5m"} (or plain seconds), ${allowZero ? "from 0" : "above 0"} and at most ${formatDuration(max)} (got ${JSON.stringify(value)})`
    );
  }
  return n3;
}
function failOnRegression(field, value) {
  if (value === void 0 || value === "") return void 0;
  if (value === "true") return "regression";
  if (value === "false") return "never";
  if (!FAIL_ON_REGRESSION_VALUES.includes(value)) {
    throw new InputError(
      field,
      `must be one of ${FAIL_ON_REGRESSION_VALUES.join(", ")} (got ${JSON.stringify(value)})`
    );
  }
  return value;
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

// src/config/shard.ts
init_errors();
var MAX_SHARDS = 256;
function parseShard(field, value) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const of = m ? Number(m[2]) : NaN;
  if (!m || of < 1 || of > MAX_SHARDS || index < 1 || index > of) {
    throw new InputError(
      field,
      `must be I/N, this machine's share of the load: 1/4 … 4/4 for four machines (N at most ${MAX_SHARDS}; got ${JSON.stringify(value)})`
    );
  }
  return { index, of };
}
var MAX_WAIT_MS = 24 * 3600 * 1e3;
function parseStartAt(field, value, nowMs = Date.now()) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(value.trim());
  const at = new Date(value.trim());
  const real = m !== null && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDate() === +m[3];
  if (!m || !real || Number.isNaN(at.getTime())) {
    throw new InputError(
      field,
      `must be an ISO 8601 time with its zone, such as 2026-11-26T18:00:00Z, so machines in other zones agree (got ${JSON.stringify(value)})`
    );
  }
  if (at.getTime() - nowMs > MAX_WAIT_MS) {
    throw new InputError(field, `is more than 24 hours away (${at.toISOString()}); check the date`);
  }
  return at;
}
function shareOf(n3, { index, of }) {
  return Math.floor(n3 / of) + (index <= n3 % of ? 1 : 0);
}

// src/config/url-service.ts
init_errors();
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
  const raw3 = `${host}_${port}${url.pathname === "/" ? "" : url.pathname}`;
  return raw3.replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/_+$/, "").slice(0, 100);
}
function pathOf(url) {
  return `${url.pathname}${url.search}`;
}

// src/config/run-request.ts
init_csv_choice();
var OPTION_LABELS = Object.freeze({
  mode: "mode",
  users: "users",
  duration: "duration",
  maxUsers: "maxUsers",
  rampUp: "rampUp",
  steps: "steps",
  rps: "rps",
  timeout: "timeout",
  baseUrl: "baseUrl",
  shard: "shard",
  startAt: "startAt",
  workers: "workers",
  warmup: "warmup",
  record: "record",
  csv: "csv"
});
function parseRunRequest(raw3, labels) {
  const mode = raw3.mode === void 0 || raw3.mode === "" ? DEFAULTS.mode : raw3.mode;
  if (!MODES.includes(mode)) {
    throw new InputError(labels.mode, `must be ${MODES.join(" or ")} (got ${JSON.stringify(raw3.mode)})`);
  }
  const users = wholeNumber(labels.users, raw3.users, DEFAULTS.users, 1, LIMITS.users);
  const soak = mode === "soak";
  const duration2 = durationSeconds(
    labels.duration,
    raw3.duration,
    soak ? DEFAULTS.soakDuration : DEFAULTS.duration,
    LIMITS.duration
  );
  const maxUsers = wholeNumber(labels.maxUsers, raw3.maxUsers, DEFAULTS.maxUsers, 1, LIMITS.users);
  const rampUp = durationSeconds(labels.rampUp, raw3.rampUp, DEFAULTS.rampUp, LIMITS.duration);
  const steps = wholeNumber(labels.steps, raw3.steps, DEFAULTS.steps, 1, LIMITS.steps);
  const givenBaseUrl = raw3.baseUrl !== void 0 && raw3.baseUrl !== "";
  if (urlService(raw3.service) && givenBaseUrl)
    throw new InputError(
      labels.baseUrl,
      `does not apply when the service is a URL (${raw3.service.trim()}): the URL is the target; leave ${labels.baseUrl} out, or name a service of the config`
    );
  const fewestUsers = mode === "stress" ? Math.max(1, Math.round(maxUsers / steps)) : users;
  const shards = sharding(raw3, labels, fewestUsers);
  const common = {
    service: raw3.service,
    rps: positiveNumber(labels.rps, raw3.rps, void 0, LIMITS.rps, "requests per second"),
    timeout: durationSeconds(labels.timeout, raw3.timeout, DEFAULTS.timeout, LIMITS.timeout),
    baseUrl: givenBaseUrl ? baseUrl(labels.baseUrl, raw3.baseUrl) : void 0,
    ...shards,
    workers: workerCount(raw3, labels, fewestUsers, shards.shard?.of ?? 1),
    ...raw3.warmup !== void 0 && raw3.warmup !== "" ? { warmup: durationSeconds(labels.warmup, raw3.warmup, 0, LIMITS.duration, { allowZero: true }) } : {},
    ...recordMode(raw3, labels, mode) === "histograms" ? { record: "histograms" } : {},
    ...csvOf(raw3, labels)
  };
  if (mode === "stress")
    return { ...common, mode, stress: { maxUsers, rampUp, steps, stopOnBreak: raw3.stopOnBreak ?? false } };
  const givenMax = raw3.maxUsers !== void 0 && raw3.maxUsers !== "" && maxUsers !== DEFAULTS.maxUsers;
  if (common.rps !== void 0 && givenMax && maxUsers < users) {
    const usersGiven = raw3.users !== void 0 && raw3.users !== "";
    throw new InputError(
      labels.maxUsers,
      `must be at least ${labels.users} (${users}${usersGiven ? "" : ", its default"}): it bounds the connections a rate may add to them (got ${maxUsers})`
    );
  }
  return { ...common, mode, users, duration: duration2, maxUsers: Math.max(users, maxUsers) };
}
function recordMode(raw3, labels, mode) {
  const v = raw3.record?.trim();
  if (v === void 0 || v === "") return mode === "soak" ? DEFAULTS.soakRecord : "requests";
  if (!RECORD_MODES.includes(v))
    throw new InputError(
      labels.record,
      `must be ${RECORD_MODES.join(" or ")} (got ${JSON.stringify(raw3.record)})`
    );
  if (v === "histograms" && mode === "stress")
    throw new InputError(
      labels.record,
      "histograms is for load and soak runs: a stress test judges each stage from its requests; leave it out"
    );
  return v;
}
function csvOf(raw3, labels) {
  const csv = csvChoice(labels.csv, raw3.csv);
  return csv ? { csv } : {};
}
function sharding(raw3, labels, users) {
  const given = (v) => v !== void 0 && v !== "";
  const shard = given(raw3.shard) ? parseShard(labels.shard, raw3.shard) : void 0;
  const startAt = given(raw3.startAt) ? parseStartAt(labels.startAt, raw3.startAt) : void 0;
  if (shard && users < shard.of) {
    if (raw3.mode === "stress")
      throw new InputError(
        labels.maxUsers,
        `gives the first stress stage ${users} user${users > 1 ? "s" : ""} (${labels.maxUsers} / ${labels.steps}), fewer than the shards (${shard.of}): each machine needs one user in every stage; raise it or use fewer shards`
      );
    throw new InputError(
      labels.users,
      `must be at least the number of shards (${shard.of}): each machine runs one user at least (got ${users})`
    );
  }
  if (startAt && !shard) throw new InputError(labels.startAt, `aligns shards: give it with ${labels.shard}`);
  return { ...shard ? { shard } : {}, ...startAt ? { startAt } : {} };
}
function workerCount(raw3, labels, fewestUsers, shards) {
  const v = typeof raw3.workers === "string" ? raw3.workers.trim() : raw3.workers;
  if (v === "auto") return "auto";
  if (v === void 0 || v === "") return DEFAULTS.workers;
  const n3 = /^\d+$/.test(String(v)) ? Number(v) : NaN;
  if (!Number.isInteger(n3) || n3 < 1 || n3 > LIMITS.workers)
    throw new InputError(
      labels.workers,
      `must be auto or a whole number of threads from 1 to ${LIMITS.workers} (got ${JSON.stringify(raw3.workers)})`
    );
  const each = Math.floor(fewestUsers / shards);
  if (n3 > each) {
    const whose = raw3.mode === "stress" ? `the first stress stage's ${fewestUsers} users (${labels.maxUsers} / ${labels.steps})` : `${labels.users} (${fewestUsers})`;
    const share2 = shards > 1 ? ` (${each} on each of ${shards} shards)` : "";
    throw new InputError(
      labels.workers,
      `must be at most ${whose}${share2}: each worker runs one user at least (got ${n3}); use fewer workers or more users`
    );
  }
  return n3;
}
function baseUrl(field, value) {
  const url = httpUrl(field, value);
  if (url.search || url.hash || value.includes("#"))
    throw new InputError(
      field,
      "must not contain a query (?…) or a fragment (#…); put a query in the endpoint paths"
    );
  return url;
}

// src/engine/clock.ts
import { performance } from "node:perf_hooks";
function createClock() {
  const base = performance.now();
  const originNs = process.hrtime.bigint();
  return { epochMs: Date.now(), originNs, nowUs: () => (performance.now() - base) * 1e3 };
}

// src/engine/generator-meter.ts
import { monitorEventLoopDelay } from "node:perf_hooks";
var LOOP_SAMPLE_MS = 10;
var GeneratorMeter = class {
  constructor(cpu) {
    this.cpu = cpu;
  }
  cpu;
  loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  loopDelayReset;
  enable() {
    this.loopDelay.enable();
  }
  disable() {
    clearTimeout(this.loopDelayReset);
    this.loopDelay.disable();
  }
  stageBegins() {
    this.loopDelay.reset();
  }
  /**
   * Opening the stage's connections blocks the loop (tens of ms, more on a busy machine); that is the
   * stage's setup, not a generator too busy for its load: its sample is left out of the stage's delay.
   */
  stageSetUp() {
    clearTimeout(this.loopDelayReset);
    this.loopDelayReset = setTimeout(() => this.loopDelay.reset(), 2 * LOOP_SAMPLE_MS);
  }
  /** The stage's load since it began; zeros unless `measured` (an aborted stage). */
  load(since, endUs, measured) {
    const now = this.cpu();
    const cpu = { user: now.user - since.cpu.user, system: now.system - since.cpu.system };
    return {
      // the histogram holds the time between samples, the sampling interval included: the delay is the rest
      eventLoopP99Ms: measured ? Math.max(0, this.loopDelay.percentile(99) / 1e6 - LOOP_SAMPLE_MS) : 0,
      cpuPercent: measured ? (cpu.user + cpu.system) / Math.max(1, endUs - since.startUs) * 100 : 0
    };
  }
};

// src/engine/load-connections.ts
import autocannon from "autocannon";

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
function byErrorType(counts3) {
  return Object.fromEntries(ERROR_TYPES.filter((t) => counts3.has(t)).map((t) => [t, counts3.get(t)]));
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

// src/engine/autocannon-client.ts
function resetParser(client) {
  client.parser.reinitialize(client.parser.constructor.RESPONSE);
}
function reportMalformed(client, onMalformed) {
  const parser = client.parser;
  const execute = parser.execute;
  parser.execute = function(chunk) {
    const r2 = execute.call(this, chunk);
    if (r2 instanceof Error) onMalformed(r2);
    return r2;
  };
}
function leanResponses(client, onHeaders, onBody) {
  const K = client.parser.constructor;
  const queue = client.pipelinedRequests;
  client.parser[K.kOnHeadersComplete] = (h) => {
    queue.setHeaders(h);
    return onHeaders(h);
  };
  client.parser[K.kOnBody] = onBody ?? noBody;
  client.requestIterator.resetContext = noContext;
}
function noBody() {
}
function noContext() {
}

// src/engine/connection-recorder.ts
var IDLE_TIMEOUT_MS = 2 ** 31 - 1;
function recordConnection(client, hooks) {
  const { recorder, nowUs, stage: stage3, maySend, pacer, nextInCycle, user } = hooks;
  let [pending, pendingEp, pendingSend, pendingStage, pendingHead] = [false, 0, 0, 0, false];
  let pendingWait = 0;
  let nextDue;
  let [orphan, orphanEp, orphanSend, orphanStage, orphanWait, orphanHeadersSeen] = [false, 0, 0, 0, 0, false];
  let serverClosing = false;
  let headersSeen = false;
  let retryAfter;
  if (user) followCycle(client, () => user.next());
  else if (nextInCycle) followCycle(client, nextInCycle);
  gateSending(client, maySend, pacer, (lateSinceUs) => nextDue = lateSinceUs, user);
  const origGetRequestBuffer = client.getRequestBuffer;
  client.getRequestBuffer = function() {
    if (pending) {
      orphan = true;
      orphanEp = pendingEp;
      orphanSend = pendingSend;
      orphanStage = pendingStage;
      orphanWait = pendingWait;
      orphanHeadersSeen = headersSeen;
    }
    pending = true;
    pendingEp = this.requestIterator.currentRequest.ep;
    const now = nowUs();
    pendingSend = nextDue ?? now;
    pendingWait = nextDue === void 0 ? 0 : Math.max(0, now - nextDue);
    nextDue = void 0;
    pendingStage = stage3();
    pendingHead = this.requestIterator.currentRequest.method === "HEAD";
    headersSeen = false;
    return requestBytes(
      hooks,
      this.requestIterator.currentRequestIndex,
      pendingEp,
      () => origGetRequestBuffer.call(this)
    );
  };
  client.on("response", (status, bytes2) => {
    if (!pending) return;
    pending = false;
    const t = nowUs();
    const errorId = userAnswerErrorId(
      recorder,
      answerErrorId(recorder, status, retryAfter),
      (ok) => user?.answered(status, t - pendingSend, ok)
    );
    recorder.add(pendingSend, t - pendingSend, pendingEp, status, errorId, bytes2, pendingStage, pendingWait);
  });
  const failPending = (type, message) => {
    if (!pending) return;
    pending = false;
    const t = nowUs();
    user?.failed(t - pendingSend);
    const id = recorder.errorId(type, message);
    recorder.add(pendingSend, t - pendingSend, pendingEp, 0, id, 0, pendingStage, pendingWait);
  };
  client.on(
    "connError",
    (err) => failPending(classifySocketError(err), err.code ?? err.message)
  );
  client.on("timeout", () => {
    const t = nowUs();
    const message = (inBody) => inBody ? "timed out receiving the body" : "request timed out";
    if (orphan) {
      orphan = false;
      user?.failed(t - orphanSend);
      const id = recorder.errorId("timeout", message(orphanHeadersSeen));
      recorder.add(orphanSend, t - orphanSend, orphanEp, 0, id, 0, orphanStage, orphanWait);
    } else failPending("timeout", message(headersSeen));
  });
  let onConnected;
  const connected = new Promise((r2) => onConnected = r2);
  client.once("connError", () => onConnected());
  const origConnect = client._connect;
  let parserHooked = false;
  client._connect = function() {
    if (!parserHooked) {
      leanResponses(
        this,
        (h) => {
          serverClosing = h.shouldKeepAlive === false;
          headersSeen = true;
          retryAfter = h.statusCode === 429 ? headerValue(h.headers, "retry-after") : void 0;
          user?.onHeaders(h.headers);
          return pendingHead;
        },
        user && ((chunk, start, length) => user.onBody(chunk, start, length))
      );
      reportMalformed(this, (e) => {
        failPending("malformed_response", `malformed response (${e.code ?? e.message})`);
        this._resetConnection();
      });
    } else resetParser(this);
    parserHooked = true;
    origConnect.call(this);
    this.conn.once("connect", onConnected);
    this.conn.prependListener("end", () => {
      if (serverClosing) pending = false;
      else failPending("connection_reset", "connection closed by the server before a response");
    });
  };
  return { busy: () => pending || orphan, connected };
}
function followCycle(client, nextInCycle) {
  const it = client.requestIterator;
  const move = () => {
    it.currentRequestIndex = nextInCycle();
    it.currentRequest = it.requests[it.currentRequestIndex];
    return it.currentRequest;
  };
  it.nextRequest = move;
  const origDoRequest = client._doRequest;
  client._doRequest = function() {
    if (this.reqsMade === 0) move();
    return origDoRequest.call(this);
  };
}
function gateSending(client, maySend, pacer, onPacedSend, user) {
  const origDoRequest = client._doRequest;
  const paced = {
    send(lateSinceUs) {
      if (!maySend()) return false;
      onPacedSend(lateSinceUs);
      origDoRequest.call(client);
      return true;
    }
  };
  let thinking;
  client._doRequest = function() {
    if (!maySend() || thinking) return;
    const pause = user?.takePause() ?? 0;
    if (pause > 0) {
      this.timeoutTicker.reschedule(IDLE_TIMEOUT_MS);
      thinking = setTimeout(() => {
        thinking = void 0;
        if (!this.destroyed) this._doRequest();
      }, pause);
      thinking.unref();
      return;
    }
    if (!pacer || user && !user.betweenIterations) return origDoRequest.call(this);
    this.timeoutTicker.reschedule(IDLE_TIMEOUT_MS);
    pacer.ready(paced);
  };
}
function requestBytes({ renderer, onExhausted, user }, cycleIndex, ep, prebuilt) {
  if (!user && !renderer?.isDynamic(ep)) return prebuilt();
  const bytes2 = user ? user.render(cycleIndex) : renderer.render(ep);
  if (renderer?.exhausted) onExhausted?.();
  return bytes2;
}
function userAnswerErrorId(recorder, statusErrorId, answered) {
  const verdict = answered(statusErrorId === 0);
  if (!verdict) return statusErrorId;
  if (verdict.failed !== void 0 && (statusErrorId === 0 || verdict.statusChecked))
    return recorder.errorId("check_failed", `check failed: ${verdict.failed}`);
  return verdict.statusChecked ? 0 : statusErrorId;
}
function answerErrorId(recorder, status, retryAfter) {
  const type = classifyStatus(status);
  if (!type) return 0;
  if (type !== "rate_limited") return recorder.errorId(type, `HTTP ${status}`);
  const message = rateLimitedMessage(retryAfter, Date.now());
  return recorder.boundedErrorId(type, message, MAX_RETRY_AFTER_MESSAGES, RATE_LIMITED_VARIED);
}
function headerValue(headers, name) {
  for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === name) return headers[i + 1];
  return void 0;
}

// src/engine/reconnect-backoff.ts
var FIRST_MS = 25;
var MAX_MS = 1e3;
var ReconnectBackoff = class {
  refusedInARow = 0;
  timer;
  /** A reconnect is scheduled: the connection has no socket to send on. */
  get waiting() {
    return this.timer !== void 0;
  }
  install(client) {
    let accepted = false;
    client.on("connError", (err) => {
      if (!accepted && classifySocketError(err) === "connection_refused") this.refusedInARow++;
    });
    client.on("done", () => clearTimeout(this.timer));
    const connectNow = client._connect;
    const connect = (c) => {
      accepted = false;
      connectNow.call(c);
      c.conn.once("connect", () => {
        accepted = true;
        this.refusedInARow = 0;
      });
    };
    const schedule = (c) => {
      if (this.timer) return;
      if (this.refusedInARow === 0) return connect(c);
      const wait = Math.min(MAX_MS, FIRST_MS * 2 ** (this.refusedInARow - 1));
      this.timer = setTimeout(() => {
        this.timer = void 0;
        if (!c.destroyed) connect(c);
      }, wait);
    };
    client._connect = function() {
      schedule(this);
    };
  }
};

// src/engine/tls-verify.ts
import tls from "node:tls";
import { isIP } from "node:net";
function tlsConnectOptions(host, settings = VERIFIED_TLS) {
  return { ...isIP(host) ? {} : { servername: host }, ...trustOptions(settings) };
}
function trustOptions(settings) {
  return {
    rejectUnauthorized: settings.verify,
    // a CA list replaces the built-in roots: keep them beside the private CA
    ...settings.verify && settings.ca ? { ca: [...tls.rootCertificates, ...settings.ca] } : {}
  };
}
function verifyClientTls(client, settings) {
  if (!settings.verify) return;
  const verified = trustOptions(settings);
  const connect = client._connect;
  const mutable = tls;
  client._connect = function() {
    const real = mutable.connect;
    mutable.connect = (port, host, options) => real(port, host, { ...options, ...verified });
    try {
      connect.call(this);
    } finally {
      mutable.connect = real;
    }
  };
}
function tlsFailure(error) {
  const code = error.code ?? "";
  if (!isTlsErrorCode(code)) return void 0;
  if (/ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG/.test(code))
    return `TLS handshake failed (${code}): the port does not speak TLS; is the URL http:// rather than https://?`;
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID")
    return `TLS certificate is for another host name (${code}: ${error.message ?? ""}); use the host name it was issued for, or skip the check with --insecure (config tls.insecure, action input insecure)`;
  return `TLS certificate not trusted (${code}: ${error.message ?? ""}); trust its CA with --ca FILE (config tls.ca, action input ca, or NODE_EXTRA_CA_CERTS), or skip the check with --insecure (config tls.insecure, action input insecure)`;
}

// src/config/session-rules.ts
init_json_path();
init_units();
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
function readsBody(r2) {
  if (!r2) return false;
  return r2.capture.some((c) => c.from !== "header") || r2.checks.some((c) => c.kind === "exists" || c.kind === "equals" || c.kind === "contains");
}

// src/engine/session/read-answer.ts
init_json_path();
var compiled = /* @__PURE__ */ new Map();
function regex(source) {
  let r2 = compiled.get(source);
  if (!r2) compiled.set(source, r2 = new RegExp(source));
  return r2;
}
function readAnswer(rules, a, fill3 = (t) => t) {
  const statusCheck = rules.checks.find((c) => c.kind === "status");
  const results = [];
  const values = [];
  let failed;
  const record = (label, passed, got) => {
    results.push({ label, passed });
    if (!passed) failed ??= got ? `${label} (${got})` : label;
  };
  if (statusCheck) {
    const ok = statusCheck.statuses.includes(a.status);
    results.push({ label: statusCheck.label, passed: ok });
    if (!ok) failed = `${statusCheck.label} (got ${a.status || "no answer"})`;
  }
  const statusOk = statusCheck ? failed === void 0 : classifyStatus(a.status) === void 0;
  if (!statusOk) return { statusChecked: statusCheck !== void 0, failed, results, values };
  let doc;
  let parsed = false;
  const json = () => {
    if (!parsed) {
      parsed = true;
      try {
        doc = JSON.parse(a.body ?? "");
      } catch {
        doc = void 0;
      }
    }
    return doc;
  };
  for (const c of rules.capture) {
    const v = captured(c, a, json);
    record(`capture ${c.name}`, v !== void 0);
    if (v !== void 0) values.push([c.name, v]);
  }
  const fresh = (text) => fill3(text, values);
  for (const c of rules.checks) {
    if (c.kind === "status") continue;
    const ok = passes(c, a, json, fresh);
    record(c.label, ok, ok || c.kind !== "equals" ? void 0 : gotText(atJsonPath(json(), c.steps), c.value));
  }
  return { statusChecked: statusCheck !== void 0, failed, results, values };
}
function passes(c, a, json, fill3) {
  switch (c.kind) {
    case "exists": {
      const v = atJsonPath(json(), c.steps);
      return v !== void 0 && v !== null;
    }
    case "equals":
      return atJsonPath(json(), c.steps) === (typeof c.value === "string" ? fill3(c.value) : c.value);
    case "contains":
      return (a.body ?? "").includes(fill3(c.text));
    case "max_latency":
      return a.latencyUs <= c.maxUs;
  }
}
function gotText(got, expected) {
  if (got === void 0) return "got nothing there";
  if (got === null) return "got null";
  const kind = Array.isArray(got) ? "a list" : typeof got === "object" ? "an object" : void 0;
  if (kind) return `got ${kind}`;
  if (typeof got === "string") return typeof expected === "string" ? "got another string" : "got a string";
  const shown = String(got).slice(0, 20);
  return typeof got === typeof expected ? `got ${shown}` : `got the ${typeof got} ${shown}`;
}
function captured(c, a, json) {
  if (c.from === "header") {
    for (let i = 0; i < a.headers.length; i += 2)
      if (a.headers[i].toLowerCase() === c.header) return a.headers[i + 1];
    return void 0;
  }
  if (c.from === "regex") return regex(c.source).exec(a.body ?? "")?.[c.group];
  const v = atJsonPath(json(), c.steps);
  if (v === void 0 || v === null) return void 0;
  return typeof v === "string" ? v : JSON.stringify(v);
}

// src/engine/session/user-cookies.ts
import { Cookie, CookieJar } from "tough-cookie";
var MAX_DATE_MS = 864e13;
var UserCookies = class {
  jar = new CookieJar(void 0, { looseMode: true });
  /** no cookie was ever stored: most requests of a cookie-less service skip the lookup */
  empty = true;
  /** The Set-Cookie headers of an answer to `url`. */
  store(setCookies, url) {
    for (const header of setCookies) {
      const parsed = Cookie.parse(header, { loose: true });
      if (!parsed) continue;
      const cookie = this.jar.setCookieSync(expiresAtReceipt(parsed, Date.now()), url, { ignoreError: true });
      if (cookie) this.empty = false;
    }
  }
  /** Forgets every cookie: the user starts a new session (on_fail: login). */
  clear() {
    this.jar.removeAllCookiesSync();
    this.empty = true;
  }
  /** The Cookie header's value for a request to `url` ('' when none applies). */
  header(url) {
    return this.empty ? "" : this.jar.getCookieStringSync(url);
  }
};
function expiresAtReceipt(c, nowMs) {
  if (typeof c.maxAge !== "number") return c;
  c.expires = new Date(c.maxAge <= 0 ? 0 : Math.min(nowMs + c.maxAge * 1e3, MAX_DATE_MS));
  c.maxAge = null;
  return c;
}

// src/engine/session/virtual-user.ts
var MAX_BODY_BYTES = 1 << 20;
var VirtualUser = class {
  constructor(s) {
    this.s = s;
    const state = s.pool ? s.pool.take(() => newUser(s)) : newUser(s);
    this.values = state.values;
    this.loggedIn = state.loggedIn;
    if (state.jar) this.jar = state.jar;
    if (state.row) this.row = state.row;
  }
  s;
  values;
  jar;
  row;
  rowOfRequest;
  rowTaken = false;
  /** the journey of the running iteration, -1 between iterations */
  journey = -1;
  pos = 0;
  loggedIn;
  onceFailed = false;
  iterationUs = 0;
  iterationFailed = false;
  /** the endpoint in flight, its URL (for cookies) and what its answer said so far */
  ep = -1;
  url = "";
  body = [];
  bodyBytes = 0;
  wantBody = false;
  headers = [];
  pause = 0;
  sent = false;
  /** The cycle index of the request to send now (for journeys, its endpoint index). */
  next() {
    if (!this.sent) {
      this.sent = true;
      this.s.stats.users++;
    }
    const journeys = this.s.journeys;
    if (!journeys) return this.s.nextInCycle();
    if (this.journey < 0) {
      this.journey = this.s.nextJourney();
      const j = journeys[this.journey];
      this.pos = this.loggedIn.has(this.journey) ? j.once : 0;
      this.onceFailed = false;
      this.iterationUs = 0;
      this.iterationFailed = false;
    }
    return journeys[this.journey].steps[this.pos];
  }
  /** Whether the next request begins an iteration: under `--rps`, what the schedule starts. */
  get betweenIterations() {
    return !this.s.journeys || this.journey < 0;
  }
  /** The pause owed before the next request, in ms (taken: a second call gives 0). */
  takePause() {
    const p = this.pause;
    this.pause = 0;
    return p;
  }
  /** The bytes of request `cycleIndex`, for this user. */
  render(cycleIndex) {
    const ep = this.s.endpointOf(cycleIndex);
    this.ep = ep;
    this.rowTaken = false;
    this.body = [];
    this.bodyBytes = 0;
    this.headers = [];
    this.wantBody = readsBody(this.s.endpoints[ep].rules);
    const path = this.s.requests.path(ep, this);
    this.url = this.s.origin + path;
    return this.s.requests.render(ep, path, this, this.jar?.header(this.url) ?? "");
  }
  /** A value for `{{name}}`: captured by this user, else its data row's. */
  value(name) {
    const v = this.values.get(name);
    if (v !== void 0) return v;
    const c = this.s.columns.get(name);
    if (c === void 0) return void 0;
    if (this.row) return this.row[c];
    if (!this.rowTaken) {
      this.rowTaken = true;
      this.rowOfRequest = this.s.requestRow();
    }
    return this.rowOfRequest?.[c];
  }
  /**
   * `{{name}}` in a check's expected text: the answer's own captures first
   * (they are this user's values from now on), else this user's values.
   * Only names: the config refuses generators and names without a source here.
   */
  fillText = (text, captured2) => text.includes("{{") ? text.replace(
    /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g,
    (_, name) => captured2.find(([n3]) => n3 === name)?.[1] ?? this.value(name) ?? ""
  ) : text;
  onHeaders(headers) {
    this.headers = headers;
    if (!this.jar) return;
    const set = [];
    for (let i = 0; i < headers.length; i += 2)
      if (headers[i].length === 10 && headers[i].toLowerCase() === "set-cookie") set.push(headers[i + 1]);
    if (set.length > 0) this.jar.store(set, this.url);
  }
  onBody(chunk, start, length) {
    if (!this.wantBody || this.bodyBytes >= MAX_BODY_BYTES) return;
    const take = Math.min(length, MAX_BODY_BYTES - this.bodyBytes);
    this.body.push(Buffer.from(chunk.subarray(start, start + take)));
    this.bodyBytes += take;
  }
  /**
   * The answer came: its rules read it (captures, checks), and the user
   * moves on. Undefined when the step has no rules (the status decides).
   */
  answered(status, latencyUs, statusOk) {
    const ep = this.ep;
    const rules = this.s.endpoints[ep]?.rules;
    let verdict;
    if (rules) {
      verdict = readAnswer(
        rules,
        {
          status,
          headers: this.headers,
          ...this.wantBody ? { body: Buffer.concat(this.body).toString("utf8") } : {},
          latencyUs
        },
        this.fillText
      );
      for (const [name, value] of verdict.values) this.values.set(name, value);
      for (const r2 of verdict.results) this.s.stats.check(ep, r2.label, r2.passed);
    }
    this.body = [];
    const ok = verdict ? verdict.failed === void 0 && (verdict.statusChecked || statusOk) : statusOk;
    this.moveOn(ok, latencyUs);
    return verdict;
  }
  /** No answer came (a timeout, a closed connection): the step failed. */
  failed(latencyUs) {
    this.body = [];
    this.moveOn(false, latencyUs);
  }
  moveOn(ok, latencyUs) {
    const rules = this.s.endpoints[this.ep]?.rules;
    if (rules?.think) {
      const { minSec, maxSec } = rules.think;
      this.pause = (minSec + this.s.random() * (maxSec - minSec)) * 1e3;
    }
    const journeys = this.s.journeys;
    if (!journeys || this.journey < 0) return;
    const j = journeys[this.journey];
    const once2 = this.pos < j.once;
    if (once2) {
      this.onceFailed ||= !ok;
      if (this.onceFailed && (this.pos + 1 === j.once || !ok && rules?.onFail !== "continue"))
        this.s.stats.onceFailed(this.journey);
    } else {
      this.iterationUs += latencyUs;
      this.iterationFailed ||= !ok;
    }
    this.pos++;
    if (this.pos === j.once && !this.onceFailed) this.loggedIn.add(this.journey);
    if (!ok && rules && rules.onFail !== "continue") {
      if (!once2) this.s.stats.iteration(this.journey, this.iterationUs, "restarted");
      if (rules.onFail === "login") this.forgetSession();
      this.journey = -1;
    } else if (this.pos === j.steps.length) {
      this.s.stats.iteration(this.journey, this.iterationUs, this.iterationFailed ? "failed" : "ok");
      this.journey = -1;
    }
  }
  /**
   * A new session for the same person: captured values and cookies go, the
   * data row (its credentials) stays, and every journey's once-steps run again.
   */
  forgetSession() {
    this.values.clear();
    this.jar?.clear();
    this.loggedIn.clear();
  }
};
function newUser(s) {
  const row = s.userRow();
  return {
    values: /* @__PURE__ */ new Map(),
    loggedIn: /* @__PURE__ */ new Set(),
    ...s.cookies ? { jar: new UserCookies() } : {},
    ...row ? { row } : {}
  };
}

// src/engine/load-connections.ts
var GROWTH_COOLDOWN_MS = 50;
var SHORTAGE_MS = 5;
var CONNECT_WAIT_MS = 1e3;
var LoadConnections = class {
  constructor(setup) {
    this.setup = setup;
  }
  setup;
  handles = [];
  instances = [];
  /** autocannon instances started and not yet finished */
  unfinished = 0;
  /** connections opened: the users the load runs with */
  opened = 0;
  growthTimer;
  get running() {
    return this.unfinished;
  }
  get users() {
    return this.opened;
  }
  /** Some connection has a request in flight. */
  busy() {
    return this.handles.some((c) => c.busy());
  }
  stopAll() {
    for (const i of this.instances) i.stop();
  }
  /** A paced run's first connections, opened and waited for (at most CONNECT_WAIT_MS). */
  async openFirst(users) {
    this.add(users);
    this.opened = users;
    await Promise.race([
      Promise.all(this.handles.map((c) => c.connected)),
      new Promise((r2) => setTimeout(r2, CONNECT_WAIT_MS))
    ]);
  }
  /** A stage's users: connections are added up to them, never closed. */
  raiseTo(users) {
    this.add(users - this.opened);
    this.opened = Math.max(this.opened, users);
  }
  /**
   * A paced request found no free connection. Connections busy for a moment
   * (a GC pause, a slow response) free up within milliseconds, and opening
   * more then only costs the generator time: more (doubling, up to maxUsers)
   * open only when requests are still waiting SHORTAGE_MS later.
   */
  grow() {
    const max = this.setup.plan.maxUsers ?? 0;
    if (this.growthTimer || this.opened >= max || !this.setup.mayGrow()) return;
    this.growthTimer = setTimeout(() => {
      this.growthTimer = void 0;
      if (this.setup.waiting() > 0) this.openMore(max);
    }, SHORTAGE_MS);
  }
  stopGrowing() {
    clearTimeout(this.growthTimer);
  }
  openMore(max) {
    if (this.opened >= max || !this.setup.mayGrow()) return;
    const add = Math.min(max - this.opened, Math.max(1, this.opened));
    this.add(add);
    this.opened += add;
    this.growthTimer = setTimeout(() => this.growthTimer = void 0, GROWTH_COOLDOWN_MS);
  }
  add(count2) {
    if (count2 <= 0) return;
    const { plan, renderer, hooks, sending, session } = this.setup;
    const secure = plan.target.baseUrl.startsWith("https:");
    this.unfinished++;
    const instance = autocannon(
      {
        url: plan.target.baseUrl,
        connections: count2,
        // autocannon's own clock is only a backstop; we end the run ourselves
        duration: this.setup.totalSec + plan.timeoutSec + 5,
        // autocannon checks its stop flag once per sample interval
        sampleInt: 100,
        // autocannon refuses timeouts under 1 s; the exact value is set per client below
        timeout: Math.max(1, Math.ceil(plan.timeoutSec)),
        pipelining: 1,
        requests: this.setup.requests,
        setupClient: ((client) => {
          client.timeout = plan.timeoutSec * 1e3;
          if (secure) verifyClientTls(client, plan.target.tls ?? VERIFIED_TLS);
          const backoff = new ReconnectBackoff();
          this.handles.push(
            recordConnection(client, {
              ...hooks,
              // aborted: send nothing new while autocannon gets round to stopping (once per sample interval);
              // waiting to reconnect to a target that refused: no socket to send on
              maySend: () => sending() && !backoff.waiting && !renderer.exhausted,
              renderer,
              ...session ? { user: new VirtualUser(session) } : {}
            })
          );
          backoff.install(client);
          skipAutocannonBookkeeping(client);
        }),
        skipAggregateResult: true
      },
      (err) => {
        this.unfinished--;
        if (err) this.stopAll();
        this.setup.onInstanceEnd(err);
      }
    );
    this.instances.push(instance);
  }
};
function skipAutocannonBookkeeping(client) {
  const ours = new Set(client.listeners("response"));
  process.nextTick(() => {
    for (const l of client.listeners("response")) {
      if (!ours.has(l)) client.removeListener("response", l);
    }
  });
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
var NEVER_SENT = /* @__PURE__ */ new Set(["connection_refused", "dns", "tls"]);
var Recorder = class {
  constructor(epochMs) {
    this.epochMs = epochMs;
  }
  epochMs;
  chunks = [];
  n = 0;
  errors = [];
  errorIds = /* @__PURE__ */ new Map();
  /** by error id − 1: a failure of the connection, before the request could leave */
  neverSent = [];
  /**
   * Paced runs only: how long each request waited past its due time before it
   * was sent (µs). Its sendUs is then the due time and its latency counts from
   * there (coordinated omission corrected); latency − wait is the service time.
   */
  waits;
  get length() {
    return this.n;
  }
  /** Appends one request; returns its index. */
  add(sendUs, latencyUs, endpoint3, status, errorId, bytes2, stage3 = 0, waitUs = 0) {
    const i = this.n;
    const c = i >>> 16;
    const j = i & CHUNK - 1;
    if (c === this.chunks.length) this.chunks.push(new Chunk());
    const chunk = this.chunks[c];
    chunk.sendUs[j] = sendUs;
    chunk.latencyUs[j] = latencyUs > 4294967295 ? 4294967295 : latencyUs;
    chunk.bytes[j] = bytes2 > 4294967295 ? 4294967295 : bytes2;
    chunk.endpoint[j] = endpoint3;
    chunk.status[j] = status;
    chunk.error[j] = errorId;
    chunk.stage[j] = stage3;
    if (waitUs > 0 || this.waits) {
      this.waits ??= [];
      while (this.waits.length <= c) this.waits.push(new Uint32Array(CHUNK));
      this.waits[c][j] = waitUs > 4294967295 ? 4294967295 : waitUs;
    }
    this.n = i + 1;
    return i;
  }
  /** Interns an error (type, message) pair and returns the id to store with `add`. */
  errorId(type, message) {
    const key = `${type}\0${message}`;
    let id = this.errorIds.get(key);
    if (id === void 0) {
      this.errors.push({ type, message });
      this.neverSent.push(NEVER_SENT.has(type));
      id = this.errors.length;
      if (id > 65535) {
        return this.errorId(type, "other error messages");
      }
      this.errorIds.set(key, id);
    }
    return id;
  }
  /**
   * Like `errorId`, for a type whose messages carry a varying detail (a
   * Retry-After value): after `max` distinct messages of the type, the others
   * share `fallback`, so a server that counts down cannot flood the report.
   */
  boundedErrorId(type, message, max, fallback) {
    const id = this.errorIds.get(`${type}\0${message}`);
    if (id !== void 0) return id;
    const seen = this.errors.reduce((n3, e) => e.type === type ? n3 + 1 : n3, 0);
    return this.errorId(type, seen < max ? message : fallback);
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
  /** µs request i waited past its due time before it was sent (0 unless paced). */
  waitUs(i) {
    const w = this.waits?.[i >>> 16];
    return w ? w[i & CHUNK - 1] : 0;
  }
  /**
   * Whether request i went out: not when its connection failed before it
   * could (refused, no DNS answer, TLS refused), nor when it was a paced
   * request dropped unsent (recorded with all of its latency as wait).
   */
  wasSent(i) {
    const e = this.errorIdAt(i);
    if (e !== 0 && this.neverSent[e - 1]) return false;
    const w = this.waitUs(i);
    return w === 0 || this.latencyUs(i) > w;
  }
  /** Whether any request waited past its due time (then latencies and service times differ). */
  get hasWaits() {
    return this.waits !== void 0;
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
  /** Latencies in µs of records [from, to), copied into one array (for sorting; 4 bytes a request). */
  latencies(from = 0, to = this.n) {
    const out = new Uint32Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = this.latencyUs(i);
    return out;
  }
  /**
   * Service times in µs (from the actual send, not the due time) of the
   * requests in [from, to) that were sent: a paced request dropped unsent has
   * no service time (its whole latency is wait).
   */
  serviceTimes(from = 0, to = this.n, into) {
    const out = into && into.length >= to - from ? into : new Uint32Array(to - from);
    let k = 0;
    for (let i = from; i < to; i++) if (this.wasSent(i)) out[k++] = this.latencyUs(i) - this.waitUs(i);
    return k === out.length ? out : out.subarray(0, k);
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
    const held = this.chunks.filter((c) => c !== void 0).length;
    return held * CHUNK * BYTES_PER_RECORD + (this.waits?.filter((w) => w !== void 0).length ?? 0) * CHUNK * 4;
  }
  /**
   * Frees the columns of records before `index` (whole chunks only): a
   * worker thread keeps no copy of what it sent on. Reading a released
   * record afterwards is a bug, and throws.
   */
  release(index) {
    const whole = Math.min(index, this.n) >>> 16;
    for (let c = 0; c < whole; c++) {
      this.chunks[c] = void 0;
      if (this.waits && c < this.waits.length) this.waits[c] = void 0;
    }
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
  return smoothWeightedOrder(endpoints.map((e) => e.weight)).map((best) => {
    const ep = endpoints[best];
    return {
      method: ep.method,
      path: ep.path,
      headers: withUserAgent(ep.headers),
      body: ep.body,
      ep: best
    };
  });
}
function smoothWeightedOrder(weights) {
  const divisor = weights.reduce(gcd);
  const w = weights.map((x) => x / divisor);
  const total = w.reduce((a, b) => a + b, 0);
  const current = w.map(() => 0);
  const order = [];
  for (let n3 = 0; n3 < total; n3++) {
    let best = 0;
    for (let i = 0; i < w.length; i++) {
      current[i] += w[i];
      if (current[i] > current[best]) best = i;
    }
    current[best] -= total;
    order.push(best);
  }
  return order;
}
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
var CycleCursor = class {
  constructor(length, start = 0) {
    this.length = length;
    this.position = (start % length + length) % length;
  }
  length;
  position;
  /** The index in the cycle of the next request to send; moves on. */
  next() {
    const at = this.position;
    this.position = (at + 1) % this.length;
    return at;
  }
  /** Where the next request will be taken from. */
  get at() {
    return this.position;
  }
};

// src/engine/request-renderer.ts
init_http_grammar();

// src/config/resolve.ts
init_drift();
init_errors();
import { basename as basename4, dirname as dirname2, resolve as resolve2 } from "node:path";

// src/config/interpolate.ts
init_errors();
init_http_grammar();
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

// src/config/resolve.ts
init_http_grammar();
init_json_path();
init_template();

// src/config/secrets.ts
init_http_grammar();
init_template();
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

// src/config/resolve-journeys.ts
init_journey_order();
function resolveJourneys(configs, fill3) {
  const endpoints = [];
  const journeys = configs.map((j, ji) => {
    const at = `journeys[${ji}]`;
    const steps = j.steps.map((step, si) => {
      const where = `${at}.steps[${si}]`;
      const name = stepName(step, si);
      const rules = stepRules(step, { think: j.think, on_fail: j.on_fail });
      endpoints.push({
        ...fill3(step, where),
        name: `${j.name}/${name}`,
        weight: 1,
        journey: j.name,
        step: name,
        ...step.thresholds ? { thresholds: step.thresholds } : {},
        ...rules ? { rules } : {}
      });
      return endpoints.length - 1;
    });
    const once2 = j.steps.filter((s) => s.once).length;
    return {
      name: j.name,
      weight: j.weight,
      steps,
      once: once2,
      ...j.thresholds ? { thresholds: j.thresholds } : {}
    };
  });
  return { journeys, endpoints };
}

// src/config/resolve.ts
function resolveTarget(config2, service, baseUrlOverride) {
  const byUrl = urlService(service);
  if (byUrl) {
    const target = resolveTarget(
      { ...config2, services: { ...config2.services, [byUrl.name]: byUrl.config } },
      byUrl.name,
      baseUrlOverride
    );
    return { ...target, fromUrl: byUrl.url.href };
  }
  const svc = config2.services[service];
  if (!svc) {
    const known = Object.keys(config2.services).sort().join(", ");
    const hint = /[:/]/.test(service) ? `; a URL needs its scheme: http://${service.replace(/^\/+/, "")}` : config2.source ? "" : "; no config file was given: pass --config perf-gate.yml (the action: config), or a URL such as http://localhost:8080/health";
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
  const where = `${config2.source ? basename4(config2.source) + " " : ""}services.${service}`;
  const secrets = [...config2.secrets];
  const serviceHeaders = interpolateHeaders(svc.headers ?? {}, config2.env, `${where}.headers`, secrets);
  const fill3 = (ep, at) => {
    const request = toRequest(withEnv(ep, config2.env, at, secrets), prefix, serviceHeaders);
    secrets.push(...requestCredentials(request));
    return request;
  };
  const journeys = svc.journeys && resolveJourneys(svc.journeys, (step, at) => fill3(step, `${where}.${at}`));
  const endpoints = journeys?.endpoints ?? (svc.endpoints ?? []).map((ep, i) => {
    const rules = stepRules(ep);
    return {
      ...fill3(ep, `${where}.endpoints[${i}]`),
      weight: ep.weight,
      thresholds: ep.thresholds,
      ...rules ? { rules } : {}
    };
  });
  if (endpoints.length === 0)
    throw new InputError(`services.${service}.endpoints`, "needs at least one endpoint (or journeys)");
  const setup = (svc.setup ?? []).map((req, i) => {
    const field = `${where}.setup[${i}]`;
    const { thresholds: _, ...request } = toRequest(withEnv(req, config2.env, field, secrets), prefix, {});
    secrets.push(...requestCredentials(request));
    const capture2 = Object.fromEntries(
      Object.entries(req.capture ?? {}).map(([name, path]) => [
        name,
        { path, steps: parseJsonPath(path) }
      ])
    );
    return { ...request, capture: capture2, field, serviceHeaders };
  });
  const workload = {
    setup,
    ...svc.data ? {
      data: {
        path: resolve2(config2.source ? dirname2(config2.source) : ".", svc.data.file),
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
    thresholds: { ...config2.thresholds, ...svc.thresholds ?? {} },
    secrets: [...new Set(secrets)].filter((v) => v.length > 0),
    tls: config2.tls,
    drift: resolveDrift(config2.drift, svc.drift),
    ...svc.rps ? { rps: svc.rps } : {},
    ...svc.csv ?? config2.csv ? { csv: svc.csv ?? config2.csv } : {},
    ...journeys ? { journeys: journeys.journeys } : {},
    ...svc.cookies ?? journeys !== void 0 ? { cookies: true } : {},
    ...setup.length > 0 || workload.data || workload.warmupSec ? { workload } : {},
    ...config2.source && config2.fieldLines && config2.fileServices.includes(service) ? { source: { file: basename4(config2.source), lines: serviceLines(config2.fieldLines, service) } } : {}
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
function setupHeaders(step, captured2) {
  const inherited = Object.entries(step.serviceHeaders).filter(
    ([, v]) => !hasPlaceholder(v) || valueNames(parseTemplate(v, step.field)).every((n3) => captured2.includes(n3))
  );
  const own = new Set(Object.keys(step.headers).map((h) => h.toLowerCase()));
  return { ...Object.fromEntries(inherited.filter(([k]) => !own.has(k.toLowerCase()))), ...step.headers };
}

// src/engine/request-renderer.ts
init_template();

// src/engine/data-feed.ts
var WHOLE = Object.freeze({ index: 0, of: 1 });
function subPart(outer, index, of) {
  const o = outer ?? WHOLE;
  return { index: o.index + o.of * index, of: o.of * of };
}
var DataFeed = class {
  constructor(data, part = WHOLE, alreadyTaken = 0, random = Math.random) {
    this.data = data;
    this.part = part;
    this.random = random;
    const mine = data.rows.filter((_, i) => i % part.of === part.index);
    this.rows = data.order === "per_user" ? data.rows : mine.length > 0 || data.order === "unique" ? mine : data.rows;
    this.taken = alreadyTaken;
    this.exhausted = this.taken >= this.rows.length && data.order === "unique";
  }
  data;
  part;
  random;
  /** this share's rows, in the order `takeIndex` counts them */
  rows;
  /** rows taken so far, an earlier run's included (sequence: the next one's index, before wrapping) */
  taken;
  /** set once a `unique` feed has handed out its last row */
  exhausted;
  /** The next row; a `unique` feed past its end returns the last one again (callers stop first). */
  take() {
    return this.rows[this.takeIndex()];
  }
  /** The next row's index in `rows` (the renderer keeps each column's values ready-encoded by index). */
  takeIndex() {
    const n3 = this.rows.length;
    this.taken++;
    if (this.data.order === "random") return Math.floor(this.random() * n3);
    if (this.data.order === "sequence") return (this.taken - 1) % n3;
    if (this.data.order === "per_user") return (this.part.index + this.part.of * (this.taken - 1)) % n3;
    this.exhausted = this.taken >= n3;
    return Math.min(this.taken - 1, n3 - 1);
  }
  get size() {
    return this.rows.length;
  }
};

// src/engine/request-template.ts
var request_template_exports = {};
__export(request_template_exports, {
  append: () => append,
  compileBody: () => compileBody,
  emptyCompiled: () => emptyCompiled,
  layHead: () => layHead,
  raw: () => raw,
  requestBytes: () => requestBytes2,
  slotValue: () => slotValue
});
import { randomUUID } from "node:crypto";
init_template();
var raw = (v) => v;
var emptyCompiled = () => ({ parts: [""], slots: [] });
function append(c, text, encode, columns = []) {
  const t = hasPlaceholder(text) ? parseTemplate(text, "request") : { parts: [text], slots: [] };
  c.parts[c.parts.length - 1] += t.parts[0];
  t.slots.forEach((slot, i) => {
    c.slots.push({ slot, encode, column: slot.kind === "value" ? columns.indexOf(slot.name) : -1 });
    c.parts.push(t.parts[i + 1]);
  });
}
function layHead(e, host, put, aside = () => false) {
  const headers = withUserAgent(e.headers);
  put(" HTTP/1.1\r\n", raw);
  const names = Object.keys(headers).map((h) => h.toLowerCase());
  if (!names.includes("host")) put(`Host: ${host}\r
`, raw);
  put("Connection: keep-alive\r\n", raw);
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === "content-length" || aside(lower, value)) continue;
    put(`${name}: `, raw);
    put(value, raw);
    put("\r\n", raw);
  }
}
function compileBody(e, columns = []) {
  if (e.body === void 0 || e.body.length === 0) return void 0;
  const body = emptyCompiled();
  append(body, e.body, e.jsonBody ? jsonEscape2 : raw, columns);
  return body;
}
function requestBytes2(head, body) {
  if (body === void 0) return Buffer.from(head + "\r\n");
  return Buffer.from(`${head}Content-Length: ${Buffer.byteLength(body)}\r
\r
${body}`);
}
function slotValue(slot, seq) {
  switch (slot.kind) {
    case "value":
      return "";
    case "randomInt":
      return String(slot.min + Math.floor(Math.random() * (slot.max - slot.min + 1)));
    case "uuid":
      return randomUUID();
    case "seq":
      return seq;
    case "timestamp":
      return String(Date.now());
  }
}

// src/engine/request-renderer.ts
var MAX_CACHED_ROWS = 2e5;
function onlyData(d) {
  return [...d.head.slots, ...d.body?.slots ?? []].every((s) => s.slot.kind === "value");
}
var RequestRenderer = class {
  /** the endpoints with captured values written in (what autocannon prebuilds) */
  endpoints;
  /** by endpoint index; undefined where the request never changes */
  dynamic;
  feed;
  data;
  takenBefore;
  dataFile;
  dataRows;
  part;
  sent = 0;
  constructor(endpoints, host, inputs) {
    const values = inputs?.values ?? {};
    this.part = inputs?.part ?? WHOLE;
    const columns = inputs?.data?.columns ?? [];
    this.endpoints = endpoints.map((e) => bindEndpoint(e, values));
    this.dynamic = this.endpoints.map((e) => compile(e, host, columns));
    if (inputs?.data && this.dynamic.some((d) => d?.readsRow)) {
      const feed = new DataFeed(inputs.data, this.part, inputs.taken?.[0]);
      this.feed = feed;
      for (const d of this.dynamic)
        for (const s of [...d?.head.slots ?? [], ...d?.body?.slots ?? []])
          if (s.column >= 0) s.ready = feed.rows.map((row) => s.encode(row[s.column] ?? ""));
      for (const d of this.dynamic) if (d && onlyData(d) && feed.rows.length <= MAX_CACHED_ROWS) d.byRow = [];
    }
    this.data = inputs?.data;
    this.takenBefore = inputs?.taken?.[0];
    this.dataFile = inputs?.data?.file;
    this.dataRows = inputs?.data?.rows.length ?? 0;
  }
  /** Rows used so far, those of an earlier run (`taken`) included. */
  get taken() {
    return this.feed?.taken ?? 0;
  }
  /** Whether endpoint `ep` is rendered per send (else its prebuilt buffer is sent). */
  isDynamic(ep) {
    return this.dynamic[ep] !== void 0;
  }
  /** A `unique` data file has no row left: nothing more may be sent. */
  get exhausted() {
    return this.feed?.exhausted ?? false;
  }
  /** Why the run ended once a `unique` file ran out of rows. */
  exhaustedNote() {
    const rows = this.dataRows;
    return `every row of ${this.dataFile} was used once (${rows.toLocaleString("en-US")} row${rows === 1 ? "" : "s"}, order: unique)`;
  }
  /**
   * A whole data row, for a virtual user: its own for its life (`per_user`)
   * or one request's; undefined without a data file.
   */
  takeRow() {
    if (!this.data) return void 0;
    this.feed ??= new DataFeed(this.data, this.part, this.takenBefore);
    return this.feed.take();
  }
  /** The bytes of one request of endpoint `ep`, every placeholder filled. */
  render(ep) {
    const d = this.dynamic[ep];
    const row = d.readsRow ? this.feed.takeIndex() : -1;
    if (d.byRow) return d.byRow[row] ??= this.build(d, row, "");
    const seq = d.readsSeq ? String(this.part.index + 1 + this.part.of * this.sent++) : "";
    return this.build(d, row, seq);
  }
  build(d, row, seq) {
    return requestBytes2(fill(d.head, row, seq), d.body && fill(d.body, row, seq));
  }
};
function fillOnce(e, values) {
  const b = bindEndpoint(e, values);
  const once2 = (text, encode) => {
    if (!hasPlaceholder(text)) return text;
    const c = emptyCompiled();
    append(c, text, encode);
    return fill(c, -1, "1");
  };
  return {
    path: once2(b.path, encodePathComponent),
    headers: Object.fromEntries(Object.entries(withUserAgent(b.headers)).map(([k, v]) => [k, once2(v, raw)])),
    ...b.body !== void 0 ? { body: once2(b.body, e.jsonBody ? jsonEscape2 : raw) } : {}
  };
}
function bindEndpoint(e, values) {
  const bind = (text, encode) => {
    if (!hasPlaceholder(text)) return text;
    const t = parseTemplate(text, e.name);
    const encoded = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, encode(v)]));
    return joinTemplate(bindValues(t, encoded));
  };
  return {
    ...e,
    path: bind(e.path, encodePathComponent),
    headers: Object.fromEntries(Object.entries(e.headers).map(([k, v]) => [k, bind(v, raw)])),
    ...e.body !== void 0 ? { body: bind(e.body, e.jsonBody ? jsonEscape2 : raw) } : {}
  };
}
function joinTemplate(t) {
  return t.parts.reduce((text, part, i) => text + part + (i < t.slots.length ? slotText(t.slots[i]) : ""), "");
}
function slotText(s) {
  return s.kind === "value" ? `{{${s.name}}}` : s.kind === "randomInt" ? `{{randomInt ${s.min} ${s.max}}}` : `{{${s.kind}}}`;
}
function compile(e, host, columns) {
  const headers = withUserAgent(e.headers);
  const dynamicBody = e.body !== void 0 && hasPlaceholder(e.body);
  if (!hasPlaceholder(e.path) && !dynamicBody && !Object.values(headers).some(hasPlaceholder))
    return void 0;
  const head = emptyCompiled();
  const add = (text, encode) => append(head, text, encode, columns);
  add(`${e.method} `, raw);
  add(e.path, encodePathComponent);
  layHead(e, host, add);
  const body = compileBody(e, columns);
  const slots = [...head.slots, ...body?.slots ?? []];
  return {
    head,
    body,
    readsRow: slots.some((s) => s.slot.kind === "value"),
    readsSeq: slots.some((s) => s.slot.kind === "seq")
  };
}
function fill(c, row, seq) {
  let out = c.parts[0];
  for (let i = 0; i < c.slots.length; i++) {
    const s = c.slots[i];
    out += (s.ready ? s.ready[row] : slotValue(s.slot, seq)) + c.parts[i + 1];
  }
  return out;
}

// src/engine/progress.ts
import { quickselect } from "simple-statistics";
function windowStats(recorder, from, to) {
  let errors = 0;
  let unsent = 0;
  for (let i = from; i < to; i++) {
    if (recorder.errorIdAt(i) === 0) continue;
    errors++;
    if (!recorder.wasSent(i)) unsent++;
  }
  let p95Us = 0;
  if (to > from) {
    const lat = recorder.latencies(from, to);
    const k = Math.min(lat.length - 1, Math.ceil(0.95 * lat.length) - 1);
    quickselect(lat, k);
    p95Us = lat[k];
  }
  return { count: to - from, sent: to - from - unsent, errors, p95Us };
}

// src/engine/run-feed.ts
var RunFeed = class {
  constructor(recorder, hooks) {
    this.recorder = recorder;
    this.hooks = hooks;
    this.ticked = this.flushed = recorder.length;
  }
  recorder;
  hooks;
  /** records already counted in progress, and failures among them */
  ticked;
  errorsSoFar = 0;
  /** seconds of load when the last window ended */
  windowEnd = 0;
  /** records already handed to `onRecords`, and the chain of those calls */
  flushed;
  flushing = Promise.resolve();
  tick(at) {
    const to = this.recorder.length;
    this.window(to, at.elapsedSec);
    const w = windowStats(this.recorder, this.ticked, to);
    this.errorsSoFar += w.errors;
    this.ticked = to;
    this.hooks.onProgress?.({
      ...at,
      requests: to,
      rps: w.sent,
      p95Ms: w.p95Us / 1e3,
      errors: this.errorsSoFar
    });
    this.flush();
  }
  /** Hands on the records since the last call; settles when they (and every batch before) were taken. */
  flush() {
    const to = this.recorder.length;
    if (!this.hooks.onRecords || to === this.flushed) return this.flushing;
    const from = this.flushed;
    this.flushed = to;
    this.flushing = this.flushing.then(async () => {
      await this.hooks.onRecords?.(this.recorder, from, to);
      if (this.hooks.releaseTaken) this.recorder.release(Math.min(this.ticked, to));
    });
    return this.flushing;
  }
  /**
   * Hands over what is left and waits until every batch was taken; `endSec`
   * (seconds of load at the run's end) hands the last window on too.
   */
  async drained(endSec) {
    if (endSec !== void 0) {
      const to = this.recorder.length;
      this.window(to, endSec);
      this.ticked = to;
    }
    this.flush();
    await this.flushing;
  }
  window(to, elapsedSec) {
    const seconds2 = elapsedSec >= this.windowEnd ? elapsedSec - this.windowEnd : elapsedSec;
    this.windowEnd = elapsedSec;
    this.hooks.onWindow?.(this.recorder, { from: this.ticked, to, seconds: seconds2 });
  }
};

// src/engine/pacer.ts
var MAX_PER_WAKEUP = 1e4;
var Pacer = class {
  constructor(o) {
    this.o = o;
    this.intervalUs = 1e6 / o.rate;
    this.startUs = o.startUs;
    this.phase = o.share?.index ?? 0;
    this.step = o.share?.of ?? 1;
    const whole = o.endUs === void 0 ? Infinity : Math.round((o.endUs - o.startUs) * o.rate / 1e6);
    this.total = Math.max(0, Math.ceil((whole - this.phase) / this.step));
  }
  o;
  intervalUs;
  next = 0;
  idle = [];
  isIdle = /* @__PURE__ */ new Set();
  /** due times of requests waiting for a connection, oldest first */
  backlog = [];
  backlogHead = 0;
  timer;
  running = false;
  sent = 0;
  late = 0;
  dropped = 0;
  droppedAtEnd = 0;
  startUs;
  /** requests the schedule holds */
  total;
  /** this pacer's requests are the schedule's phase, phase + step, phase + 2·step … */
  phase;
  step;
  /** Starts the schedule; `atUs` moves its start there, e.g. once connections are open. */
  start(atUs) {
    if (atUs !== void 0) this.startUs = atUs;
    this.running = true;
    this.wake();
  }
  /**
   * Lets every request due by now fall due at once, before the run stops
   * sending: the end timer may fire before the pacer's own last wake-up.
   */
  catchUp() {
    if (!this.running) return;
    const now = this.o.timers.nowUs();
    while (this.next < this.total && this.dueUs(this.next) <= now) this.fallDue(this.dueUs(this.next++));
  }
  /** No more requests fall due; those still waiting are dropped. Stopping twice is stopping once. */
  stop() {
    this.running = false;
    this.o.timers.clearTimeout(this.timer);
    while (this.waiting() > 0) this.drop(this.backlog[this.backlogHead++], "ended");
    this.backlog = [];
    this.backlogHead = 0;
  }
  /** A connection is free: it takes the oldest waiting request, or waits for the next due one. */
  ready(c) {
    if (this.isIdle.has(c)) return;
    const now = this.o.timers.nowUs();
    while (this.waiting() > 0) {
      const due = this.backlog[this.backlogHead++];
      if (now - due > this.o.dropAfterUs) {
        this.drop(due, "timeout");
        continue;
      }
      if (this.dispatch(c, due, true)) this.late++;
      return;
    }
    this.isIdle.add(c);
    this.idle.push(c);
  }
  /** Forget a connection (closed for good); it is no longer handed requests. */
  remove(c) {
    if (!this.isIdle.delete(c)) return;
    this.idle.splice(this.idle.indexOf(c), 1);
  }
  get stats() {
    return {
      rate: this.o.rate / this.step,
      due: this.next,
      sent: this.sent,
      late: this.late,
      dropped: this.dropped,
      droppedAtEnd: this.droppedAtEnd
    };
  }
  dueUs(k) {
    return this.startUs + (this.phase + k * this.step) * this.intervalUs;
  }
  waiting() {
    return this.backlog.length - this.backlogHead;
  }
  wake() {
    if (!this.running) return;
    const now = this.o.timers.nowUs();
    let n3 = 0;
    while (this.next < this.total && this.dueUs(this.next) <= now && n3++ < MAX_PER_WAKEUP)
      this.fallDue(this.dueUs(this.next++));
    if (this.next >= this.total) return;
    const ms2 = Math.max(0, (this.dueUs(this.next) - this.o.timers.nowUs()) / 1e3);
    this.timer = this.o.timers.setTimeout(() => this.wake(), ms2);
  }
  fallDue(due) {
    const c = this.idle.shift();
    if (c) {
      this.isIdle.delete(c);
      this.dispatch(c, due, false);
      return;
    }
    if (this.o.waitForConnection === false) return;
    if (this.backlogHead > 1024 && this.backlogHead * 2 > this.backlog.length) {
      this.backlog = this.backlog.slice(this.backlogHead);
      this.backlogHead = 0;
    }
    this.backlog.push(due);
    this.o.onShortage?.(this.waiting());
  }
  drop(due, why) {
    this.dropped++;
    if (why === "ended") this.droppedAtEnd++;
    this.o.onDrop?.(due, why);
  }
  /** Hands a request to a connection; one that may no longer send (the run is ending) drops it. */
  dispatch(c, due, late) {
    if (!c.send(late ? due : void 0)) {
      this.drop(due, "ended");
      return false;
    }
    this.sent++;
    return true;
  }
};

// src/engine/run-pacer.ts
function createRunPacer(c) {
  const { plan } = c;
  return new Pacer({
    rate: c.rps,
    share: plan.paceShare,
    startUs: c.startUs,
    endUs: c.startUs + c.totalSec * 1e6,
    dropAfterUs: plan.timeoutSec * 1e6,
    timers: {
      nowUs: c.clock.nowUs,
      setTimeout: (fn, ms2) => setTimeout(fn, ms2),
      clearTimeout: (h) => clearTimeout(h)
    },
    waitForConnection: plan.pacing !== "cap",
    onShortage: c.onShortage,
    onDrop: (due, why) => recordDropped(c, due, why)
  });
}
function recordDropped(c, dueUs, why) {
  if (why === "ended") return;
  const now = c.clock.nowUs();
  const ep = c.nextEndpoint();
  const id = c.recorder.errorId(
    "timeout",
    "not sent: no connection came free within the timeout (raise --max-users or lower --rps)"
  );
  c.recorder.add(dueUs, now - dueUs, ep, 0, id, 0, c.stage(), now - dueUs);
}

// src/engine/latency-hdr.ts
import {
  build,
  decodeFromCompressedBase64,
  encodeIntoCompressedBase64
} from "hdr-histogram-js";
function newHdr() {
  return build({
    bitBucketSize: 32,
    autoResize: true,
    lowestDiscernibleValue: 1,
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false
  });
}
function hdrOf(valuesUs) {
  const h = newHdr();
  for (let i = 0; i < valuesUs.length; i++) h.recordValue(valuesUs[i]);
  return h;
}
function encodeHdr(h) {
  return encodeIntoCompressedBase64(h);
}
function decodeHdr(text) {
  const h = decodeFromCompressedBase64(text, 32, false);
  h.autoResize = true;
  return h;
}

// src/engine/session/session-stats.ts
var SessionStats = class {
  constructor(journeyNames) {
    this.journeyNames = journeyNames;
    this.tallies = journeyNames.map(() => ({
      iterations: 0,
      failed: 0,
      restarted: 0,
      onceFailed: 0,
      hdr: newHdr()
    }));
  }
  journeyNames;
  tallies;
  checks = /* @__PURE__ */ new Map();
  users = 0;
  iteration(journey, durationUs, how) {
    const t = this.tallies[journey];
    if (how === "restarted") {
      t.restarted++;
      return;
    }
    t.iterations++;
    if (how === "failed") t.failed++;
    t.hdr.recordValue(Math.max(1, Math.round(durationUs)));
  }
  /** A user's once-steps failed: it is not logged in, and will send them again. */
  onceFailed(journey) {
    this.tallies[journey].onceFailed++;
  }
  check(endpoint3, label, passed) {
    const key = `${endpoint3}\0${label}`;
    let c = this.checks.get(key);
    if (!c) this.checks.set(key, c = { endpoint: endpoint3, label, passed: 0, failed: 0 });
    if (passed) c.passed++;
    else c.failed++;
  }
  summary() {
    return {
      journeys: this.journeyNames.map((name, i) => {
        const t = this.tallies[i];
        return {
          name,
          iterations: t.iterations,
          failed: t.failed,
          restarted: t.restarted,
          onceFailed: t.onceFailed,
          durationHdr: encodeHdr(t.hdr)
        };
      }),
      checks: [...this.checks.values()].map((c) => ({ ...c })),
      users: this.users
    };
  }
};
function mergeSessionSummaries(all) {
  if (all.length === 0) return void 0;
  if (all.length === 1) return all[0];
  const journeys = all[0].journeys.map((j, i) => {
    const hdr2 = newHdr();
    let iterations = 0;
    let failed = 0;
    let restarted = 0;
    let onceFailed = 0;
    for (const s of all) {
      const t = s.journeys[i];
      iterations += t.iterations;
      failed += t.failed;
      restarted += t.restarted;
      onceFailed += t.onceFailed;
      hdr2.add(decodeHdr(t.durationHdr));
    }
    return { name: j.name, iterations, failed, restarted, onceFailed, durationHdr: encodeHdr(hdr2) };
  });
  const checks3 = /* @__PURE__ */ new Map();
  for (const s of all)
    for (const c of s.checks) {
      const key = `${c.endpoint}\0${c.label}`;
      const had = checks3.get(key);
      if (had) {
        had.passed += c.passed;
        had.failed += c.failed;
      } else checks3.set(key, { ...c });
    }
  return { journeys, checks: [...checks3.values()], users: all.reduce((n3, s) => n3 + s.users, 0) };
}
function mergedSessions(outs) {
  const merged = mergeSessionSummaries(outs.flatMap((o) => o.sessions ? [o.sessions] : []));
  return merged ? { sessions: merged } : {};
}

// src/engine/session/step-requests.ts
init_http_grammar();
var { append: append2, compileBody: compileBody2, emptyCompiled: emptyCompiled2, layHead: layHead2, raw: raw2, requestBytes: requestBytes3, slotValue: slotValue2 } = request_template_exports;
var StepRequests = class {
  constructor(endpoints, host, part) {
    this.part = part;
    this.templates = endpoints.map((e) => compile2(e, host));
    const none = { value: () => void 0 };
    this.fixed = this.templates.map(
      (t, ep) => [t.path, t.head, t.body, t.cookie].every((p) => !p || p.slots.length === 0) ? this.render(ep, t.path.parts[0], none, "") : void 0
    );
  }
  part;
  templates;
  /** by endpoint: the bytes of a request with no placeholder, sent as they are while the user has no cookie */
  fixed;
  seq = 0;
  /** the `{{seq}}` of the request being rendered: one number however many slots read it */
  requestSeq;
  /** The request's path, every placeholder filled (the cookie jar matches on it); begins a request. */
  path(ep, source) {
    this.requestSeq = void 0;
    return fill2(this.templates[ep].path, source, this.nextSeq);
  }
  /** The bytes of the request `path` began, with that filled path and `cookie` ('' for none). */
  render(ep, path, source, cookie) {
    const fixed = this.fixed?.[ep];
    if (fixed && !cookie) return fixed;
    const t = this.templates[ep];
    let head = `${t.method} ${path}${fill2(t.head, source, this.nextSeq)}`;
    const own = t.cookie ? fill2(t.cookie, source, this.nextSeq) : "";
    const cookies = own && cookie ? `${own}; ${cookie}` : own || cookie;
    if (cookies) head += `Cookie: ${cookies}\r
`;
    return requestBytes3(head, t.body && fill2(t.body, source, this.nextSeq));
  }
  /** as the plain renderer: the request's number, taken when a slot first reads it */
  nextSeq = () => this.requestSeq ??= String(this.part.index + 1 + this.part.of * this.seq++);
};
function compile2(e, host) {
  const head = emptyCompiled2();
  let cookie;
  layHead2(
    e,
    host,
    (text, encode) => append2(head, text, encode),
    (name, value) => {
      if (name !== "cookie") return false;
      cookie = emptyCompiled2();
      append2(cookie, value, raw2);
      return true;
    }
  );
  const path = emptyCompiled2();
  append2(path, e.path, encodePathComponent);
  const body = compileBody2(e);
  return { method: e.method, path, head, ...body ? { body } : {}, ...cookie ? { cookie } : {} };
}
function fill2(p, source, seq) {
  let out = p.parts[0];
  for (let i = 0; i < p.slots.length; i++) {
    const { slot, encode } = p.slots[i];
    const v = slot.kind === "value" ? encode(source.value(slot.name) ?? "") : slotValue2(slot, slot.kind === "seq" ? seq() : "");
    out += v + p.parts[i + 1];
  }
  return out;
}

// src/engine/session/run-session.ts
function usesSessions(target, inputs) {
  return target.journeys !== void 0 || target.cookies === true || target.endpoints.some((e) => e.rules !== void 0) || inputs?.data?.order === "per_user";
}
function createSession(options) {
  const { target, renderer, requests, cycle, inputs, users } = options;
  users?.rewind();
  const journeys = target.journeys;
  const order = journeys ? smoothWeightedOrder(journeys.map((j) => j.weight)) : [0];
  const journeyCursor = new CycleCursor(order.length);
  const data = inputs?.data;
  const url = new URL(target.baseUrl);
  return {
    endpoints: renderer.endpoints,
    ...journeys ? { journeys } : {},
    nextJourney: () => order[journeyCursor.next()],
    nextInCycle: () => cycle.next(),
    endpointOf: (i) => requests[i].ep,
    requests: new StepRequests(renderer.endpoints, url.host, inputs?.part ?? WHOLE),
    origin: url.origin,
    cookies: target.cookies === true,
    columns: new Map((data?.columns ?? []).map((c, i) => [c, i])),
    userRow: () => data?.order === "per_user" ? renderer.takeRow() : void 0,
    requestRow: () => renderer.takeRow(),
    stats: new SessionStats((journeys ?? []).map((j) => j.name)),
    random: options.random ?? Math.random,
    ...users ? { pool: users } : {}
  };
}

// src/engine/stage-run.ts
var DRAIN_POLL_MS = 10;
var StageRun = class {
  constructor(plan, hooks) {
    this.plan = plan;
    this.hooks = hooks;
    this.clock = hooks.clock ?? createClock();
    this.recorder = hooks.recorder ?? new Recorder(this.clock.epochMs);
    this.renderer = new RequestRenderer(plan.target.endpoints, new URL(plan.target.baseUrl).host, plan.inputs);
    this.requests = requestCycle(this.renderer.endpoints);
    this.cycle = new CycleCursor(this.requests.length, plan.cycleStart);
    if (usesSessions(plan.target, plan.inputs))
      this.session = createSession({
        target: plan.target,
        renderer: this.renderer,
        requests: this.requests,
        cycle: this.cycle,
        inputs: plan.inputs,
        ...hooks.userPool ? { users: hooks.userPool } : {}
      });
    this.totalSec = plan.stages.reduce((a, s) => a + s.durationSec, 0);
    this.startUs = this.clock.nowUs();
    this.feed = new RunFeed(this.recorder, hooks);
    this.meter = new GeneratorMeter(hooks.cpu ?? (() => process.cpuUsage()));
    this.stage = this.stageStart(0);
    if (plan.rps)
      this.pacer = createRunPacer({
        plan,
        rps: plan.rps,
        startUs: this.startUs,
        totalSec: this.totalSec,
        clock: this.clock,
        recorder: this.recorder,
        nextEndpoint: () => this.droppedEndpoint(),
        stage: () => this.stage.index,
        onShortage: () => this.connections.grow()
      });
    this.connections = new LoadConnections({
      plan,
      totalSec: this.totalSec,
      requests: this.requests,
      renderer: this.renderer,
      ...this.session ? { session: this.session } : {},
      hooks: {
        recorder: this.recorder,
        nowUs: this.clock.nowUs,
        stage: () => this.stage.index,
        pacer: this.pacer,
        nextInCycle: () => this.cycle.next(),
        onExhausted: () => this.endEarly(this.renderer.exhaustedNote())
      },
      sending: () => !this.draining && this.abortReason === void 0,
      mayGrow: () => !(this.draining || this.abortReason),
      waiting: () => this.pacer?.waiting() ?? 0,
      onInstanceEnd: (err) => err ? this.fail(err) : this.settleWhenIdle()
    });
  }
  plan;
  hooks;
  clock;
  recorder;
  requests;
  cycle;
  renderer;
  totalSec;
  startUs;
  connections;
  timings = [];
  pacer;
  feed;
  meter;
  session;
  stage;
  draining = false;
  drainedAtUs;
  abortReason;
  stoppedEarly;
  stageTimer;
  drainPoll;
  ticker;
  settle;
  fail;
  over = new Promise((resolve4, reject) => {
    this.settle = resolve4;
    this.fail = reject;
  });
  /**
   * The endpoint a dropped request is filed under: the cycle's next, or for
   * journeys the first looped step of the next journey (the iteration that never started).
   */
  droppedEndpoint() {
    const journeys = this.session?.journeys;
    if (!journeys) return this.requests[this.cycle.next()].ep;
    const j = journeys[this.session.nextJourney()];
    return j.steps[j.once];
  }
  async run() {
    const onAbort = () => this.abort("stopped by signal");
    this.hooks.signal?.addEventListener("abort", onAbort, { once: true });
    this.meter.enable();
    this.ticker = setInterval(() => this.tick(), 1e3);
    try {
      if (this.hooks.signal?.aborted) onAbort();
      else if (this.pacer) await this.startPaced();
      else await this.startWhenReady(() => this.startStage(0));
      await this.over;
    } finally {
      clearInterval(this.ticker);
      clearInterval(this.drainPoll);
      clearTimeout(this.stageTimer);
      this.connections.stopGrowing();
      this.pacer?.stop();
      this.meter.disable();
      this.hooks.signal?.removeEventListener("abort", onAbort);
    }
    return this.outcome();
  }
  /**
   * A paced run's schedule starts once its first connections are open: due
   * requests that found them still connecting would count as late, and
   * the shortage would open connections it does not need.
   */
  async startPaced() {
    await this.connections.openFirst(this.plan.stages[0].users);
    await this.startWhenReady(() => {
      this.startStage(0);
      this.pacer.start(this.startUs);
    });
  }
  /** Starts the load once `hooks.ready` said so (at once without it), unless aborted meanwhile. */
  async startWhenReady(start) {
    if (this.abortReason) return;
    const at = this.hooks.ready ? await this.hooks.ready() : void 0;
    if (this.abortReason) return;
    this.startUs = at ?? this.clock.nowUs();
    start();
  }
  stageStart(index) {
    return {
      index,
      startUs: this.clock.nowUs(),
      firstRecord: this.recorder.length,
      cpu: this.meter.cpu()
    };
  }
  startStage(index) {
    this.stage = this.stageStart(index);
    this.meter.stageBegins();
    const { users, durationSec } = this.plan.stages[index];
    this.connections.raiseTo(users);
    this.stageTimer = setTimeout(() => this.endStage(), durationSec * 1e3);
    this.meter.stageSetUp();
  }
  endStage() {
    if (this.abortReason) return;
    const timing = this.timing(this.clock.nowUs(), true);
    this.timings.push(timing);
    const flushed = this.feed.flush();
    if (this.hooks.recordsBeforeStageEnd) {
      void flushed.then(() => this.decide(timing));
      return;
    }
    this.decide(timing);
  }
  decide(timing) {
    const decision = this.hooks.onStageEnd?.(timing, this.recorder, this.timings);
    if (!(decision instanceof Promise)) return this.afterStage(decision);
    decision.then(
      (reason) => {
        timing.endUs = this.clock.nowUs();
        this.afterStage(reason);
      },
      (err) => {
        this.abort(err.message);
      }
    );
  }
  afterStage(stopReason) {
    if (this.draining || this.abortReason) return;
    this.stoppedEarly ??= stopReason;
    const last = this.stage.index === this.plan.stages.length - 1;
    if (last) this.pacer?.catchUp();
    if (this.stoppedEarly || last) this.beginDrain();
    else this.startStage(this.stage.index + 1);
  }
  /**
   * The load cannot go on (a `unique` data file used up): the running stage
   * ends now, unjudged, and the run drains as at its end; it is complete, not partial.
   */
  endEarly(reason) {
    if (this.draining || this.abortReason) return;
    clearTimeout(this.stageTimer);
    const now = this.clock.nowUs();
    this.timings.push(this.timing(now, now - this.stage.startUs >= 1e6));
    this.stoppedEarly ??= reason;
    this.beginDrain();
  }
  /** The running stage's record; load figures only when it ran its course (an aborted stage gets zeros). */
  timing(endUs, measured) {
    return {
      index: this.stage.index,
      users: this.connections.users,
      startUs: this.stage.startUs,
      endUs,
      firstRecord: this.stage.firstRecord,
      ...this.meter.load(this.stage, endUs, measured)
    };
  }
  /** Send nothing new; stop as soon as nothing is in flight. */
  beginDrain() {
    if (this.draining) return;
    this.draining = true;
    this.pacer?.stop();
    this.settleWhenIdle();
    this.drainPoll = setInterval(() => {
      if (this.connections.busy()) return;
      this.drainedAtUs ??= this.clock.nowUs();
      this.connections.stopAll();
    }, DRAIN_POLL_MS);
  }
  abort(reason) {
    this.abortReason ??= reason;
    this.pacer?.stop();
    if (this.timings.length === this.stage.index) this.timings.push(this.timing(this.clock.nowUs(), false));
    this.connections.stopAll();
    this.settleWhenIdle();
  }
  /** The run is over once it is draining or aborted and no instance is left running. */
  settleWhenIdle() {
    if ((this.draining || this.abortReason) && this.connections.running === 0) this.settle();
  }
  /** Once a second: progress, and records out to `onRecords`. */
  tick() {
    this.feed.tick({
      elapsedSec: (this.clock.nowUs() - this.startUs) / 1e6,
      totalSec: this.totalSec,
      users: this.connections.users
    });
  }
  async outcome() {
    const endUs = this.drainedAtUs ?? this.clock.nowUs();
    const last = this.timings[this.timings.length - 1];
    if (last && last.endUs > endUs) last.endUs = endUs;
    await this.feed.drained((endUs - this.startUs) / 1e6);
    return {
      recorder: this.recorder,
      startedAtMs: this.clock.epochMs + this.startUs / 1e3,
      endedAtMs: this.clock.epochMs + endUs / 1e3,
      startUs: this.startUs,
      endUs,
      partial: this.abortReason !== void 0,
      abortReason: this.abortReason,
      stages: this.timings,
      stoppedEarly: this.stoppedEarly,
      ...this.renderer.taken > 0 ? { dataTaken: [this.renderer.taken] } : {},
      cycleNext: this.cycle.at,
      ...this.session ? { sessions: this.session.stats.summary() } : {},
      ...this.pacer && this.plan.pacing !== "cap" ? {
        pacing: {
          ...this.pacer.stats,
          maxUsers: Math.max(this.plan.maxUsers ?? 0, this.connections.users),
          usersReached: this.connections.users
        }
      } : {}
    };
  }
};

// src/engine/load-runner.ts
function runStages(plan, hooks = {}) {
  return new StageRun(plan, hooks).run();
}

// src/engine/thread-cpu.ts
import { readFileSync } from "node:fs";
var TICK_US = 1e4;
function threadCpuMeter() {
  const own = process.threadCpuUsage;
  if (typeof own === "function") return () => own.call(process);
  if (procThreadCpu() !== void 0) return () => procThreadCpu();
  return () => process.cpuUsage();
}
function procThreadCpu() {
  try {
    const stat6 = readFileSync("/proc/thread-self/stat", "utf8");
    const f = stat6.slice(stat6.lastIndexOf(")") + 2).split(" ");
    return { user: Number(f[11]) * TICK_US, system: Number(f[12]) * TICK_US };
  } catch {
    return void 0;
  }
}

// src/engine/workers/record-batch.ts
function appendBatch(recorder, b, errorIds) {
  b.errors.forEach((e, k) => errorIds[b.errorsFrom + k + 1] = recorder.errorId(e.type, e.message));
  for (let k = 0; k < b.sendUs.length; k++) {
    const id = b.error[k];
    recorder.add(
      b.sendUs[k],
      b.latencyUs[k],
      b.endpoint[k],
      b.status[k],
      id === 0 ? 0 : errorIds[id],
      b.bytes[k],
      b.stage[k],
      b.waitUs ? b.waitUs[k] : 0
    );
  }
}

// src/engine/workers/worker-share.ts
function share(n3, index, of) {
  return Math.floor(n3 / of) + (index < n3 % of ? 1 : 0);
}
function workerPlan(plan, index, of) {
  return {
    ...plan,
    stages: plan.stages.map((s) => ({ ...s, users: share(s.users, index, of) })),
    ...plan.maxUsers !== void 0 ? { maxUsers: share(plan.maxUsers, index, of) } : {},
    ...plan.rps !== void 0 ? { paceShare: { index, of } } : {},
    // data rows and {{seq}}: every `of`-th of this machine's share, so no two threads use the same
    ...plan.inputs ? {
      inputs: {
        ...plan.inputs,
        part: subPart(plan.inputs.part, index, of),
        ...plan.inputs.taken ? { taken: [plan.inputs.taken[index] ?? 0] } : {}
      }
    } : {}
  };
}
function workersFor(plan, asked) {
  return Math.max(1, Math.min(asked, ...plan.stages.map((s) => s.users)));
}

// src/engine/workers/run-on-workers.ts
function runOnWorkers(plan, count2, hooks, spawn) {
  return new WorkerRun(plan, count2, hooks, spawn).run();
}
var WorkerRun = class {
  constructor(plan, count2, hooks, spawn) {
    this.plan = plan;
    this.count = count2;
    this.hooks = hooks;
    this.spawn = spawn;
    this.clock = hooks.clock ?? createClock();
    this.recorder = hooks.recorder ?? new Recorder(this.clock.epochMs);
    this.feed = new RunFeed(this.recorder, hooks);
    this.totalSec = plan.stages.reduce((a, s) => a + s.durationSec, 0);
  }
  plan;
  count;
  hooks;
  spawn;
  clock;
  recorder;
  feed;
  totalSec;
  workers = [];
  /** the merged timings of the stages judged so far, as the stop policy reads them */
  judged = [];
  /** recorder.length when each stage began: no record of stage k exists before it was started */
  firstRecord = [0];
  startUs;
  stoppedEarly;
  failure;
  ticker;
  cpu = threadCpuMeter();
  cpuAtStart = this.cpu();
  settle;
  over = new Promise((r2) => this.settle = r2);
  async run() {
    const onAbort = () => this.broadcastAbort();
    this.hooks.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      for (let i = 0; i < this.count; i++) this.follow(i);
      if (this.hooks.signal?.aborted) onAbort();
      await this.over;
    } finally {
      clearInterval(this.ticker);
      this.hooks.signal?.removeEventListener("abort", onAbort);
      await Promise.all(this.workers.map((w) => w.handle.terminate().catch(() => 0)));
    }
    await this.feed.drained(
      this.startUs === void 0 ? void 0 : (this.clock.nowUs() - this.startUs) / 1e6
    );
    if (this.failure && !this.workers.some((w) => w.outcome)) throw this.failure;
    return this.outcome();
  }
  follow(index) {
    const plan = workerPlan(this.plan, index, this.count);
    const handle2 = this.spawn({
      plan,
      clock: { epochMs: this.clock.epochMs, originNs: this.clock.originNs }
    });
    const w = {
      handle: handle2,
      ready: false,
      // until its first report: the users it starts with
      users: plan.stages[0].users,
      errorIds: [0],
      reported: /* @__PURE__ */ new Set(),
      timings: [],
      gone: false
    };
    this.workers.push(w);
    handle2.on("message", (m) => this.onMessage(w, m));
    handle2.on("error", (err) => this.lost(w, err));
    handle2.on("exit", (code) => {
      if (!w.outcome) this.lost(w, new Error(`a load worker exited (code ${code}) before the run ended`));
    });
  }
  onMessage(w, m) {
    switch (m.type) {
      case "ready":
        w.ready = true;
        if (this.workers.length === this.count && this.workers.every((x) => x.ready)) this.start();
        return;
      case "records":
        appendBatch(this.recorder, m.batch, w.errorIds);
        w.users = m.users;
        return;
      case "stage-end":
        w.users = m.users;
        w.timings[m.timing.index] = m.timing;
        w.reported.add(m.timing.index);
        this.judge(m.timing.index);
        return;
      case "done":
        w.outcome = m.outcome;
        w.gone = true;
        this.judge(this.judged.length);
        this.settleWhenAllGone();
        return;
      case "failed":
        this.lost(w, new Error(m.message));
    }
  }
  /** Every worker started together, at one time on the shared clock. */
  start() {
    const atUs = this.clock.nowUs();
    this.startUs = atUs;
    for (const w of this.workers) w.handle.postMessage({ type: "start", atUs });
    this.ticker = setInterval(() => this.tick(), 1e3);
  }
  tick() {
    this.feed.tick({
      elapsedSec: (this.clock.nowUs() - (this.startUs ?? 0)) / 1e6,
      totalSec: this.totalSec,
      users: this.workers.reduce((a, w) => a + w.users, 0)
    });
  }
  /**
   * Stage `index` is judged once every worker still running has reported its
   * end (their records came first): the stop policy sees the whole stage, and
   * every worker then goes on to the next stage, or stops, together.
   */
  judge(index) {
    this.judgeWhenAllReported(index).catch((err) => {
      this.failure ??= err;
      this.broadcastAbort();
    });
  }
  async judgeWhenAllReported(index) {
    if (index !== this.judged.length || index >= this.plan.stages.length) return;
    const live = this.workers.filter((w) => !w.gone);
    if (!live.every((w) => w.reported.has(index))) return;
    const reported = this.workers.filter((w) => w.reported.has(index));
    if (reported.length === 0) return;
    const timing = this.mergedStage(index, reported);
    this.judged.push(timing);
    this.firstRecord[index + 1] = this.recorder.length;
    const stop = await this.hooks.onStageEnd?.(timing, this.recorder, this.judged);
    this.stoppedEarly ??= stop;
    for (const w of this.workers.filter((x) => !x.gone))
      w.handle.postMessage({ type: "stage", index, ...stop ? { stop } : {} });
  }
  /** The stage as judged now: its load runs on until every worker has the word. */
  mergedStage(index, live) {
    const reported = live.map((w) => w.timings[index]);
    return { ...this.combined(index, reported), endUs: this.clock.nowUs() };
  }
  /**
   * A worker that failed or died: the run cannot be whole, so every other
   * stops too, and what they recorded is kept as a partial run (as a signal's).
   */
  lost(w, err) {
    if (w.gone) return;
    w.gone = true;
    this.failure ??= err;
    this.broadcastAbort();
    this.settleWhenAllGone();
  }
  broadcastAbort() {
    for (const w of this.workers) if (!w.gone) w.handle.postMessage({ type: "abort" });
  }
  settleWhenAllGone() {
    if (this.workers.length === this.count && this.workers.every((w) => w.gone)) this.settle();
  }
  /** The workers' outcomes as one run's: the earliest start, the latest end, stages and pacing added up. */
  outcome() {
    const outs = this.workers.flatMap((w) => w.outcome ? [w.outcome] : []);
    const startUs = Math.min(...outs.map((o) => o.startUs));
    const endUs = Math.max(...outs.map((o) => o.endUs));
    const aborted = outs.find((o) => o.partial);
    const stageCount = Math.max(...outs.map((o) => o.stages.length));
    return {
      recorder: this.recorder,
      startedAtMs: this.clock.epochMs + startUs / 1e3,
      endedAtMs: this.clock.epochMs + endUs / 1e3,
      startUs,
      endUs,
      partial: aborted !== void 0 || this.failure !== void 0,
      abortReason: this.failure ? `a load worker failed: ${this.failure.message}` : aborted?.abortReason,
      stages: Array.from(
        { length: stageCount },
        (_, k) => this.combined(
          k,
          outs.map((o) => o.stages[k])
        )
      ),
      // a worker's own reason: its share of a `unique` data file was used up
      stoppedEarly: this.stoppedEarly ?? outs.find((o) => o.stoppedEarly)?.stoppedEarly,
      mainThreadCpuPercent: this.mainThreadCpu(endUs - (this.startUs ?? startUs)),
      ...outs.some((o) => o.dataTaken) ? { dataTaken: this.workers.map((w) => w.outcome?.dataTaken?.[0] ?? 0) } : {},
      ...outs[0].pacing ? { pacing: addPacing(outs.map((o) => o.pacing)) } : {},
      ...mergedSessions(outs)
    };
  }
  mainThreadCpu(wallUs) {
    const now = this.cpu();
    const used = now.user - this.cpuAtStart.user + now.system - this.cpuAtStart.system;
    return used / Math.max(1, wallUs) * 100;
  }
  /** Stage k of the whole run: every worker's users, the busiest worker's generator load. */
  combined(k, workers) {
    const ts = workers.filter((t) => t !== void 0);
    return {
      index: k,
      users: ts.reduce((a, t) => a + t.users, 0),
      startUs: Math.min(...ts.map((t) => t.startUs)),
      endUs: Math.max(...ts.map((t) => t.endUs)),
      firstRecord: this.firstRecord[k] ?? 0,
      eventLoopP99Ms: Math.max(...ts.map((t) => t.eventLoopP99Ms)),
      cpuPercent: Math.max(...ts.map((t) => t.cpuPercent))
    };
  }
};
function addPacing(ps) {
  const sum3 = (f) => ps.reduce((a, p) => a + f(p), 0);
  return {
    rate: sum3((p) => p.rate),
    due: sum3((p) => p.due),
    sent: sum3((p) => p.sent),
    late: sum3((p) => p.late),
    dropped: sum3((p) => p.dropped),
    droppedAtEnd: sum3((p) => p.droppedAtEnd),
    maxUsers: sum3((p) => p.maxUsers),
    usersReached: sum3((p) => p.usersReached)
  };
}

// src/engine/workers/spawn-thread.ts
import { Worker } from "node:worker_threads";
var spawnThread = (data) => {
  if (false)
    throw new Error("workers need the bundled engine: run perf-gate from its package (dist/), not from src/");
  const url = new URL("./load-worker.js", import.meta.url);
  return new Worker(url, { workerData: data });
};

// src/metrics/group-latencies.ts
function groupLatencies(recorder, keys, keyOf, scratch, from = 0) {
  const counts3 = new Array(keys + 1).fill(0);
  let total = 0;
  for (let i = from; i < recorder.length; i++) {
    const k = keyOf(i);
    if (k >= 0) {
      counts3[k + 1]++;
      total++;
    }
  }
  const offsets = counts3;
  for (let k = 1; k <= keys; k++) offsets[k] += offsets[k - 1];
  const values = scratch && scratch.length >= total ? scratch.subarray(0, total) : new Uint32Array(total);
  const fill3 = offsets.slice(0, keys);
  for (let i = from; i < recorder.length; i++) {
    const k = keyOf(i);
    if (k >= 0) values[fill3[k]++] = recorder.latencyUs(i);
  }
  return { values, offsets };
}
function group(groups, k) {
  return groups.values.subarray(groups.offsets[k], groups.offsets[k + 1]);
}

// src/metrics/summary-stats.ts
import { quickselect as quickselect2 } from "simple-statistics";
var EMPTY_SUMMARY = Object.freeze({
  average: 0,
  median: 0,
  p95: 0,
  p99: 0,
  min: 0,
  max: 0
});
function summarizeUs(values) {
  const n3 = values.length;
  if (n3 === 0) return EMPTY_SUMMARY;
  let sum3 = 0;
  let min = values[0];
  let max = values[0];
  for (let i = 0; i < n3; i++) {
    const v = values[i];
    sum3 += v;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  const [median2, p95, p99] = quantilesInPlace(values, [0.5, 0.95, 0.99]);
  return {
    average: seconds(sum3 / n3),
    median: seconds(median2),
    p95: seconds(p95),
    p99: seconds(p99),
    min: seconds(min),
    max: seconds(max)
  };
}
function quantilesInPlace(values, ps) {
  const n3 = values.length;
  const arr = values;
  let from = 0;
  return ps.map((p) => {
    const idx = (n3 - 1) * p;
    const lower = Math.floor(idx);
    if (lower >= from) quickselect2(arr, lower, from, n3 - 1);
    from = Math.max(from, lower + 1);
    if (idx === lower) return values[lower];
    quickselect2(arr, lower + 1, lower + 1, n3 - 1);
    from = lower + 2;
    return values[lower] + (idx - lower) * (values[lower + 1] - values[lower]);
  });
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

// src/metrics/stages.ts
var GENERATOR_LIMITS = Object.freeze({ eventLoopP99Ms: 50, cpuPercent: 90 });
function generatorSaturated(g) {
  return g.event_loop_p99_ms > GENERATOR_LIMITS.eventLoopP99Ms || g.cpu_percent > GENERATOR_LIMITS.cpuPercent;
}
function stageMetrics(recorder, timings, runStartUs = timings[0]?.startUs ?? 0, fromRecord = 0, scratch) {
  const n3 = timings.length;
  const slot = new Map(timings.map((t, k) => [t.index, k]));
  const byStage = groupLatencies(recorder, n3, (i) => slot.get(recorder.stage(i)) ?? -1, scratch, fromRecord);
  const lat = timings.map((_, k) => group(byStage, k));
  const counts3 = lat.map((l) => l.length);
  const errors = timings.map(() => /* @__PURE__ */ new Map());
  for (let i = fromRecord; i < recorder.length; i++) {
    const k = slot.get(recorder.stage(i));
    if (k === void 0) continue;
    const id = recorder.errorIdAt(i);
    if (id !== 0) {
      const t = recorder.errorOf(id).type;
      errors[k].set(t, (errors[k].get(t) ?? 0) + 1);
    }
  }
  return timings.map((t, s) => {
    const [p50, p95, p99] = lat[s].length ? quantilesInPlace(lat[s], [0.5, 0.95, 0.99]).map(seconds) : [0, 0, 0];
    const duration2 = Math.max((t.endUs - t.startUs) / 1e6, 1e-6);
    const failed = [...errors[s].values()].reduce((a, b) => a + b, 0);
    const generator = { event_loop_p99_ms: round(t.eventLoopP99Ms, 2), cpu_percent: round(t.cpuPercent, 1) };
    return {
      stage: t.index + 1,
      users: t.users,
      start: round((t.startUs - runStartUs) / 1e6, 3),
      duration: round(duration2, 3),
      requests: counts3[s],
      rps: round(counts3[s] / duration2, 2),
      p50,
      p95,
      p99,
      error_rate: percent(failed, counts3[s]),
      error_types: byErrorType(errors[s]),
      generator,
      generator_bound: generatorSaturated(generator)
    };
  });
}

// src/gate/drift.ts
init_drift();

// src/engine/seeded-random.ts
var imul = Math.imul;
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = imul(t ^ t >>> 15, t | 1);
    t ^= t + imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/metrics/bootstrap.ts
var MIN_WINDOWS = 10;
var DEFAULTS2 = { trim: 0, level: 0.95, replicates: 2e3, seed: 24301 };
function blockLength(n3) {
  return Math.max(1, Math.round(Math.cbrt(n3)));
}
function change(kind, baseline2, current) {
  if (kind === "points") return current - baseline2;
  return baseline2 === 0 ? current === 0 ? 0 : Infinity : current / baseline2 - 1;
}
var Windows = class {
  num;
  den;
  scratch;
  constructor(s) {
    this.num = Float64Array.from(s.num);
    this.den = Float64Array.from(s.den);
    this.scratch = new Float64Array(s.num.length);
  }
  get length() {
    return this.num.length;
  }
  /** The statistic over windows `picked[0, count)` (indexes into this series). */
  statistic(picked, count2, trim) {
    if (trim === 0) {
      let num = 0;
      let den = 0;
      for (let k = 0; k < count2; k++) {
        num += this.num[picked[k]];
        den += this.den[picked[k]];
      }
      return den === 0 ? 0 : num / den;
    }
    let m = 0;
    for (let k = 0; k < count2; k++) {
      const i = picked[k];
      if (this.den[i] > 0) this.scratch[m++] = this.num[i] / this.den[i];
    }
    return trimmedMean(this.scratch.subarray(0, m), trim);
  }
  all() {
    return Int32Array.from({ length: this.length }, (_, i) => i);
  }
};
function trimmedMean(values, trim) {
  const n3 = values.length;
  if (n3 === 0) return 0;
  values.sort();
  const cut = Math.min(Math.floor(n3 * trim), Math.floor((n3 - 1) / 2));
  let sum3 = 0;
  for (let i = cut; i < n3 - cut; i++) sum3 += values[i];
  return sum3 / (n3 - 2 * cut);
}
function blockResample(n3, len, random, out) {
  for (let taken = 0; taken < n3; ) {
    const start = Math.floor(random() * n3);
    for (let k = 0; k < len && taken < n3; k++) out[taken++] = (start + k) % n3;
  }
}
function percentileInterval(replicates, level) {
  replicates.sort();
  const at = (p) => {
    const idx = (replicates.length - 1) * p;
    const lo = Math.floor(idx);
    const hi = Math.min(lo + 1, replicates.length - 1);
    return replicates[lo] + (idx - lo) * (replicates[hi] - replicates[lo]);
  };
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
function independentChange(baseline2, current, kind, options = {}) {
  const o = { ...DEFAULTS2, ...options };
  const random = seededRandom(o.seed);
  const b = new Windows(baseline2);
  const c = new Windows(current);
  const lb = blockLength(b.length);
  const lc = blockLength(c.length);
  const pb = new Int32Array(b.length);
  const pc = new Int32Array(c.length);
  const reps = new Float64Array(o.replicates);
  for (let r2 = 0; r2 < o.replicates; r2++) {
    blockResample(b.length, lb, random, pb);
    blockResample(c.length, lc, random, pc);
    reps[r2] = change(kind, b.statistic(pb, b.length, o.trim), c.statistic(pc, c.length, o.trim));
  }
  const [low, high] = percentileInterval(reps, o.level);
  const estimate = change(
    kind,
    b.statistic(b.all(), b.length, o.trim),
    c.statistic(c.all(), c.length, o.trim)
  );
  return { estimate, low, high };
}
function pairedChange(pairs, kind, options = {}) {
  const o = { ...DEFAULTS2, ...options };
  const random = seededRandom(o.seed);
  const side = (which) => {
    const w = new Windows({
      num: pairs.flatMap((p) => [...p[which].num]),
      den: pairs.flatMap((p) => [...p[which].den])
    });
    const starts = [];
    let at = 0;
    for (const p of pairs) {
      starts.push(at);
      at += p[which].num.length;
    }
    const lengths = pairs.map((p) => p[which].num.length);
    const picked = new Int32Array(pairs.length * Math.max(0, ...lengths));
    return { w, starts, lengths, picked };
  };
  const b = side("baseline");
  const c = side("current");
  const drawn = new Int32Array(pairs.length);
  const statistic = (s, pairIdx) => {
    let count2 = 0;
    for (const k of pairIdx) {
      for (let j = 0; j < s.lengths[k]; j++) s.picked[count2++] = s.starts[k] + j;
    }
    return s.w.statistic(s.picked, count2, o.trim);
  };
  const reps = new Float64Array(o.replicates);
  for (let r2 = 0; r2 < o.replicates; r2++) {
    for (let k = 0; k < pairs.length; k++) drawn[k] = Math.floor(random() * pairs.length);
    reps[r2] = change(kind, statistic(b, drawn), statistic(c, drawn));
  }
  const [low, high] = percentileInterval(reps, o.level);
  const every = Int32Array.from({ length: pairs.length }, (_, k) => k);
  return { estimate: change(kind, statistic(b, every), statistic(c, every)), low, high };
}
function pairedRatioChange(pairs, options = {}) {
  const o = { ...DEFAULTS2, ...options };
  const value = (w) => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < w.num.length; i++) {
      num += w.num[i];
      den += w.den[i];
    }
    return den === 0 ? NaN : num / den;
  };
  const ratios = pairs.map((p) => Math.log(value(p.current) / value(p.baseline))).filter((r2) => Number.isFinite(r2));
  const n3 = ratios.length;
  if (n3 === 0) return { estimate: 0, low: 0, high: 0, pairs: 0 };
  const d = Float64Array.from(ratios);
  const scratch = new Float64Array(n3);
  const picked = new Int32Array(n3);
  const random = seededRandom(o.seed);
  const len = blockLength(n3);
  const reps = new Float64Array(o.replicates);
  for (let r2 = 0; r2 < o.replicates; r2++) {
    blockResample(n3, len, random, picked);
    for (let k = 0; k < n3; k++) scratch[k] = d[picked[k]];
    reps[r2] = trimmedMean(scratch, o.trim);
  }
  const [low, high] = percentileInterval(reps, o.level);
  return {
    estimate: Math.expm1(trimmedMean(d.slice(), o.trim)),
    low: Math.expm1(low),
    high: Math.expm1(high),
    // the pairs with a figure on both sides: what the interval rests on
    pairs: n3
  };
}

// src/gate/compare.ts
init_regression();

// src/metrics/student-t.ts
function tQuantile975(df) {
  const TABLE = [
    12.706,
    4.303,
    3.182,
    2.776,
    2.571,
    2.447,
    2.365,
    2.306,
    2.262,
    2.228,
    2.201,
    2.179,
    2.16,
    2.145,
    2.131,
    2.12,
    2.11,
    2.101,
    2.093,
    2.086,
    2.08,
    2.074,
    2.069,
    2.064,
    2.06,
    2.056,
    2.052,
    2.048,
    2.045,
    2.042
  ];
  if (df <= TABLE.length) return TABLE[Math.max(1, Math.floor(df)) - 1];
  const z8 = 1.959964;
  return z8 + (z8 ** 3 + z8) / (4 * df) + (5 * z8 ** 5 + 16 * z8 ** 3 + 3 * z8) / (96 * df * df);
}
function widenByStudentT(iv, n3, kind) {
  const f = tQuantile975(n3 - 1) / 1.959964 * Math.sqrt(n3 / (n3 - 1));
  const [to, from] = kind === "relative" && Math.min(iv.low, iv.estimate) > -1 ? [(v) => Math.log1p(v), (v) => Math.expm1(v)] : [(v) => v, (v) => v];
  const e = to(iv.estimate);
  return {
    estimate: iv.estimate,
    low: from(e - (e - to(iv.low)) * f),
    high: from(e + (to(iv.high) - e) * f)
  };
}

// src/metrics/few-windows.ts
var MIN_FEW_WINDOWS = 3;
function fewWindowsChange(baseline2, current, kind) {
  const b = describe(baseline2);
  const c = describe(current);
  if (!b || !c) return void 0;
  if (kind === "points") {
    const vb2 = b.variance / b.n;
    const vc2 = c.variance / c.n;
    const half2 = tQuantile975(welchDf(vb2, b.n, vc2, c.n)) * Math.sqrt(vb2 + vc2);
    const estimate = c.mean - b.mean;
    return { estimate, low: estimate - half2, high: estimate + half2 };
  }
  if (b.mean <= 0 || c.mean <= 0) return void 0;
  const vb = b.variance / (b.n * b.mean ** 2);
  const vc = c.variance / (c.n * c.mean ** 2);
  const log = Math.log(c.mean / b.mean);
  const half = tQuantile975(welchDf(vb, b.n, vc, c.n)) * Math.sqrt(vb + vc);
  return { estimate: c.mean / b.mean - 1, low: Math.expm1(log - half), high: Math.expm1(log + half) };
}
var R_FLOOR = 0.5;
function describe(s) {
  const xs = [];
  for (let i = 0; i < s.num.length; i++) if (s.den[i] > 0) xs.push(s.num[i] / s.den[i]);
  const n3 = xs.length;
  if (n3 < MIN_FEW_WINDOWS) return void 0;
  const mean3 = xs.reduce((a, x) => a + x, 0) / n3;
  let ss = 0;
  let lag = 0;
  for (let i = 0; i < n3; i++) {
    ss += (xs[i] - mean3) ** 2;
    if (i > 0) lag += (xs[i] - mean3) * (xs[i - 1] - mean3);
  }
  const variance = ss / (n3 - 1);
  const r2 = Math.min(0.8, Math.max(R_FLOOR, ss > 0 ? lag / ss : 0));
  return { n: n3, mean: mean3, variance: variance * ((1 + r2) / (1 - r2)) };
}
function welchDf(vb, nb, vc, nc) {
  const den = vb ** 2 / (nb - 1) + vc ** 2 / (nc - 1);
  return den === 0 ? nb + nc - 2 : (vb + vc) ** 2 / den;
}

// src/gate/judge-change.ts
function judgeChange(interval, tolerance2, worse) {
  const { low, high } = interval;
  if (low > tolerance2) return worse === "up" ? "regression" : "improvement";
  if (high < -tolerance2) return worse === "up" ? "improvement" : "regression";
  if (low >= -tolerance2 && high <= tolerance2) return "no_change";
  return "inconclusive";
}
function windowsToDecide(interval, tolerance2, windows) {
  const half = (interval.high - interval.low) / 2;
  const room = Math.abs(Math.abs(interval.estimate) - tolerance2);
  if (half <= room) return windows;
  if (room === 0) return Infinity;
  return Math.ceil(windows * (half / room) ** 2);
}
var Z_POWER_80 = 0.8416;
var Z_975 = 1.96;
function detectableChange(interval, tolerance2) {
  const half = (interval.high - interval.low) / 2;
  return tolerance2 + half * (1 + Z_POWER_80 / Z_975);
}

// src/gate/compare.ts
init_regression();
var COMPARISON_METHODS = ["block_bootstrap", "paired_slices", "run_history"];
function runWindows(run) {
  return { windows: run.timeseries.slice(0, -1).map(secondWindow), headline: headline(run) };
}
function secondWindow(p) {
  return {
    requests: p.requests,
    // a whole second: its rate is its count of requests sent
    sent: p.requests_per_second,
    errors: p.errors,
    p50: p.p50_response_time,
    p95: p.p95_response_time,
    seconds: 1
  };
}
function headline(run) {
  return Object.fromEntries(COMPARED_METRICS.map((m) => [m, run[m]]));
}
var latency = (pick) => ({
  kind: "relative",
  worse: "up",
  pairs: "ratios",
  trim: 0.1,
  // a window without a request has no latency figure: den 0 leaves it out
  series: (ws) => ({ num: ws.map(pick), den: ws.map((w) => w.requests > 0 ? 1 : 0) })
});
var RULES = {
  median_response_time: latency((w) => w.p50),
  p95_response_time: latency((w) => w.p95),
  requests_per_second: {
    kind: "relative",
    worse: "down",
    pairs: "sums",
    trim: 0,
    series: (ws) => ({ num: ws.map((w) => w.sent), den: ws.map((w) => w.seconds) })
  },
  error_rate: {
    kind: "points",
    worse: "up",
    pairs: "sums",
    trim: 0,
    series: (ws) => ({ num: ws.map((w) => 100 * w.errors), den: ws.map((w) => w.requests) })
  }
};
function metricRule(metric) {
  return RULES[metric];
}
function compareRuns(baseline2, current, o = {}) {
  const nb = baseline2.windows.length;
  const nc = current.windows.length;
  return assemble("block_bootstrap", baseline2, current, { baseline: nb, current: nc }, o, (rule, boot) => {
    const [b, c] = [rule.series(baseline2.windows), rule.series(current.windows)];
    if (Math.min(nb, nc) < MIN_WINDOWS) return fewWindowsChange(b, c, rule.kind);
    return independentChange(b, c, rule.kind, boot);
  });
}
var MIN_PAIRS = 5;
function compareSlices(pairs, headlines, o = {}) {
  const n3 = pairs.length;
  const side = (which) => ({
    windows: pairs.map((p) => p[which]),
    headline: headlines[which]
  });
  return assemble(
    "paired_slices",
    side("baseline"),
    side("current"),
    { baseline: n3, current: n3 },
    o,
    (rule, boot) => {
      if (n3 < MIN_PAIRS) return void 0;
      const sliced = pairs.map((p) => ({
        baseline: rule.series([p.baseline]),
        current: rule.series([p.current])
      }));
      if (rule.pairs === "sums") return widenByStudentT(pairedChange(sliced, rule.kind, boot), n3, rule.kind);
      const iv = pairedRatioChange(sliced, { ...boot, trim: PAIR_TRIM });
      return iv.pairs < MIN_PAIRS ? void 0 : widenByStudentT(iv, iv.pairs, rule.kind);
    }
  );
}
var PAIR_TRIM = 0.2;
function assemble(method, baseline2, current, windows, o, interval) {
  const level = o.level ?? 0.95;
  const perWindow = Math.max(...baseline2.windows.map((w) => w.seconds), 1);
  const metrics = COMPARED_METRICS.map((metric) => {
    const rule = RULES[metric];
    const tolerance2 = o.tolerances?.[metric] ?? DEFAULT_TOLERANCES[metric];
    const iv = interval(rule, { level, trim: rule.trim });
    const figures = {
      metric,
      baseline: baseline2.headline[metric],
      current: current.headline[metric],
      tolerance: tolerance2
    };
    if (!iv) {
      const needed = method === "paired_slices" ? MIN_PAIRS * 2 : MIN_FEW_WINDOWS + 1;
      return {
        ...figures,
        change: round2(plainChange(rule.kind, figures.baseline, figures.current), 4),
        ci_low: null,
        ci_high: null,
        verdict: "inconclusive",
        seconds_to_decide: needed * perWindow
      };
    }
    const verdict = judgeChange(iv, tolerance2, rule.worse);
    const n3 = Math.min(windows.baseline, windows.current);
    const decide = verdict === "inconclusive" ? windowsToDecide(iv, tolerance2, n3) : void 0;
    return {
      ...figures,
      change: round2(iv.estimate, 4),
      ci_low: round2(iv.low, 4),
      ci_high: round2(iv.high, 4),
      verdict,
      detectable_change: round2(detectableChange(iv, tolerance2), 4),
      ...decide === void 0 ? {} : {
        // an A/B run's slices are both sides' (side by side in a duet); a run's last, partial second is no window
        seconds_to_decide: Number.isFinite(decide) ? method === "paired_slices" ? Math.ceil(decide * perWindow * (o.duet ? 1 : 2)) : Math.ceil(decide * perWindow) + 1 : null
      }
    };
  });
  return { verdict: overall(metrics), method, level, windows, metrics };
}
function plainChange(kind, b, c) {
  return kind === "points" ? c - b : b === 0 ? 0 : c / b - 1;
}
function overall(metrics) {
  for (const v of ["regression", "inconclusive", "improvement"]) {
    if (metrics.some((m) => m.verdict === v && decisive(m))) return v;
  }
  return "no_change";
}
var decisive = (m) => m.endpoint === void 0 || m.verdict !== "inconclusive";
function regressionFails(cmp, when) {
  if (when === "never") return false;
  return cmp.metrics.some(
    (m) => m.verdict === "regression" || when === "inconclusive" && m.verdict === "inconclusive" && decisive(m)
  );
}
var round2 = (v, d = 6) => Number(v.toFixed(d));

// src/gate/drift.ts
var MIN_DRIFT_WINDOW = 10;
var SOURCE = {
  p50_drift: { metric: "median_response_time", sign: 1 },
  p95_drift: { metric: "p95_response_time", sign: 1 },
  // throughput that falls is the decay: the sign turns it into "worse is positive"
  throughput_decay: { metric: "requests_per_second", sign: -1 },
  error_rate_rise: { metric: "error_rate", sign: 1 }
};
function withDrift(metrics, mode, settings = DEFAULT_DRIFT) {
  if (mode !== "soak") return metrics;
  return {
    ...metrics,
    drift: judgeDrift(metrics.timeseries, settings) ?? {
      window_seconds: 0,
      first: { from: 0, to: 0 },
      last: { from: 0, to: 0 },
      level: 0,
      drifts: [],
      not_judged: `the run had too few whole seconds for two windows of ${MIN_DRIFT_WINDOW} s or more (each ${describeWindow(settings)})`
    }
  };
}
function describeWindow(s) {
  return "share" in s.window ? `${Math.round(s.window.share * 100)}% of the run` : `${s.window.seconds} s`;
}
function judgeDrift(series2, settings = DEFAULT_DRIFT) {
  const seconds2 = series2.slice(0, -1);
  const n3 = seconds2.length;
  const w = Math.floor(
    "share" in settings.window ? Math.max(MIN_DRIFT_WINDOW, n3 * settings.window.share) : settings.window.seconds
  );
  if (w < MIN_DRIFT_WINDOW || 2 * w > n3) return void 0;
  const first = seconds2.slice(0, w).map(secondWindow);
  const last = seconds2.slice(n3 - w).map(secondWindow);
  const cmp = compareRuns(
    { windows: first, headline: headline2(first) },
    { windows: last, headline: headline2(last) }
  );
  return {
    window_seconds: w,
    first: { from: 0, to: w },
    last: { from: n3 - w, to: n3 },
    level: cmp.level,
    drifts: DRIFT_NAMES.map((name) => figure(name, cmp.metrics, settings))
  };
}
function figure(name, metrics, settings) {
  const { metric, sign } = SOURCE[name];
  const m = metrics.find((x) => x.metric === metric);
  const points = DRIFT_VIEW[name].points;
  const scale = (v) => round(points ? v : v * 100, 2);
  const [a, b] = [scale(sign * (m.ci_low ?? m.change)), scale(sign * (m.ci_high ?? m.change))];
  const [low, high] = a <= b ? [a, b] : [b, a];
  const band2 = settings.bands[name];
  const status = low >= band2.critical ? "critical" : low >= band2.warning ? "warning" : "good";
  return {
    name,
    label: DRIFT_VIEW[name].label,
    first: m.baseline,
    last: m.current,
    change: scale(sign * m.change),
    ci_low: low,
    ci_high: high,
    warning: band2.warning,
    critical: band2.critical,
    status
  };
}
function driftChecks(d, requests) {
  return (d?.drifts ?? []).map((f) => ({
    name: f.name,
    scope: "drift",
    label: f.label,
    unit: "percent",
    value: f.change,
    warning: f.warning,
    critical: f.critical,
    higher_is_better: false,
    status: f.status,
    requests
  }));
}
function headline2(ws) {
  const sum3 = (f) => ws.reduce((t, w) => t + f(w), 0);
  const requests = sum3((w) => w.requests);
  const answered = ws.filter((w) => w.requests > 0);
  const latencyOf2 = (xs) => round(trimmedMean(Float64Array.from(xs), 0.1), 6);
  return {
    median_response_time: latencyOf2(answered.map((w) => w.p50)),
    p95_response_time: latencyOf2(answered.map((w) => w.p95)),
    requests_per_second: round(
      sum3((w) => w.sent) / Math.max(
        sum3((w) => w.seconds),
        1e-9
      ),
      2
    ),
    error_rate: requests ? round(100 * sum3((w) => w.errors) / requests, 4) : 0
  };
}

// src/gate/resource-checks.ts
init_thresholds();
var NOT_WATCHED = "no service process was watched: start it with --start, or give its pid with --watch-pid (action inputs start, watch-pid)";
function resourceChecks(resources2, thresholds) {
  const band2 = thresholds.rss_growth_per_hour;
  if (!band2) return [];
  const def = THRESHOLD_DEFINITIONS.rss_growth_per_hour;
  const trend = resources2?.rss_trend;
  const check2 = {
    name: "rss_growth_per_hour",
    scope: "overall",
    label: def.label,
    unit: def.unit,
    warning: band2.warning,
    critical: band2.critical,
    higher_is_better: def.higherIsBetter,
    requests: trend?.points ?? 0
  };
  if (!trend) {
    const reason = resources2 ? resources2.rss_trend_skipped ?? "no RSS trend was fitted" : NOT_WATCHED;
    return [{ ...check2, value: 0, status: "warning", not_judged: { reason } }];
  }
  return [{ ...check2, value: trend.ci_low, status: bandStatus(trend.ci_low, band2, def.higherIsBetter) }];
}

// src/gate/evaluate.ts
init_thresholds();
function bandStatus(value, band2, higherIsBetter) {
  if (higherIsBetter) return value > band2.warning ? "good" : value > band2.critical ? "warning" : "critical";
  return value < band2.warning ? "good" : value < band2.critical ? "warning" : "critical";
}
var journeyScope = (name) => `journey ${name}`;
function evaluateThresholds(metrics, thresholds = DEFAULT_THRESHOLDS, scoped = {}) {
  const min = thresholds.min_requests ?? DEFAULT_MIN_REQUESTS;
  const checks3 = [
    ...checkAll("overall", metrics, thresholds, min),
    ...resourceChecks(metrics.resources, thresholds)
  ];
  for (const ep of metrics.per_endpoint) {
    const t = scoped[ep.endpoint];
    if (t) checks3.push(...checkAll(ep.endpoint, ep, t, t.min_requests ?? min));
  }
  const journeyBands = Object.fromEntries(JOURNEY_THRESHOLDS.map((n3) => [n3, thresholds[n3]]));
  for (const j of metrics.journeys ?? []) {
    const scope = journeyScope(j.journey);
    const t = { ...journeyBands, ...scoped[scope] };
    checks3.push(...checkAll(scope, { ...j, total_requests: j.iterations }, t, t.min_requests ?? min));
  }
  checks3.push(...driftChecks(metrics.drift, metrics.total_requests));
  return { checks: checks3, verdict: verdictOf(checks3) };
}
function checkAll(scope, values, thresholds, minRequests) {
  const service = SERVICE_THRESHOLDS;
  return THRESHOLD_NAMES.filter((name) => thresholds[name] && !service.includes(name)).flatMap((name) => {
    const def = THRESHOLD_DEFINITIONS[name];
    const band2 = thresholds[name];
    const value = values[def.metric];
    if (value === void 0) return [];
    const requests = values.total_requests;
    const status = bandStatus(value, band2, def.higherIsBetter);
    const few = name !== "run_completion" && requests < minRequests;
    return [
      {
        name,
        scope,
        label: def.label,
        unit: def.unit,
        value,
        warning: band2.warning,
        critical: band2.critical,
        higher_is_better: def.higherIsBetter,
        status: few && status === "good" ? "warning" : status,
        requests,
        ...few ? { not_enough_requests: { min: minRequests } } : {}
      }
    ];
  });
}
function verdictOf(checks3) {
  if (checks3.some((c) => c.status === "critical")) return "fail";
  if (checks3.some((c) => c.status === "warning")) return "warning";
  return "pass";
}
function gateFails(verdict, failOn) {
  if (failOn === "never") return false;
  if (failOn === "warning") return verdict !== "pass";
  return verdict === "fail";
}

// src/gate/breaking-point.ts
var ms = (s) => `${+(s * 1e3).toFixed(1)} ms`;
var rate = (r2) => `${+r2.toFixed(1)} req/s`;
function isKnee(prev, cur) {
  const u = cur.users / Math.max(1, prev.users);
  if (u < 1.1 || prev.rps <= 0 || prev.p95 <= 0) return false;
  const rpsGain = cur.rps / prev.rps;
  const latencyGain = cur.p95 / prev.p95;
  return rpsGain < 1 + 0.25 * (u - 1) && latencyGain >= 1 + 0.5 * (u - 1);
}
function stageStatus(s, t) {
  const statuses = [];
  if (t.error_rate) statuses.push(bandStatus(s.error_rate, t.error_rate, false));
  if (t.p95_response_time) statuses.push(bandStatus(s.p95, t.p95_response_time, false));
  return statuses.includes("critical") ? "critical" : statuses.includes("warning") ? "warning" : "good";
}
function breakReason(s, prev, t, o = {}) {
  const at = { stage: s.stage, users: s.users, rps: s.rps };
  if (t.error_rate && s.error_rate >= t.error_rate.critical) {
    return {
      ...at,
      reason: "error_rate",
      detail: `error rate ${s.error_rate}% reached the critical ${t.error_rate.critical}%`
    };
  }
  if (t.p95_response_time && s.p95 >= t.p95_response_time.critical) {
    return {
      ...at,
      reason: "p95_response_time",
      detail: `p95 ${ms(s.p95)} reached the critical ${ms(t.p95_response_time.critical)}`
    };
  }
  if ((o.knee ?? true) && prev && !prev.generator_bound && isKnee(prev, s)) {
    return {
      ...at,
      reason: "throughput_plateau",
      detail: `${prev.users}→${s.users} users gave ${rate(prev.rps)}→${rate(s.rps)} while p95 rose ${ms(prev.p95)}→${ms(s.p95)}`
    };
  }
  return void 0;
}
function findBreakingPoint(stages, t, o = {}) {
  const generatorBound = stages.filter((s) => s.generator_bound).map((s) => s.stage);
  let lastGood;
  let prev;
  for (const s of stages) {
    if (s.generator_bound) break;
    const bp = breakReason(s, prev, t, o);
    if (bp) {
      return {
        breaking_point: bp,
        ...lastGood ? { max_sustainable: sustainable(lastGood) } : {},
        generator_bound_stages: generatorBound,
        conclusion: `Breaking point at ${bp.users} users (${bp.rps} req/s): ${bp.detail}.` + (lastGood ? ` Sustains ${lastGood.users} users at ${lastGood.rps} req/s.` : " Not even the first stage was sustained.")
      };
    }
    lastGood = s;
    prev = s;
  }
  const maxUsers = stages.length ? stages[stages.length - 1].users : 0;
  if (generatorBound.length > 0) {
    const first = stages.find((s) => s.generator_bound);
    return {
      ...lastGood ? { max_sustainable: sustainable(lastGood) } : {},
      generator_bound_stages: generatorBound,
      conclusion: `No breaking point up to ${lastGood?.users ?? 0} users; from ${first.users} users the load generator itself was saturated (event-loop p99 ${first.generator.event_loop_p99_ms} ms, CPU ${first.generator.cpu_percent}%), so the service's limit is unknown: more generator capacity is needed (another machine, or several perf-gate processes).`
    };
  }
  return {
    ...lastGood ? { max_sustainable: sustainable(lastGood) } : {},
    generator_bound_stages: [],
    conclusion: `No breaking point up to ${maxUsers} users.`
  };
}
function sustainable(s) {
  return { stage: s.stage, users: s.users, rps: s.rps, p95: s.p95 };
}

// src/gate/stop-policy.ts
function stressStopPolicy(thresholds, stopOnBreak, o = {}) {
  return (_stage, recorder, all) => {
    const lastTwo = all.slice(-2);
    const stages = stageMetrics(recorder, lastTwo, all[0].startUs, lastTwo[0].firstRecord);
    const cur = stages[stages.length - 1];
    const prev = stages.length === 2 ? stages[0] : void 0;
    if (!cur || cur.generator_bound) return void 0;
    if (stopOnBreak) {
      const bp = breakReason(cur, prev, thresholds, o);
      return bp ? `stopped after the breaking stage (${bp.users} users: ${bp.detail})` : void 0;
    }
    if (prev && !prev.generator_bound && stageStatus(cur, thresholds) === "critical" && stageStatus(prev, thresholds) === "critical") {
      return `stopped after two consecutive critical stages (${prev.users} and ${cur.users} users)`;
    }
    return void 0;
  };
}

// src/run/execute-plan.ts
init_errors();
async function executeRunPlan(plan, hooks = {}, spawn = spawnThread) {
  const { stress, rps, timeout, maxUsers, workers } = plan.settings;
  const onStageEnd = hooks.onStageEnd ?? (stress ? stressStopPolicy(plan.target.thresholds, stress.stopOnBreak, { knee: !rps }) : void 0);
  const stages = {
    target: plan.target,
    stages: plan.stages,
    rps,
    pacing: stress ? "cap" : "open",
    maxUsers,
    timeoutSec: timeout,
    ...plan.inputs ? { inputs: plan.inputs } : {},
    ...plan.cycleStart ? { cycleStart: plan.cycleStart } : {}
  };
  const run = (p, h) => workers && workers > 1 ? runOnWorkers(p, workers, h, spawn) : runStages(p, h);
  const warmup = plan.settings.warmup ? await warmUp(stages, plan.settings.warmup, hooks, run) : void 0;
  if (warmup?.stoppedEarly && !warmup.abortReason)
    throw new UnreachableError(
      `❌ The warm-up used up the data: ${warmup.stoppedEarly}, and none is left for the measured run; shorten the warm-up or give the file more rows`
    );
  const taken = warmup?.dataTaken;
  const measured = taken && stages.inputs ? { ...stages, inputs: { ...stages.inputs, taken } } : stages;
  const outcome = await run(measured, { ...hooks, onStageEnd });
  return {
    mode: plan.mode,
    target: plan.target,
    settings: plan.settings,
    outcome,
    ...warmup ? { warmup } : {}
  };
}
function warmUp(stages, seconds2, hooks, run) {
  const { onProgress, signal, userPool } = hooks;
  return run(
    { ...stages, stages: [{ users: stages.stages[0].users, durationSec: seconds2 }] },
    {
      ...onProgress ? { onProgress: (s) => onProgress({ ...s, warmup: true }) } : {},
      ...signal ? { signal } : {},
      // users that outlive a run (an A/B side's) begin in the warm-up: logged in before the first slice
      ...userPool ? { userPool } : {}
    }
  );
}

// src/run/plan.ts
init_thresholds();

// src/run/worker-count.ts
import { availableParallelism, hostname, networkInterfaces } from "node:os";
function thisMachine() {
  const own = /* @__PURE__ */ new Set(["localhost", hostname().toLowerCase()]);
  for (const addrs of Object.values(networkInterfaces()))
    for (const a of addrs ?? []) own.add(a.address.toLowerCase());
  return {
    cores: availableParallelism(),
    isLocal: (host) => {
      const h = host.toLowerCase().replace(/^\[|\]$/g, "");
      return own.has(h) || h.endsWith(".localhost") || /^127\./.test(h) || h === "::1";
    }
  };
}
function resolveWorkers(asked, baseUrl2, stages, machine = thisMachine()) {
  if (asked === void 0) return 1;
  const n3 = asked === "auto" ? Math.max(1, machine.cores - (machine.isLocal(new URL(baseUrl2).hostname) ? 1 : 0)) : asked;
  return workersFor({ stages }, n3);
}

// src/run/plan.ts
init_csv_choice();
function buildRunPlan(request, config2, machine) {
  const plan = stagedPlan(request, config2);
  if (request.shard || request.workers === void 0) return plan;
  return withWorkers(plan, request.workers, machine);
}
function withWorkers(plan, workers, machine) {
  const n3 = resolveWorkers(workers, plan.target.baseUrl, plan.stages, machine);
  const { workers: _, ...settings } = plan.settings;
  return { ...plan, settings: n3 > 1 ? { ...settings, workers: n3 } : settings };
}
function stagedPlan(request, config2) {
  const plan = stagesOf(request, config2);
  const warmup = request.warmup ?? plan.target.workload?.warmupSec;
  const csv = request.csv ?? plan.target.csv ?? (plan.mode === "soak" ? SOAK_CSV : DEFAULT_CSV);
  return { ...plan, settings: { ...plan.settings, ...warmup ? { warmup } : {}, csv } };
}
function stagesOf(request, config2) {
  const target = resolveTarget(config2, request.service, request.baseUrl);
  const { timeout } = request;
  const rps = request.rps ?? target.rps;
  if (request.mode === "stress") {
    const stress = request.stress;
    return {
      mode: "stress",
      target,
      stages: stressStages(stress),
      settings: { users: stress.maxUsers, duration: stress.rampUp, rps, timeout, stress }
    };
  }
  const { users, duration: duration2 } = request;
  return {
    mode: request.mode,
    target: rps ? { ...target, thresholds: withRateThroughputBands(target.thresholds, rps * requestsPerStart(target)) } : target,
    stages: [{ users, durationSec: duration2 }],
    settings: {
      users,
      duration: duration2,
      rps,
      timeout,
      ...rps ? { maxUsers: request.maxUsers } : {},
      ...rps && target.journeys ? { paces: "journeys" } : {},
      ...request.record ? { record: request.record } : {}
    }
  };
}
function stressStages(s) {
  return Array.from({ length: s.steps }, (_, k) => ({
    users: Math.max(1, Math.round((k + 1) * s.maxUsers / s.steps)),
    durationSec: s.rampUp / s.steps
  }));
}
function requestsPerStart(target) {
  const journeys = target.journeys;
  if (!journeys?.length) return 1;
  const weight = journeys.reduce((sum3, j) => sum3 + j.weight, 0);
  return journeys.reduce((sum3, j) => sum3 + j.weight * (j.steps.length - j.once), 0) / weight;
}

// src/metrics/histogram.ts
var PER_DECADE = 10;
var MIN_EXP = 1;
var MAX_EXP = 8;
function bucketEdgeUs(k) {
  return 10 ** (MIN_EXP + k / PER_DECADE);
}
var BUCKETS = (MAX_EXP - MIN_EXP) * PER_DECADE;
function bucketOf(us) {
  const k = us <= 0 ? 0 : Math.floor((Math.log10(us) - MIN_EXP) * PER_DECADE + 1e-9);
  return Math.min(BUCKETS - 1, Math.max(0, k));
}
function latencyHistogram(latenciesUs) {
  const counts3 = new Array(BUCKETS).fill(0);
  for (let i = 0; i < latenciesUs.length; i++) counts3[bucketOf(latenciesUs[i])]++;
  return bucketsOf(counts3);
}
function bucketsOf(counts3) {
  const first = counts3.findIndex((c) => c > 0);
  if (first < 0) return [];
  let last = BUCKETS - 1;
  while (counts3[last] === 0) last--;
  const out = [];
  for (let k = first; k <= last; k++) {
    out.push({ from: round6(bucketEdgeUs(k) / 1e6), to: round6(bucketEdgeUs(k + 1) / 1e6), count: counts3[k] });
  }
  return out;
}
function round6(s) {
  return Number(s.toPrecision(6));
}

// src/metrics/timeseries.ts
function timeSeries(recorder, startUs, endUs, scratch, slices, endpoint3) {
  const elapsed = slices ? activeClock(slices) : (t) => t - startUs;
  const total = (slices ? elapsed(endUs) : endUs - startUs) / 1e6;
  const seconds_ = Math.max(1, total - Math.floor(total) < 0.5 ? Math.floor(total) : Math.ceil(total));
  const errors = new Array(seconds_).fill(0);
  const unsent = new Array(seconds_).fill(0);
  const bucketOf2 = (i) => endpoint3 !== void 0 && recorder.endpoint(i) !== endpoint3 ? -1 : Math.min(seconds_ - 1, Math.max(0, Math.floor(elapsed(recorder.endUs(i)) / 1e6)));
  for (let i = 0; i < recorder.length; i++) {
    if (recorder.errorIdAt(i) === 0) continue;
    if (endpoint3 !== void 0 && recorder.endpoint(i) !== endpoint3) continue;
    const b = bucketOf2(i);
    errors[b]++;
    if (!recorder.wasSent(i)) unsent[b]++;
  }
  const bySecond = groupLatencies(recorder, seconds_, bucketOf2, scratch);
  const counts3 = errors.map((_, s) => bySecond.offsets[s + 1] - bySecond.offsets[s]);
  const lastLen = total - (seconds_ - 1);
  return counts3.map((count2, s) => {
    const [p50, p95, p99] = count2 ? quantilesInPlace(group(bySecond, s), [0.5, 0.95, 0.99]).map(seconds) : [0, 0, 0];
    const len = s === seconds_ - 1 ? Math.max(lastLen, 0.5) : 1;
    return {
      second: s,
      requests: count2,
      errors: errors[s],
      requests_per_second: round((count2 - unsent[s]) / len, 2),
      p50_response_time: p50,
      p95_response_time: p95,
      p99_response_time: p99
    };
  });
}
function activeClock(slices) {
  const before = [];
  let sum3 = 0;
  for (const s of slices) {
    before.push(sum3);
    sum3 += s.endUs - s.startUs;
  }
  return (t) => {
    let lo = 0;
    let hi = slices.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (slices[mid].startUs <= t) lo = mid;
      else hi = mid - 1;
    }
    const s = slices[lo];
    return before[lo] + Math.min(Math.max(t - s.startUs, 0), s.endUs - s.startUs);
  };
}

// src/metrics/run-extras.ts
function runExtras(result, durationSec) {
  return { ...generatorLoad(result), ...completion(result, durationSec), ...warmupMetrics(result) };
}
function completion(result, durationSec) {
  if (result.mode !== "load" && result.mode !== "soak" || result.outcome.partial || !(result.settings.duration > 0))
    return {};
  return { run_completion: round(Math.min(100, durationSec / result.settings.duration * 100), 1) };
}
function warmupMetrics(result) {
  const w = result.warmup;
  if (!w) return {};
  let failed = 0;
  for (let i = 0; i < w.recorder.length; i++) if (w.recorder.errorIdAt(i) !== 0) failed++;
  return {
    warmup: {
      duration: seconds(w.endUs - w.startUs),
      total_requests: w.recorder.length,
      failed_requests: failed,
      timeseries: timeSeries(w.recorder, w.startUs, w.endUs)
    }
  };
}
function generatorLoad(result) {
  const stage3 = result.outcome.stages[0];
  if (result.mode === "stress" || !stage3 || stage3.cpuPercent === 0 && stage3.eventLoopP99Ms === 0) return {};
  const g = { event_loop_p99_ms: round(stage3.eventLoopP99Ms, 2), cpu_percent: round(stage3.cpuPercent, 1) };
  const main = result.outcome.mainThreadCpuPercent;
  return {
    generator: {
      ...g,
      // the main thread saturated holds the workers back like a saturated worker
      saturated: generatorSaturated(g) || main !== void 0 && main > GENERATOR_LIMITS.cpuPercent,
      ...main !== void 0 ? { main_thread_cpu_percent: round(main, 1) } : {}
    }
  };
}

// src/metrics/types.ts
var MAX_ENDPOINT_ERRORS = 5;

// src/metrics/endpoint-errors.ts
function endpointErrors(recorder, endpoints) {
  const counts3 = /* @__PURE__ */ new Map();
  for (let i = 0; i < recorder.length; i++) {
    const id = recorder.errorIdAt(i);
    if (id === 0) continue;
    const key = (recorder.endpoint(i) * 65536 + id) * 65536 + recorder.status(i);
    counts3.set(key, (counts3.get(key) ?? 0) + 1);
  }
  const byEndpoint = Array.from({ length: endpoints }, () => /* @__PURE__ */ new Map());
  for (const [key, count2] of counts3) {
    const status = key % 65536;
    const id = Math.floor(key / 65536) % 65536;
    const ep = Math.floor(key / 65536 / 65536);
    const type = recorder.errorOf(id).type;
    addError(byEndpoint[ep], { type, status, count: count2 });
  }
  return byEndpoint.map((m) => topErrors([...m.values()]));
}
function addError(into, e) {
  const k = `${e.type} ${e.status}`;
  const had = into.get(k);
  into.set(k, had ? { ...had, count: had.count + e.count } : { ...e });
}
function topErrors(list2) {
  return list2.sort((a, b) => b.count - a.count || a.status - b.status || a.type.localeCompare(b.type)).slice(0, MAX_ENDPOINT_ERRORS);
}

// src/metrics/hdr.ts
import { inflateSync } from "node:zlib";
function hdrQuantile(h, q) {
  const n3 = h.totalCount;
  if (n3 === 0) return 0;
  const idx = (n3 - 1) * q;
  const lo = Math.floor(idx);
  const a = valueAtRank(h, lo);
  if (idx === lo) return a;
  return a + (idx - lo) * (valueAtRank(h, lo + 1) - a);
}
function valueAtRank(h, r2) {
  const high = h.getValueAtPercentile(100 * (r2 + 0.5) / h.totalCount);
  const low = h.lowestEquivalentValue(high);
  return (low + high) / 2;
}
var MAX_HDR_TEXT = 1 << 20;
var MAX_HDR_INFLATED = 16 * 2 ** 20;
function tryDecodeHdr(text) {
  if (typeof text !== "string") return "is not an encoded histogram (a string)";
  if (text.length > MAX_HDR_TEXT) return `is longer than ${MAX_HDR_TEXT} characters`;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return "is not base64";
  try {
    const bytes2 = Buffer.from(text, "base64");
    const length = bytes2.length >= 8 ? bytes2.readInt32BE(4) : -1;
    if (length < 0 || 8 + length > bytes2.length)
      return "is not a readable HdrHistogram (truncated or corrupt)";
    try {
      inflateSync(bytes2.subarray(8, 8 + length), { maxOutputLength: MAX_HDR_INFLATED });
    } catch (e) {
      if (e.code === "ERR_BUFFER_TOO_LARGE")
        return `inflates to more than ${MAX_HDR_INFLATED / 2 ** 20} MiB`;
      throw e;
    }
    return decodeHdr(text);
  } catch {
    return "is not a readable HdrHistogram (truncated or corrupt)";
  }
}

// src/metrics/session-metrics.ts
function stepInfos(endpoints) {
  return endpoints.map((e) => ({
    name: e.name,
    ...e.journey ? { journey: e.journey, step: e.step } : {},
    once: e.rules?.once ?? false,
    think: e.rules?.think ? round((e.rules.think.minSec + e.rules.think.maxSec) / 2, 3) : 0
  }));
}
function stepFields(s, checkPassRate) {
  return {
    ...s.journey ? { journey: s.journey, step: s.step } : {},
    ...checkPassRate !== void 0 ? { check_pass_rate: checkPassRate } : {}
  };
}
function sessionMetrics(summary, steps, durationSec) {
  if (!summary) return {};
  const stepChecks = (name) => {
    let passed2 = 0;
    let failed2 = 0;
    for (const c of summary.checks)
      if (steps[c.endpoint]?.journey === name) {
        passed2 += c.passed;
        failed2 += c.failed;
      }
    return { passed: passed2, failed: failed2 };
  };
  const journeys = summary.journeys.map((j) => {
    const hdr2 = decodeHdr(j.durationHdr);
    const checked = stepChecks(j.name);
    const own = steps.filter((s) => s.journey === j.name);
    return {
      journey: j.name,
      steps: own.map((s) => s.step),
      once_steps: own.filter((s) => s.once).length,
      step_think: own.map((s) => s.think),
      iterations: j.iterations,
      failed_iterations: j.failed,
      restarted_iterations: j.restarted,
      ...own.some((s) => s.once) ? { once_failures: j.onceFailed } : {},
      iterations_per_second: round(j.iterations / durationSec, 2),
      average_duration: seconds(j.iterations > 0 ? hdr2.mean : 0),
      median_duration: seconds(hdrQuantile(hdr2, 0.5)),
      p95_duration: seconds(hdrQuantile(hdr2, 0.95)),
      p99_duration: seconds(hdrQuantile(hdr2, 0.99)),
      max_duration: seconds(hdr2.maxValue),
      ...checked.passed + checked.failed > 0 ? { check_pass_rate: percent(checked.passed, checked.passed + checked.failed) } : {}
    };
  });
  const byCheck = summary.checks.map((c) => ({
    endpoint: steps[c.endpoint]?.name ?? `#${c.endpoint}`,
    check: c.label,
    passed: c.passed,
    failed: c.failed,
    pass_rate: percent(c.passed, c.passed + c.failed)
  })).sort((a, b) => b.failed - a.failed || a.endpoint.localeCompare(b.endpoint));
  const passed = byCheck.reduce((n3, c) => n3 + c.passed, 0);
  const failed = byCheck.reduce((n3, c) => n3 + c.failed, 0);
  const checks3 = byCheck.length > 0 ? {
    total: passed + failed,
    passed,
    failed,
    pass_rate: percent(passed, passed + failed),
    by_check: byCheck
  } : void 0;
  return {
    ...journeys.length > 0 ? { journeys } : {},
    ...checks3 ? { checks: checks3, check_pass_rate: checks3.pass_rate } : {}
  };
}
function endpointCheckRates(summary, count2) {
  const passed = new Array(count2).fill(0);
  const run = new Array(count2).fill(0);
  for (const c of summary?.checks ?? []) {
    passed[c.endpoint] += c.passed;
    run[c.endpoint] += c.passed + c.failed;
  }
  return run.map((n3, e) => n3 > 0 ? percent(passed[e], n3) : void 0);
}

// src/metrics/calculate.ts
function calculateMetrics(result) {
  const { recorder } = result.outcome;
  const n3 = recorder.length;
  const { slices } = result.outcome;
  const activeUs = slices ? slices.reduce((a, r2) => a + (r2.endUs - r2.startUs), 0) : result.outcome.endUs - result.outcome.startUs;
  const durationSec = Math.max(activeUs / 1e6, 1e-6);
  const endpoints = result.target.endpoints;
  const perEndpointFailed = new Array(endpoints.length).fill(0);
  const perEndpointUnsent = new Array(endpoints.length).fill(0);
  let unsent = 0;
  const statusCodes = {};
  const errorTypes = /* @__PURE__ */ new Map();
  const messageCounts = /* @__PURE__ */ new Map();
  let failed = 0;
  for (let i = 0; i < n3; i++) {
    const status = recorder.status(i);
    if (status !== 0) statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    const id = recorder.errorIdAt(i);
    if (id !== 0) {
      failed++;
      perEndpointFailed[recorder.endpoint(i)]++;
      messageCounts.set(id, (messageCounts.get(id) ?? 0) + 1);
      if (!recorder.wasSent(i)) {
        unsent++;
        perEndpointUnsent[recorder.endpoint(i)]++;
      }
    }
  }
  const errorMessages = [];
  for (const [id, count2] of messageCounts) {
    const e = recorder.errorOf(id);
    const type = e.type;
    errorTypes.set(type, (errorTypes.get(type) ?? 0) + count2);
    errorMessages.push({ type, message: e.message, count: count2 });
  }
  errorMessages.sort((a, b) => b.count - a.count || a.message.localeCompare(b.message));
  const all = recorder.latencies();
  const overall2 = summarizeUs(all);
  const histogram = latencyHistogram(all);
  const byEndpoint = endpoints.length === 1 ? void 0 : groupLatencies(recorder, endpoints.length, (i) => recorder.endpoint(i), all);
  const perEndpointStats = endpoints.map(
    (_, e) => byEndpoint ? { count: group(byEndpoint, e).length, summary: summarizeUs(group(byEndpoint, e)) } : { count: n3, summary: overall2 }
  );
  const errorsBy = failed > 0 ? endpointErrors(recorder, endpoints.length) : void 0;
  const steps = stepInfos(endpoints);
  const checkRates = endpointCheckRates(result.outcome.sessions, endpoints.length);
  const stepSeries = endpoints.map(
    (ep, e) => ep.journey && !ep.rules?.once ? timeSeries(recorder, result.outcome.startUs, result.outcome.endUs, all, slices, e) : void 0
  );
  const perEndpoint = endpoints.map((ep, e) => {
    const { count: count2, summary } = perEndpointStats[e];
    const errors = errorsBy?.[e];
    return {
      endpoint: ep.name,
      ...stepFields(steps[e], checkRates[e]),
      method: ep.method,
      path: shownPath(ep),
      total_requests: count2,
      successful_requests: count2 - perEndpointFailed[e],
      failed_requests: perEndpointFailed[e],
      error_rate: percent(perEndpointFailed[e], count2),
      requests_per_second: round((count2 - perEndpointUnsent[e]) / durationSec, 2),
      successful_requests_per_second: round((count2 - perEndpointFailed[e]) / durationSec, 2),
      ...responseTimes(summary),
      ...errors?.length ? { errors } : {},
      ...stepSeries[e] ? { timeseries: stepSeries[e] } : {}
    };
  });
  return {
    total_requests: n3,
    successful_requests: n3 - failed,
    failed_requests: failed,
    ...responseTimes(overall2),
    requests_per_second: round((n3 - unsent) / durationSec, 2),
    successful_requests_per_second: round((n3 - failed) / durationSec, 2),
    error_rate: percent(failed, n3),
    total_duration: seconds(durationSec * 1e6),
    test_name: `${result.mode}_test_${result.target.service}`,
    timestamp: new Date(result.outcome.startedAtMs).toISOString(),
    per_endpoint: perEndpoint,
    status_codes: statusCodes,
    error_types: byErrorType(errorTypes),
    error_messages: errorMessages.slice(0, 50),
    timeseries: timeSeries(recorder, result.outcome.startUs, result.outcome.endUs, all, slices),
    latency_histogram: histogram,
    ...result.mode === "stress" ? { stages: stageMetrics(recorder, result.outcome.stages, result.outcome.startUs, 0, all) } : {},
    ...outage(recorder, result.outcome.startUs),
    ...pacingMetrics(result, all),
    ...runExtras(result, durationSec),
    ...sessionMetrics(result.outcome.sessions, steps, durationSec)
  };
}
function responseTimes(s) {
  return {
    average_response_time: s.average,
    median_response_time: s.median,
    p95_response_time: s.p95,
    p99_response_time: s.p99,
    min_response_time: s.min,
    max_response_time: s.max
  };
}
function pacingMetrics(result, scratch) {
  const { pacing, recorder } = result.outcome;
  if (!pacing) return { latency_basis: "actual_send" };
  const s = summarizeUs(recorder.serviceTimes(0, recorder.length, scratch));
  return {
    latency_basis: "intended_send",
    late_request_rate: percent(pacing.late, pacing.due),
    dropped_request_rate: percent(pacing.dropped, pacing.due),
    service_time: responseTimes(s),
    rate: {
      // journeys: the schedule starts iterations (the rate is journeys per second), each step then at its user's pace
      ...result.target.journeys ? { paces: "journeys" } : {},
      target_rps: pacing.rate,
      due_requests: pacing.due,
      // the asked rate times the share of due requests that were sent: exact, whatever the timers did
      achieved_rps: round(pacing.rate * pacing.sent / Math.max(pacing.due, 1), 2),
      late_requests: pacing.late,
      dropped_requests: pacing.dropped,
      dropped_at_end: pacing.droppedAtEnd,
      max_users: pacing.maxUsers,
      users_reached: pacing.usersReached
    }
  };
}
function outage(recorder, startUs) {
  if (!recorder.errorList.some((e) => e.type === "connection_refused")) return {};
  const refused = [];
  const answered = [];
  for (let i = 0; i < recorder.length; i++) {
    const second3 = Math.max(0, Math.floor((recorder.sendUs(i) - startUs) / 1e6));
    const id = recorder.errorIdAt(i);
    if (id !== 0 && recorder.errorOf(id).type === "connection_refused") refused[second3] = true;
    else answered[second3] = true;
  }
  const seconds2 = refused.filter((r2, s) => r2 && !answered[s]).length;
  return seconds2 > 0 ? { unavailable_seconds: seconds2 } : {};
}

// src/metrics/mergeable.ts
var MAX_MESSAGES = 500;
function sortMessages(list2) {
  return list2.sort((a, b) => b.count - a.count || a.message.localeCompare(b.message)).slice(0, MAX_MESSAGES);
}
function decodedHdr(text) {
  const h = tryDecodeHdr(text);
  if (typeof h === "string") throw new RangeError(`a mergeable histogram ${h}`);
  return h;
}
function mergeableSessions(s) {
  return {
    users: s.users,
    journeys: s.journeys.map((j) => ({
      name: j.name,
      iterations: j.iterations,
      failed: j.failed,
      restarted: j.restarted,
      once_failed: j.onceFailed,
      duration_hdr: j.durationHdr
    })),
    checks: s.checks.map((c) => ({
      endpoint: c.endpoint,
      label: c.label,
      passed: c.passed,
      failed: c.failed
    }))
  };
}
function sessionSummaryOf(m) {
  return {
    users: m.users,
    journeys: m.journeys.map((j) => ({
      name: j.name,
      iterations: j.iterations,
      failed: j.failed,
      restarted: j.restarted,
      onceFailed: j.once_failed ?? 0,
      durationHdr: j.duration_hdr
    })),
    checks: m.checks.map((c) => ({
      endpoint: c.endpoint,
      label: c.label,
      passed: c.passed,
      failed: c.failed
    }))
  };
}
function mergeableStep(s) {
  return s.journey ? { journey: s.journey, step: s.step, once: s.once, think: s.think } : {};
}
function stepOf(e) {
  return {
    name: e.endpoint,
    ...e.journey ? { journey: e.journey, step: e.step } : {},
    once: e.once ?? false,
    think: e.think ?? 0
  };
}

// src/metrics/mergeable-metrics.ts
var sum = (xs) => xs.reduce((a, b) => a + b, 0);
function quantiles(hdr2) {
  const h = decodedHdr(hdr2);
  return [seconds(hdrQuantile(h, 0.5)), seconds(hdrQuantile(h, 0.95)), seconds(hdrQuantile(h, 0.99))];
}
function responseTimes2(l) {
  const [p50, p95, p99] = quantiles(l.hdr);
  return {
    average_response_time: l.count ? seconds(l.sum_us / l.count) : 0,
    median_response_time: p50,
    p95_response_time: p95,
    p99_response_time: p99,
    // the exact extremes, not the histogram's
    min_response_time: seconds(l.min_us),
    max_response_time: seconds(l.max_us)
  };
}
function metricsFromMergeable(m, testName) {
  const duration2 = Math.max(m.active_seconds, 1e-6);
  const n3 = m.latency.count;
  const failed = sum(m.endpoints.map((e) => e.failed));
  const steps = m.endpoints.map(stepOf);
  const sessions2 = m.sessions && sessionSummaryOf(m.sessions);
  const checkRates = endpointCheckRates(sessions2, m.endpoints.length);
  const perEndpoint = m.endpoints.map((e, k) => ({
    endpoint: e.endpoint,
    ...stepFields(steps[k], checkRates[k]),
    method: e.method,
    path: e.path,
    total_requests: e.requests,
    successful_requests: e.requests - e.failed,
    failed_requests: e.failed,
    error_rate: percent(e.failed, e.requests),
    requests_per_second: round((e.requests - e.unsent) / duration2, 2),
    successful_requests_per_second: round((e.requests - e.failed) / duration2, 2),
    ...responseTimes2(e.latency),
    ...e.errors ? { errors: e.errors } : {}
  }));
  const timeseries = wallClockSeries(m);
  const unavailable = m.seconds.filter((s) => s.refused && !s.answered).length;
  return {
    total_requests: n3,
    successful_requests: n3 - failed,
    failed_requests: failed,
    ...responseTimes2(m.latency),
    requests_per_second: round((n3 - m.unsent) / duration2, 2),
    successful_requests_per_second: round((n3 - failed) / duration2, 2),
    error_rate: percent(failed, n3),
    total_duration: round(duration2, 6),
    test_name: testName,
    timestamp: new Date(m.started_ms).toISOString(),
    per_endpoint: perEndpoint,
    status_codes: m.status_codes,
    error_types: byErrorType(new Map(Object.entries(m.error_types))),
    error_messages: m.error_messages.slice(0, 50),
    timeseries,
    latency_histogram: m.latency_histogram,
    ...m.stages ? { stages: m.stages.map((s) => stageFigures(s, m.started_ms)) } : {},
    latency_basis: m.latency_basis,
    ...m.service_time ? { service_time: responseTimes2(m.service_time) } : {},
    ...m.pacing ? {
      late_request_rate: percent(m.pacing.late_requests, m.pacing.due),
      dropped_request_rate: percent(m.pacing.dropped_requests, m.pacing.due),
      rate: {
        ...m.pacing.paces ? { paces: m.pacing.paces } : {},
        target_rps: m.pacing.target_rps,
        due_requests: m.pacing.due,
        achieved_rps: round(m.pacing.target_rps * m.pacing.sent / Math.max(m.pacing.due, 1), 2),
        late_requests: m.pacing.late_requests,
        dropped_requests: m.pacing.dropped_requests,
        dropped_at_end: m.pacing.dropped_at_end,
        max_users: m.pacing.max_users,
        users_reached: m.pacing.users_reached
      }
    } : {},
    ...m.generator ? {
      generator: {
        ...m.generator,
        saturated: generatorSaturated(m.generator)
      }
    } : {},
    ...unavailable > 0 ? { unavailable_seconds: unavailable } : {},
    ...sessionMetrics(sessions2, steps, duration2)
  };
}
var MAX_SERIES_SECONDS = 3 * 86400;
function wallClockSeries(m) {
  if (m.seconds.length === 0) return [];
  const first = m.seconds[0].at;
  const last = m.seconds[m.seconds.length - 1].at;
  if (last - first > MAX_SERIES_SECONDS)
    throw new RangeError(
      `the per-second series would span ${last - first} s (more than ${MAX_SERIES_SECONDS})`
    );
  const by = new Map(m.seconds.map((s) => [s.at, s]));
  const out = [];
  for (let at = first; at <= last; at++) {
    const s = by.get(at);
    const inside = Math.min(at + 1, m.ended_ms / 1e3) - Math.max(at, m.started_ms / 1e3);
    const len = Math.min(1, Math.max(inside, 0.5));
    const [p50, p95, p99] = !s ? [0, 0, 0] : s.hdr ? quantiles(s.hdr) : (s.quantiles ?? [0, 0, 0]).map(seconds);
    out.push({
      second: at - first,
      requests: s?.requests ?? 0,
      errors: s?.errors ?? 0,
      requests_per_second: s ? round((s.requests - s.unsent) / len, 2) : 0,
      p50_response_time: p50,
      p95_response_time: p95,
      p99_response_time: p99
    });
  }
  return out;
}
function stageFigures(s, runStartMs) {
  const [p50, p95, p99] = quantiles(s.hdr);
  const duration2 = Math.max((s.ended_ms - s.started_ms) / 1e3, 1e-6);
  const failed = sum(Object.values(s.error_types));
  const generator = { event_loop_p99_ms: s.event_loop_p99_ms, cpu_percent: s.cpu_percent };
  return {
    stage: s.stage,
    users: s.users,
    start: round((s.started_ms - runStartMs) / 1e3, 3),
    duration: round(duration2, 3),
    requests: s.requests,
    rps: round(s.requests / duration2, 2),
    p50,
    p95,
    p99,
    error_rate: percent(failed, s.requests),
    error_types: s.error_types,
    generator,
    generator_bound: generatorSaturated(generator)
  };
}

// src/metrics/histogram-metrics.ts
var HISTOGRAM_NOTE = "percentiles from µs HdrHistograms (3 significant digits): each within 0.1% of the exact value on the same requests";
function metricsFromHistograms(result, h) {
  const m = mergeableOfHistograms(
    result,
    h,
    { index: 1, of: 1 },
    { overall: {}, per_endpoint: {} },
    testOf(result)
  );
  const base = metricsFromMergeable(m, `${result.mode}_test_${result.target.service}`);
  return {
    ...base,
    ...runExtras(result, m.active_seconds),
    recording: { mode: "histograms", note: HISTOGRAM_NOTE }
  };
}
function mergeableOfHistograms(result, h, shard, thresholds, test) {
  const { outcome, settings } = result;
  const durationSec = Math.max((outcome.endUs - outcome.startUs) / 1e6, 1e-6);
  const stage3 = outcome.stages[0];
  const { pacing } = outcome;
  return {
    format: 1,
    shard,
    started_ms: outcome.startedAtMs,
    ended_ms: outcome.endedAtMs,
    active_seconds: round(durationSec, 6),
    users: settings.users,
    ...settings.rps !== void 0 ? { rps: settings.rps } : {},
    ...h.figures(result.target.endpoints),
    ...outcome.sessions ? { sessions: mergeableSessions(outcome.sessions) } : {},
    ...stage3 && (stage3.cpuPercent > 0 || stage3.eventLoopP99Ms > 0) ? {
      generator: {
        event_loop_p99_ms: round(stage3.eventLoopP99Ms, 2),
        cpu_percent: round(stage3.cpuPercent, 1)
      }
    } : {},
    ...pacing ? {
      pacing: {
        target_rps: pacing.rate,
        late_requests: pacing.late,
        dropped_requests: pacing.dropped,
        dropped_at_end: pacing.droppedAtEnd,
        max_users: pacing.maxUsers,
        users_reached: pacing.usersReached,
        ...result.target.journeys ? { paces: "journeys" } : {},
        due: pacing.due,
        sent: pacing.sent
      }
    } : {},
    latency_basis: pacing ? "intended_send" : "actual_send",
    thresholds,
    test
  };
}
function testOf(result) {
  return {
    users: result.settings.users,
    duration: result.settings.duration,
    base_url: result.target.baseUrl,
    endpoints: result.target.endpoints.map((e) => e.name)
  };
}

// src/metrics/run-histograms.ts
var RunHistograms = class {
  constructor(endpointCount, paced, secondHistograms = false) {
    this.secondHistograms = secondHistograms;
    this.endpoints = Array.from({ length: endpointCount }, () => new EndpointTally());
    if (paced) this.service = new LatencyTally();
  }
  secondHistograms;
  overall = new LatencyTally();
  service;
  endpoints;
  /** seconds still receiving records (workers' batches arrive up to a second or two late) */
  open = /* @__PURE__ */ new Map();
  closed = /* @__PURE__ */ new Map();
  statusCodes = {};
  byErrorId = /* @__PURE__ */ new Map();
  buckets = new Array(BUCKETS).fill(0);
  unsent = 0;
  latest = -Infinity;
  errorsOf;
  /** Folds in records [from, to) of `r`; the recorder may free them afterwards. */
  add(r2, from, to) {
    this.errorsOf = r2;
    const epochUs = r2.epochMs * 1e3;
    for (let i = from; i < to; i++) {
      const latency3 = r2.latencyUs(i);
      const id = r2.errorIdAt(i);
      const sent = r2.wasSent(i);
      const status = r2.status(i);
      const ep = this.endpoints[r2.endpoint(i)];
      this.overall.record(latency3);
      this.service?.record(latency3 - r2.waitUs(i));
      ep.latency.record(latency3);
      ep.requests++;
      this.buckets[bucketOf(latency3)]++;
      if (status !== 0) this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1;
      const at = Math.floor((epochUs + r2.endUs(i)) / 1e6);
      const second3 = this.second(at);
      second3.requests++;
      second3.hdr.recordValue(Math.max(1, latency3));
      if (id === 0) {
        second3.answered = true;
        continue;
      }
      this.byErrorId.set(id, (this.byErrorId.get(id) ?? 0) + 1);
      ep.failed++;
      addError(ep.errors, { type: r2.errorOf(id).type, status, count: 1 });
      second3.errors++;
      if (r2.errorOf(id).type === "connection_refused") second3.refused = true;
      else second3.answered = true;
      if (!sent) {
        this.unsent++;
        ep.unsent++;
        second3.unsent++;
      }
    }
    this.closeBefore(this.latest - 2);
  }
  second(at) {
    if (at > this.latest) this.latest = at;
    let s = this.open.get(at);
    if (s) return s;
    s = new SecondTally();
    const done = this.closed.get(at);
    if (done) {
      this.closed.delete(at);
      s.reopen(done);
    }
    this.open.set(at, s);
    return s;
  }
  closeBefore(at) {
    for (const [k, s] of this.open)
      if (k < at) {
        this.closed.set(k, s.close(k, this.secondHistograms));
        this.open.delete(k);
      }
  }
  /** What the run's figures are made from: the shape `metricsFromMergeable` reads. */
  figures(endpoints) {
    this.closeBefore(Infinity);
    const r2 = this.errorsOf;
    const steps = stepInfos(endpoints);
    const messages = [];
    const types = {};
    for (const [id, count2] of this.byErrorId) {
      const e = r2.errorOf(id);
      const type = e.type;
      types[type] = (types[type] ?? 0) + count2;
      messages.push({ type, message: e.message, count: count2 });
    }
    return {
      latency: this.overall.mergeable(),
      ...this.service ? { service_time: this.service.mergeable() } : {},
      unsent: this.unsent,
      endpoints: endpoints.map((e, k) => {
        const step = mergeableStep(steps[k]);
        const t = this.endpoints[k];
        const errors = topErrors([...t.errors.values()]);
        return {
          endpoint: e.name,
          method: e.method,
          path: shownPath(e),
          requests: t.requests,
          failed: t.failed,
          unsent: t.unsent,
          latency: t.latency.mergeable(),
          ...errors.length ? { errors } : {},
          ...step
        };
      }),
      seconds: [...this.closed.values()].sort((a, b) => a.at - b.at),
      status_codes: { ...this.statusCodes },
      error_messages: sortMessages(messages),
      error_types: types,
      latency_histogram: bucketsOf(this.buckets)
    };
  }
};
var LatencyTally = class {
  count = 0;
  sum = 0;
  min = Infinity;
  max = 0;
  hdr = newHdr();
  record(us) {
    this.count++;
    this.sum += us;
    if (us < this.min) this.min = us;
    if (us > this.max) this.max = us;
    this.hdr.recordValue(Math.max(1, us));
  }
  mergeable() {
    return {
      count: this.count,
      sum_us: this.sum,
      min_us: this.count ? this.min : 0,
      max_us: this.max,
      hdr: encodeHdr(this.hdr)
    };
  }
};
var EndpointTally = class {
  requests = 0;
  failed = 0;
  unsent = 0;
  latency = new LatencyTally();
  errors = /* @__PURE__ */ new Map();
};
var SecondTally = class {
  requests = 0;
  errors = 0;
  unsent = 0;
  refused = false;
  answered = false;
  hdr = newHdr();
  /** percentiles of a second closed without its histogram: a straggler is counted, not in them */
  kept;
  reopen(s) {
    this.requests = s.requests;
    this.errors = s.errors;
    this.unsent = s.unsent;
    this.refused = s.refused;
    this.answered = s.answered;
    if (s.hdr) this.hdr = decodedHdr(s.hdr);
    else this.kept = s.quantiles;
  }
  close(at, withHistogram) {
    const counts3 = {
      at,
      requests: this.requests,
      errors: this.errors,
      unsent: this.unsent,
      refused: this.refused,
      answered: this.answered
    };
    if (withHistogram) return { ...counts3, hdr: encodeHdr(this.hdr) };
    const q = this.kept ?? [0.5, 0.95, 0.99].map((p) => hdrQuantile(this.hdr, p));
    return { ...counts3, hdr: "", quantiles: q };
  }
};

// src/run/recording.ts
function recordingOf(plan, shard = false) {
  const histograms = plan.settings.record === "histograms" ? new RunHistograms(plan.target.endpoints.length, plan.settings.rps !== void 0, shard) : void 0;
  return {
    ...histograms ? { histograms } : {},
    hooks: (hooks) => {
      if (!histograms) return hooks;
      const next = hooks.onRecords;
      return {
        ...hooks,
        onRecords: (r2, from, to) => {
          histograms.add(r2, from, to);
          return next?.(r2, from, to);
        },
        releaseTaken: true
      };
    },
    metrics: (result) => withDrift(
      histograms ? metricsFromHistograms(result, histograms) : calculateMetrics(result),
      plan.mode,
      plan.target.drift
    )
  };
}

// src/engine/preflight.ts
init_errors();
import { connect as netConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
function notThere(error) {
  const type = classifySocketError(error);
  return type === "connection_refused" || type === "dns" || error.code === "ETIMEDOUT";
}
async function checkReachable(target, timeoutSec) {
  const url = new URL(target.baseUrl);
  const secure = url.protocol === "https:";
  const port = Number(url.port) || (secure ? 443 : 80);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const outcome = await new Promise((resolve4) => {
    const socket = secure ? tlsConnect({ port, host, ...tlsConnectOptions(host, target.tls) }) : netConnect({ port, host });
    const done = (r2) => {
      socket.destroy();
      resolve4(r2);
    };
    let connected = false;
    socket.once("connect", () => connected = true);
    socket.setTimeout(
      Math.min(timeoutSec, 5) * 1e3,
      () => done(
        connected ? { ok: true } : { ok: false, error: Object.assign(new Error("connect timed out"), { code: "ETIMEDOUT" }) }
      )
    );
    socket.once(secure ? "secureConnect" : "connect", () => done({ ok: true }));
    socket.once("error", (error) => done({ ok: false, error }));
  });
  if (outcome.ok) return;
  const tls2 = tlsFailure(outcome.error);
  if (tls2) throw new UnreachableError(`❌ ${target.service} at ${url.origin}: ${tls2}`);
  if (notThere(outcome.error)) throw new UnreachableError(target.unreachableMessage);
}

// src/report/files/run-dir.ts
init_errors();
import { mkdir as mkdir2, mkdtemp, rmdir, stat as stat3 } from "node:fs/promises";
import { dirname as dirname4, join, resolve as resolve3 } from "node:path";

// src/report/files/make-dirs.ts
import { mkdir, stat as stat2 } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";
async function makeDirs(dir) {
  try {
    await mkdir(dir);
    return;
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST") {
      if ((await stat2(dir)).isDirectory()) return;
      throw Object.assign(new Error(`${dir} exists and is not a directory`), { code: "ENOTDIR" });
    }
    const parent = dirname3(dir);
    if (code !== "ENOENT" || parent === dir) throw e;
  }
  await makeDirs(dirname3(dir));
  try {
    await mkdir(dir);
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
}

// src/report/files/run-dir.ts
function runDirName(testName, at) {
  const p = (n3) => String(n3).padStart(2, "0");
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}_${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `${testName}_${stamp}`;
}
async function checkOutputDir(outputDir, label) {
  const bad = (why) => new InputError(label, `cannot write run directories under ${outputDir}: ${why}; choose a writable folder`);
  let dir = resolve3(outputDir);
  for (; ; ) {
    let isDir;
    try {
      isDir = (await stat3(dir)).isDirectory();
    } catch (e) {
      const code = e.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw bad(`${dir} (${code})`);
      if (dirname4(dir) === dir) throw bad(`no folder of it exists`);
      dir = dirname4(dir);
      continue;
    }
    if (!isDir) throw bad(`${dir} is a file`);
    try {
      await rmdir(await mkdtemp(join(dir, ".perf-gate-check-")));
    } catch (e) {
      throw bad(`${dir} does not let a folder be made in it (${e.code})`);
    }
    return;
  }
}
async function createRunDir(outputDir, testName, at, label) {
  try {
    await makeDirs(outputDir);
  } catch (e) {
    throw new InputError(
      label,
      `cannot create ${outputDir} (${e.code}); choose a writable folder`
    );
  }
  const base = join(outputDir, runDirName(testName, at));
  for (let n3 = 1; ; n3++) {
    const dir = n3 === 1 ? base : `${base}_${n3}`;
    try {
      await mkdir2(dir);
      return dir;
    } catch (e) {
      const code = e.code;
      if (code !== "EEXIST")
        throw new InputError(label, `cannot create ${dir} (${code}); choose a writable folder`);
    }
  }
}

// src/run/workload-inputs.ts
init_errors();
init_data_file();
init_http_grammar();
init_name_sources();

// src/config/step-values.ts
function journeyStepValues(endpoints, journeys) {
  const capturedBy = (ep) => endpoints[ep].rules?.capture.map((c) => c.name) ?? [];
  const firsts = (steps) => {
    const m = /* @__PURE__ */ new Map();
    for (const ep of steps) for (const n3 of capturedBy(ep)) if (!m.has(n3)) m.set(n3, endpoints[ep].name);
    return m;
  };
  const out = /* @__PURE__ */ new Map();
  for (const j of journeys) {
    const inJourney = firsts(j.steps);
    const elsewhere = firsts(journeys.filter((o) => o !== j).flatMap((o) => o.steps));
    for (const n3 of inJourney.keys()) elsewhere.delete(n3);
    j.steps.forEach((ep, pos) => {
      const before = new Set(j.steps.slice(0, pos).flatMap(capturedBy));
      const after = firsts(j.steps.slice(pos));
      for (const n3 of before) after.delete(n3);
      out.set(ep, {
        name: endpoints[ep].name,
        before: [...before],
        own: [...new Set(capturedBy(ep))],
        after,
        looped: pos >= j.once,
        elsewhere
      });
    });
  }
  return out;
}

// src/run/workload-inputs.ts
init_template();

// src/run/setup-step.ts
init_errors();
init_http_grammar();
init_json_path();
import http from "node:http";
import https from "node:https";

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
  for (const secret of secrets) {
    if (secret.length < 3) continue;
    for (const s of secretForms(secret)) if (out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out;
}
function redactDeep(value, secrets) {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      // an encoded histogram is data, not text: a short secret could occur in it by chance
      Object.entries(value).map(([k, v]) => [k, k === "hdr" ? v : redactDeep(v, secrets)])
    );
  }
  return value;
}

// src/run/setup-answer.ts
var MAX_SNIPPET = 300;
function answerSnippet(body, secrets) {
  const trimmed = body.trim();
  if (!trimmed) return "";
  const json = parseJson2(trimmed);
  const text = json.ok ? JSON.stringify(maskSensitive(json.value)) : trimmed.replace(/\s+/g, " ");
  const redacted = redactText(text, secrets);
  const line = redacted.replace(/[\u0000-\u001f\u007f]/g, " ");
  return line.length > MAX_SNIPPET ? `${line.slice(0, MAX_SNIPPET - 1)}…` : line;
}
function parseJson2(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
function maskSensitive(value) {
  if (Array.isArray(value)) return value.map(maskSensitive);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        isSensitiveHeader(k) && v !== null && typeof v !== "object" ? REDACTED : maskSensitive(v)
      ])
    );
  return value;
}

// src/run/setup-step.ts
var MAX_SETUP_BODY = 2 ** 20;
async function runSetup(target, timeoutSec, signal) {
  const values = {};
  const base = new URL(target.baseUrl);
  for (const step of target.workload?.setup ?? []) {
    const headers = setupHeaders(step, Object.keys(values));
    const request = { method: step.method, ...fillOnce({ ...step, headers, weight: 1 }, values) };
    const secrets = [...target.secrets, ...Object.values(values), ...requestCredentials(request)];
    const fail = (message) => {
      throw new UnreachableError(redactText(message, secrets));
    };
    if (signal?.aborted) fail(stoppedBySignal(step.name, target.service));
    const answer = await send(base, request, { timeoutSec, tls: target.tls, signal }).catch(
      (e) => {
        if (signal?.aborted) fail(stoppedBySignal(step.name, target.service));
        return fail(
          `❌ setup ${step.name} of ${target.service} failed: ${tlsFailure(e) ?? e.code ?? e.message}`
        );
      }
    );
    if (answer.status < 200 || answer.status > 299)
      fail(
        `❌ setup ${step.name} of ${target.service} answered HTTP ${answer.status}${snippet(answer.body, secrets)}; the load was not started`
      );
    try {
      Object.assign(values, capture(step, answer, target.service));
    } catch (e) {
      fail(e.message);
    }
  }
  return values;
}
function stoppedBySignal(step, service) {
  return `❌ stopped by signal during setup ${step} of ${service}; the load was not started`;
}
function capture(step, answer, service) {
  const names = Object.keys(step.capture);
  if (names.length === 0) return {};
  const fail = (why) => {
    throw new UnreachableError(`❌ setup ${step.name} of ${service}: ${why}; the load was not started`);
  };
  if (answer.capped) fail(`the answer is larger than 1 MiB, so ${names.join(", ")} cannot be captured`);
  const body = answer.body;
  let doc;
  try {
    doc = JSON.parse(body);
  } catch {
    fail(`the answer is not JSON, so ${names.join(", ")} cannot be captured`);
  }
  const out = {};
  for (const name of names) {
    const { path, steps } = step.capture[name];
    const v = atJsonPath(doc, steps);
    if (v === void 0 || v === null || typeof v === "object")
      fail(
        `capture ${name}: ${v === void 0 || v === null ? "nothing" : "an object, not a value,"} at ${path} in the answer`
      );
    const text = String(v);
    if (headerValueProblem(text)) fail(`capture ${name}: the value ${headerValueProblem(text)}`);
    out[name] = text;
  }
  return out;
}
function snippet(body, secrets) {
  const line = answerSnippet(body, secrets);
  return line ? `: ${line}` : "";
}
function send(base, request, options) {
  const secure = base.protocol === "https:";
  const host = base.hostname.replace(/^\[|\]$/g, "");
  const { timeoutSec } = options;
  return new Promise((resolve4, reject) => {
    const timer = setTimeout(() => {
      const e = new Error(`no complete answer within ${timeoutSec} s (timeout)`);
      reject(e);
      req.destroy(e);
    }, timeoutSec * 1e3);
    const settle = (fn) => {
      clearTimeout(timer);
      fn();
    };
    const req = (secure ? https : http).request(
      {
        host,
        port: base.port || (secure ? 443 : 80),
        method: request.method,
        path: request.path,
        headers: request.headers,
        agent: false,
        signal: options.signal,
        ...secure ? tlsConnectOptions(host, options.tls) : {}
      },
      (res) => {
        const chunks = [];
        let size = 0;
        const answer = (capped) => ({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          capped
        });
        res.on("data", (c) => {
          if (size > MAX_SETUP_BODY) return;
          const room = MAX_SETUP_BODY - size;
          size += c.length;
          chunks.push(room < c.length ? c.subarray(0, room) : c);
          if (size <= MAX_SETUP_BODY) return;
          settle(() => resolve4(answer(true)));
          req.destroy();
        });
        res.on("end", () => settle(() => resolve4(answer(false))));
        res.on("error", (e) => settle(() => reject(e)));
        res.on(
          "close",
          () => settle(() => reject(Object.assign(new Error("the answer was cut short"), { code: "ECONNRESET" })))
        );
      }
    );
    req.on("error", (e) => settle(() => reject(e)));
    req.end(request.body);
  });
}

// src/run/workload-inputs.ts
async function readWorkloadData(target, log) {
  const w = target.workload;
  const data = w?.data ? await readDataFile(w.data.path, w.data.order, w.data.field) : void 0;
  const setup = [];
  for (const step of w?.setup ?? []) {
    checkRequest({ ...step, headers: setupHeaders(step, setup) }, step.field, {
      columns: [],
      captures: [...setup]
    });
    setup.push(...Object.keys(step.capture));
  }
  const columns = data?.columns ?? [];
  const inHeaders = /* @__PURE__ */ new Set();
  try {
    checkEndpoints(target, { setup, columns, inHeaders, log, ...data ? { data } : {} });
  } catch (e) {
    if (isInputError(e)) throw new InputError(locatedField(target, e.field), e.detail);
    throw e;
  }
  if (data) checkHeaderValues(data, inHeaders);
  target.endpoints.forEach((e, i) => {
    for (const note of unitNotes(e, endpointField(target, i), (f) => locatedField(target, f))) log?.(note);
  });
  return data;
}
function checkEndpoints(target, o) {
  const { setup, columns, data, inHeaders, log } = o;
  const anyEndpoint = target.endpoints.flatMap((e) => e.rules?.capture.map((c) => c.name) ?? []);
  const steps = target.journeys && journeyStepValues(target.endpoints, target.journeys);
  target.endpoints.forEach((e, i) => {
    const where = endpointField(target, i);
    const step = steps?.get(i);
    const known = (own) => ({
      columns,
      captures: [...setup, ...step ? [...step.before, ...own ? step.own : []] : anyEndpoint],
      ...data ? { dataFile: data.file } : {},
      ...step ? { step } : {}
    });
    const late = (field, names) => {
      for (const name of names) log?.(lateNameNote(locatedField(target, field), name, step, data?.file));
    };
    for (const name of checkRequest(e, where, known(false), late)) inHeaders.add(name);
    for (const c of e.rules?.checks ?? []) {
      if (c.kind !== "contains" && c.kind !== "equals") continue;
      const text = c.kind === "contains" ? c.text : c.value;
      if (typeof text !== "string" || !hasPlaceholder(text)) continue;
      const field = `${where}.${c.field}`;
      const t = parseTemplate(text, field);
      const generator = t.slots.find((s) => s.kind !== "value");
      if (generator)
        throw new InputError(
          field,
          `{{${generator.kind}}} makes a new value each time, which no answer could match: a check reads names only (a data column or a captured value)`
        );
      late(field, checkNames(t, field, known(true)));
    }
  });
}
function unitNotes(e, where, at) {
  const notes = [];
  const think = e.rules?.think?.maxSec;
  if (think !== void 0 && think >= 60)
    notes.push(
      `⚠ ${at(`${where}.think`)}: each user pauses up to ${think} s after this step (a bare number is seconds; write 500ms for milliseconds)`
    );
  for (const c of e.rules?.checks ?? [])
    if (c.kind === "max_latency" && c.maxUs >= 1e7)
      notes.push(
        `⚠ ${at(`${where}.check.max_latency`)}: ${c.maxUs / 1e6} s is at or beyond the default request timeout (10 s), so it can fail only with a longer --timeout (a bare number is seconds; write 500ms for milliseconds)`
      );
  return notes;
}
function endpointField(target, i) {
  const e = target.endpoints[i];
  if (!e.journey) return `services.${target.service}.endpoints[${i}]`;
  const j = target.journeys.findIndex((x) => x.name === e.journey);
  return `services.${target.service}.journeys[${j}].steps[${target.journeys[j].steps.indexOf(i)}]`;
}
function locatedField(target, field) {
  if (!target.source || !field.startsWith("services.")) return field;
  for (let at = field; ; ) {
    const line = target.source.lines[at];
    if (line !== void 0) return `${target.source.file}:${line} ${field}`;
    const holder = at.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
    if (holder === at) return `${target.source.file} ${field}`;
    at = holder;
  }
}
function checkRequest(e, where, known, late = () => void 0) {
  const check2 = (text, field) => {
    if (text === void 0 || !hasPlaceholder(text)) return [];
    const t = parseTemplate(text, field);
    late(field, checkNames(t, field, known));
    return valueNames(t);
  };
  check2(e.path, `${where}.path`);
  check2(e.body, `${where}.body`);
  return Object.entries(e.headers).flatMap(([name, v]) => check2(v, `${where}.headers.${name}`));
}
function checkHeaderValues(data, names) {
  for (const name of names) {
    const c = data.columns.indexOf(name);
    if (c < 0) continue;
    data.rows.forEach((row, r2) => {
      const why = headerValueProblem(row[c] ?? "");
      if (why)
        throw new InputError(`${data.file} row ${r2 + 1} column ${name}`, `goes into a header and ${why}`);
    });
  }
}
async function workloadInputs(target, data, options) {
  const values = target.workload?.setup.length ? await runSetup(target, options.timeoutSec, options.signal) : {};
  const captured2 = Object.values(values).filter((v) => v.length > 0);
  if (!data && captured2.length === 0 && !usesGenerators(target)) return { target };
  const part = options.shard ? { index: options.shard.index - 1, of: options.shard.of } : void 0;
  return {
    target: { ...target, secrets: [.../* @__PURE__ */ new Set([...target.secrets, ...captured2])] },
    inputs: { values, ...data ? { data } : {}, ...part ? { part } : {} }
  };
}
function usesGenerators(target) {
  return target.endpoints.some(
    (e) => hasPlaceholder(e.path) || e.body !== void 0 && hasPlaceholder(e.body) || Object.values(e.headers).some(hasPlaceholder)
  );
}

// src/run/prepare-run.ts
async function prepareRun(plans, options) {
  const { output, observer, signal } = options;
  const first = plans[0];
  if (output) await checkRunOutput(output);
  const data = await readWorkloadData(first.target, options.log);
  const shared = data && sharedRowsNote(data, first);
  if (shared) options.log?.(shared);
  try {
    await observer?.start(
      first.target,
      first.mode,
      runDirName(output?.testName ?? first.target.service, output?.startedAt ?? /* @__PURE__ */ new Date())
    );
    if (!options.skipPreflight) for (const p of plans) await checkReachable(p.target, p.settings.timeout);
    const prepared = [];
    for (const p of plans) {
      const inputs = await workloadInputs(p.target, data, {
        timeoutSec: p.settings.timeout,
        shard: options.shard,
        signal
      });
      prepared.push({ ...p, ...inputs });
    }
    const dir = output ? await makeRunDir(output) : void 0;
    return { plans: prepared, ...dir ? { dir } : {} };
  } catch (e) {
    await observer?.end({ ran: false }).catch(() => void 0);
    throw e;
  }
}
function checkRunOutput(output) {
  return checkOutputDir(output.dir, output.label);
}
function makeRunDir(output) {
  return createRunDir(output.dir, output.testName, output.startedAt, output.label);
}
function sharedRowsNote(data, plan) {
  const users = plan.settings.maxUsers ?? plan.settings.users;
  if (data.order !== "per_user" || users <= data.rows.length) return void 0;
  const most = plan.settings.maxUsers !== void 0 ? "up to " : "";
  return `⚠ ${data.file} (order: per_user): ${most}${users} users share its ${data.rows.length} rows, so from user ${data.rows.length + 1} on the rows go round again and two users log in as one; add rows for a user of its own each`;
}

// src/gate/breach-streak.ts
init_abort_after();
init_thresholds();
var TIMER_SLACK_SEC = 0.05;
function secondValue(name, f) {
  if (name === "requests_per_second") return f.seconds > 0 ? (f.requests - f.failed) / f.seconds : void 0;
  if (f.requests === 0) return void 0;
  if (name === "error_rate") return f.failed / f.requests * 100;
  const lat = f.latenciesUs.subarray(0, f.requests);
  if (name === "avg_response_time") {
    let sum3 = 0;
    for (const v of lat) sum3 += v;
    return sum3 / lat.length / 1e6;
  }
  const p = name === "p50_response_time" ? 0.5 : name === "p95_response_time" ? 0.95 : 0.99;
  return quantilesInPlace(lat, [p])[0] / 1e6;
}
var BreachStreak = class {
  constructor(rule) {
    this.rule = rule;
  }
  rule;
  /** when the streak began (ms), and the seconds of load it has lasted */
  since;
  last = NaN;
  /** The second that ended at `nowMs`; the breach once the critical band has held `abortAfter`. */
  observe(f, nowMs) {
    const value = secondValue(this.rule.name, f);
    if (value === void 0) {
      if (!this.since) return void 0;
      this.since.seconds += f.seconds;
    } else if (bandStatus(value, this.rule.band, this.rule.higherIsBetter) === "critical") {
      this.since ??= { ms: nowMs - f.seconds * 1e3, seconds: 0 };
      this.since.seconds += f.seconds;
      this.last = value;
    } else {
      this.since = void 0;
      return void 0;
    }
    if (this.since.seconds + TIMER_SLACK_SEC < this.rule.abortAfter) return void 0;
    return { rule: this.rule, sinceMs: this.since.ms, atMs: nowMs, value: this.last };
  }
};
function breachRules(target) {
  const scopes = [
    { scope: "overall", thresholds: target.thresholds, endpoint: void 0 },
    ...target.endpoints.map((e, k) => ({ scope: e.name, thresholds: e.thresholds, endpoint: k }))
  ];
  return scopes.flatMap(
    ({ scope, thresholds, endpoint: endpoint3 }) => ABORTABLE_THRESHOLDS.flatMap((name) => {
      const band2 = thresholds?.[name];
      if (band2?.abort_after === void 0) return [];
      const def = THRESHOLD_DEFINITIONS[name];
      return [
        {
          name,
          scope,
          ...endpoint3 !== void 0 ? { endpoint: endpoint3 } : {},
          label: def.label,
          unit: def.unit,
          band: band2,
          higherIsBetter: def.higherIsBetter,
          abortAfter: band2.abort_after
        }
      ];
    })
  );
}

// src/gate/breach-watch.ts
var MIN_JUDGED_SEC = 0.5;
var Tally = class {
  requests = 0;
  failed = 0;
  latenciesUs = new Uint32Array(1024);
  add(latencyUs, failed) {
    if (this.requests === this.latenciesUs.length) {
      const grown = new Uint32Array(this.latenciesUs.length * 2);
      grown.set(this.latenciesUs);
      this.latenciesUs = grown;
    }
    this.latenciesUs[this.requests++] = latencyUs;
    if (failed) this.failed++;
  }
  figures(seconds2) {
    return { seconds: seconds2, requests: this.requests, failed: this.failed, latenciesUs: this.latenciesUs };
  }
  reset() {
    this.requests = 0;
    this.failed = 0;
  }
};
var BreachWatch = class {
  constructor(rules, onBreach, nowMs = Date.now) {
    this.onBreach = onBreach;
    this.nowMs = nowMs;
    this.streaks = rules.map((r2) => new BreachStreak(r2));
    for (const r2 of rules) this.tallies.set(r2.endpoint ?? -1, new Tally());
  }
  onBreach;
  nowMs;
  streaks;
  /** the run's records (key -1), and each endpoint's that a rule of its own watches */
  tallies = /* @__PURE__ */ new Map();
  pendingSec = 0;
  found;
  get breach() {
    return this.found;
  }
  window(recorder, w) {
    if (this.found || this.streaks.length === 0) return;
    const all = this.tallies.get(-1);
    const byEndpoint = this.tallies.size > (all ? 1 : 0);
    for (let i = w.from; i < w.to; i++) {
      const latency3 = recorder.latencyUs(i);
      const failed = recorder.errorIdAt(i) !== 0;
      all?.add(latency3, failed);
      if (byEndpoint) this.tallies.get(recorder.endpoint(i))?.add(latency3, failed);
    }
    this.pendingSec += w.seconds;
    if (this.pendingSec < MIN_JUDGED_SEC) return;
    this.judge(this.pendingSec, this.nowMs());
  }
  judge(seconds2, now) {
    this.pendingSec = 0;
    for (const s of this.streaks) {
      const breach = s.observe(this.tallies.get(s.rule.endpoint ?? -1).figures(seconds2), now);
      if (breach && !this.found) this.found = breach;
    }
    for (const t of this.tallies.values()) t.reset();
    if (this.found) this.onBreach(this.found);
  }
};

// src/report/format/numbers.ts
init_units();
function formatSeconds(s) {
  if (s === 0) return "0 ms";
  if (s < 1e-3) return `${(s * 1e3).toFixed(3)} ms`;
  if (s < 1) return `${(s * 1e3).toFixed(s < 0.01 ? 2 : 1)} ms`;
  return `${s.toFixed(s < 10 ? 2 : 1)} s`;
}
function formatUsers(n3) {
  return `${formatCount(n3)} ${n3 === 1 ? "user" : "users"}`;
}
function formatRunLength(seconds2) {
  if (seconds2 < 1) return `${seconds2 > 0 ? +seconds2.toPrecision(2) : 0} s`;
  return seconds2 < 120 ? `${+seconds2.toFixed(1)} s` : formatDuration(seconds2);
}
function formatSecondsRounded(s) {
  if (s === 0) return "0 ms";
  const [v, unit] = s < 1 ? [s * 1e3, "ms"] : [s, "s"];
  return `${+v.toPrecision(2)} ${unit}`;
}
function formatPercent(p) {
  return `${p.toFixed(p !== 0 && p < 0.1 ? 3 : 2)}%`;
}
function formatRps(r2) {
  const digits = r2 < 10 ? 2 : 1;
  return `${r2.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })} req/s`;
}
function formatCount(n3) {
  return n3.toLocaleString("en-US");
}
function formatBytes(bytes2) {
  const abs2 = Math.abs(bytes2);
  const [div, unit] = abs2 >= 1e12 ? [1e12, "TB"] : abs2 >= 1e9 ? [1e9, "GB"] : abs2 >= 1e6 ? [1e6, "MB"] : abs2 >= 1e3 ? [1e3, "kB"] : [1, "B"];
  const v = bytes2 / div;
  return `${div === 1 ? Math.round(v) : +v.toPrecision(3)} ${unit}`;
}
function formatGrowth(bytesPerHour) {
  return `${bytesPerHour > 0 ? "+" : bytesPerHour < 0 ? "−" : ""}${formatBytes(Math.abs(bytesPerHour))}/h`;
}
function formatValue(value, unit) {
  if (unit === "bytes_per_hour") return formatGrowth(value);
  return unit === "seconds" ? formatSeconds(value) : unit === "percent" ? formatPercent(value) : formatRps(value);
}
function formatLimit(value, unit) {
  if (unit === "bytes_per_hour") return `${formatBytes(value)}/h`;
  if (unit === "seconds")
    return value >= 1 || value === 0 ? `${+value.toFixed(3)} s` : `${+(value * 1e3).toFixed(3)} ms`;
  if (unit === "percent") return `${+value.toFixed(4)}%`;
  return (+value.toFixed(2)).toLocaleString("en-US", { maximumFractionDigits: 2 });
}

// src/report/format/sentences.ts
init_csv_choice();
init_units();
function pacingSentence(m) {
  if (!m.rate || !m.service_time) return void 0;
  const r2 = m.rate;
  const st = m.service_time;
  const due = r2.due_requests;
  const pct2 = (n3) => due ? formatPercent(n3 / due * 100) : "";
  const share2 = (n3, more = "") => due || more ? ` (${[pct2(n3), more].filter(Boolean).join("; ")})` : "";
  const sent = due - r2.dropped_requests;
  const [what, went] = r2.paces === "journeys" ? ["journeys", "started"] : ["requests", "sent"];
  const atEnd = r2.dropped_at_end ? `${formatCount(r2.dropped_at_end)} of them still waiting when the run ended, not counted as ${what}` : "";
  return `Paced at ${formatCount(r2.target_rps)} ${r2.paces === "journeys" ? "journeys" : "req"}/s: ${formatCount(sent)} of ${formatCount(due)} due ${what} ${went}${share2(sent)}, ${formatCount(r2.late_requests)} late${share2(r2.late_requests)}, ${formatCount(r2.dropped_requests)} dropped${share2(r2.dropped_requests, atEnd)}; ${formatCount(r2.users_reached)} ${r2.users_reached === 1 ? "connection" : "connections"} used of at most ${formatCount(r2.max_users)}. ` + (r2.paces === "journeys" ? `A journey's first step counts from its due time, each later step from when its user was due to send it (coordinated omission corrected); ` : `Response times count from each request's due time (coordinated omission corrected); `) + `from the actual send (service time) p50 ${formatSeconds(st.median_response_time)}, p99 ${formatSeconds(st.p99_response_time)}.`;
}
function generatorSentence(m) {
  const g = m.generator;
  if (!g?.saturated) return void 0;
  const main = g.main_thread_cpu_percent;
  const where = main === void 0 ? `CPU ${g.cpu_percent}% of a core` : `busiest worker's CPU ${g.cpu_percent}% of a core, main thread's ${main}%`;
  return `The load generator was saturated (${where}, event-loop delay p99 ${g.event_loop_p99_ms} ms): ${m.rate ? "late requests" : "throughput"} and response times include its own delay. Fewer users, a lower rate, or more generator capacity would measure the service alone.`;
}
function outageSentence(m) {
  if (!m.unavailable_seconds) return void 0;
  return `The target refused every connection for ${m.unavailable_seconds} s of the ${formatRunLength(m.total_duration)} run (connection_refused): an outage, which the error rate understates (attempts are backed off, not repeated thousands of times a second).`;
}
function tlsSentence(doc) {
  if (!doc.config.tls_insecure) return void 0;
  return `The certificate of ${doc.config.base_url} was not verified (--insecure, tls.insecure or input insecure): the requests, and their credentials, may have gone to another server.`;
}
function runWarnings(doc) {
  return [
    shardSentence(doc),
    endedEarlySentence(doc),
    generatorSentence(doc),
    tlsSentence(doc),
    outageSentence(doc),
    recordingSentence(doc)
  ].filter((s) => s !== void 0);
}
function recordingSentence(doc) {
  if (!doc.recording) return void 0;
  return `Recorded as histograms (--record histograms): ${doc.recording.note}.`;
}
function endedEarlySentence(doc) {
  if (doc.mode !== "load" && doc.mode !== "soak" || !doc.stopped_early) return void 0;
  return `The load ended after ${formatRunLength(doc.total_duration)} of the ${formatRunLength(doc.config.duration)} asked for: ${doc.stopped_early}`;
}
function shardSentence(doc) {
  const shard = doc.config.shard;
  if (!shard) return void 0;
  if (shard.startsWith("merged "))
    return `Merged from ${shard.slice(7).replace("/", " of ")} shards run at once on several machines: the figures are of all their requests together`;
  return `Shard ${shard} of a test: this machine's share of its users and rate (the throughput bands are its share too); perf-gate merge adds the shards up`;
}
function abThresholdNote(failOn) {
  return failOn === "never" ? "B's thresholds, for information: an A/B run is judged by the comparison (--fail-on never, the default for ab; --fail-on critical or warning makes them gate too)." : `B's thresholds also gate this run (--fail-on ${failOn}).`;
}
function csvSentence(choice) {
  return `results.csv: ${csvRows(choice)}`;
}
function csvRows(choice) {
  const c = choice ?? "all";
  if (c === "all") return "a row per request (csv all)";
  if (c === "errors") return "a row per failed request only (csv errors)";
  if (c === "none") return "its header only, no rows (csv none)";
  if (c === "mixed") return "each shard's rows as its own csv choice kept them";
  return `a row per failed request and one in ${formatCount(sampleEvery(c) ?? 1)} of the others (csv ${c})`;
}
function thresholdAbortSentence(a) {
  const scope = a.scope === "overall" ? "" : ` of ${a.scope}`;
  const side = a.side ? ` on side ${a.side}` : "";
  const band2 = `${a.higher_is_better ? "≤" : "≥"} ${formatLimit(a.critical, a.unit)}`;
  return `thresholds.${a.threshold}.abort_after (${formatDuration(a.abort_after)})${scope}: ${a.label}${side} was critical (${band2}) every second since ${a.since.slice(11, 19)} UTC (second ${a.since_second} of the run); stopped at second ${a.at_second}, its last second at ${formatValue(a.value, a.unit)}`;
}

// src/run/breach-abort.ts
var BreachAbort = class {
  constructor(target, outer, options = {}) {
    this.outer = outer;
    this.side = options.side;
    const rules = breachRules(target);
    this.watching = rules.length > 0;
    this.watch = new BreachWatch(rules, () => this.controller.abort(), options.nowMs);
    const follow = () => this.controller.abort();
    outer?.addEventListener("abort", follow, { once: true });
    if (outer?.aborted) follow();
    this.unlink = () => outer?.removeEventListener("abort", follow);
  }
  outer;
  controller = new AbortController();
  watch;
  watching;
  side;
  unlink;
  /** The breach that stopped the run, when one did, and on which side of an A/B run. */
  get stop() {
    const breach = this.watch.breach;
    return breach && { breach, ...this.side ? { side: this.side } : {} };
  }
  /** Fired by a breach, or by the face's signal. */
  get signal() {
    return this.controller.signal;
  }
  /** A run's hooks with the watch added: its windows judged, its signal also fired by a breach. */
  hooks(h) {
    if (!this.watching) return h;
    const own = h.onWindow;
    return {
      ...h,
      signal: this.controller.signal,
      onWindow: (recorder, w) => {
        own?.(recorder, w);
        if (!this.outer?.aborted) this.watch.window(recorder, w);
      }
    };
  }
  /**
   * The run's result, saying the breach that stopped it (this watch's, or
   * an A/B run's other side's), its seconds counted from `runStartMs`.
   */
  finish(result, stop = this.stop, runStartMs = result.outcome.startedAtMs) {
    if (!stop) return result;
    const thresholdAbort2 = describeBreach(stop, runStartMs);
    return {
      ...result,
      thresholdAbort: thresholdAbort2,
      outcome: { ...result.outcome, partial: true, abortReason: thresholdAbortSentence(thresholdAbort2) }
    };
  }
  dispose() {
    this.unlink();
  }
};
function describeBreach({ breach: b, side }, runStartMs) {
  const second3 = (ms2) => Math.max(0, Math.round((ms2 - runStartMs) / 100) / 10);
  const r2 = b.rule;
  return {
    threshold: r2.name,
    scope: r2.scope,
    label: r2.label,
    unit: r2.unit,
    abort_after: r2.abortAfter,
    critical: r2.band.critical,
    higher_is_better: r2.higherIsBetter,
    value: Math.round(b.value * 1e6) / 1e6,
    since: new Date(b.sinceMs).toISOString(),
    since_second: second3(b.sinceMs),
    at: new Date(b.atMs).toISOString(),
    at_second: second3(b.atMs),
    ...side ? { side } : {}
  };
}

// src/run/perform-test.ts
init_errors();
import { rm } from "node:fs/promises";
import { join as join5 } from "node:path";

// src/gate/comparability.ts
var SAME_MEMORY = 0.05;
function comparabilityWarnings(baseline2, current) {
  const out = [];
  const differ = (what, a, b, unit = "") => {
    if (a !== b) out.push(`${what} differ: ${a ?? "none"}${unit} in the baseline, ${b ?? "none"}${unit} now`);
  };
  if (baseline2.partial)
    out.push("the baseline run was stopped early (partial): it measured less than its settings say");
  if (current.partial)
    out.push("this run was stopped early (partial): it measured less than its settings say");
  differ("services", baseline2.service, current.service);
  differ("base URLs", baseline2.config.base_url, current.config.base_url);
  differ("modes", baseline2.mode, current.mode);
  differ("users", baseline2.config.users, current.config.users);
  differ("durations", baseline2.config.duration, current.config.duration, " s");
  const rate3 = (rps) => rps === void 0 ? "no rate" : `${rps} req/s`;
  if (baseline2.config.rps !== current.config.rps) {
    out.push(`rates differ: ${rate3(baseline2.config.rps)} in the baseline, ${rate3(current.config.rps)} now`);
    if (baseline2.config.rps === void 0 !== (current.config.rps === void 0))
      out.push(
        "latencies count from different starts: from the due time in the paced run, from the send in the other"
      );
  }
  if (baseline2.mode === "stress" && current.mode === "stress")
    differ("steps", baseline2.config.steps, current.config.steps);
  differ("generator threads", baseline2.config.workers ?? 1, current.config.workers ?? 1);
  out.push(...runnerWarnings(baseline2.provenance?.runner, current.provenance?.runner));
  return out;
}
function runnerWarnings(a, b) {
  if (!a || !b) return [];
  const out = [];
  if (a.cpu !== b.cpu) out.push(`runner CPUs differ: ${a.cpu} in the baseline, ${b.cpu} now`);
  if (a.cores !== b.cores) out.push(`runner cores differ: ${a.cores} in the baseline, ${b.cores} now`);
  const larger = Math.max(a.memory_bytes, b.memory_bytes);
  if (larger > 0 && Math.abs(a.memory_bytes - b.memory_bytes) / larger > SAME_MEMORY)
    out.push(
      `runner memory differs: ${gigabytes(a.memory_bytes)} in the baseline, ${gigabytes(b.memory_bytes)} now`
    );
  return out;
}
function gigabytes(bytes2) {
  return `${+(bytes2 / 1e9).toPrecision(3)} GB`;
}

// src/gate/history-compare.ts
init_regression();
import { mean, sampleStandardDeviation as sd } from "simple-statistics";
init_regression();
function compareWithHistory(history, current, view, o = {}) {
  if (history.length < MIN_HISTORY_RUNS)
    throw new Error(`a history needs ${MIN_HISTORY_RUNS} runs or more, got ${history.length}`);
  const metrics = COMPARED_METRICS.map(
    (metric) => judgeMetric(metric, history, current, o.tolerances?.[metric] ?? DEFAULT_TOLERANCES[metric])
  );
  return {
    verdict: overall(metrics),
    method: "run_history",
    level: 0.95,
    windows: { baseline: history.length, current: current.windows.length },
    history: view,
    metrics
  };
}
function judgeMetric(metric, history, current, tolerance2) {
  const rule = metricRule(metric);
  const relative = rule.kind === "relative";
  const to = relative ? Math.log : (v) => v;
  const from = relative ? Math.exp : (v) => v;
  const figures = history.map((h) => h.headline[metric]).filter((v) => !relative || v > 0);
  const now = current.headline[metric];
  const k = figures.length;
  const m = k ? mean(figures.map(to)) : NaN;
  const baseline2 = from(m);
  if (k < MIN_HISTORY_RUNS || relative && !(now > 0)) {
    return {
      metric,
      baseline: baseline2,
      current: now,
      change: 0,
      ci_low: null,
      ci_high: null,
      tolerance: tolerance2,
      verdict: "inconclusive"
    };
  }
  const s = sd(figures.map(to));
  const spread = s * Math.sqrt(1 + 1 / k);
  const half = tQuantile975(k - 1) * Math.max(spread, ownNoise(rule, current, relative));
  const d = to(now) - m;
  const change3 = relative ? Math.expm1(d) : d;
  const interval = {
    estimate: change3,
    low: relative ? Math.expm1(d - half) : d - half,
    high: relative ? Math.expm1(d + half) : d + half
  };
  return {
    metric,
    baseline: round3(baseline2),
    current: now,
    change: round3(change3, 4),
    ci_low: round3(interval.low, 4),
    ci_high: round3(interval.high, 4),
    tolerance: tolerance2,
    detectable_change: round3(detectableChange(interval, tolerance2), 4),
    verdict: historyVerdict(
      judgeChange(interval, tolerance2, rule.worse),
      Math.abs(d) <= half,
      relative ? Math.expm1(half) : half,
      tolerance2
    )
  };
}
function historyVerdict(verdict, insideSpread, halfWidth, tolerance2) {
  return verdict === "inconclusive" && insideSpread && halfWidth <= tolerance2 ? "no_change" : verdict;
}
function ownNoise(rule, run, relative) {
  const { num, den } = rule.series(run.windows);
  const values = num.flatMap((n3, i) => {
    if (!(den[i] > 0)) return [];
    const v = n3 / den[i];
    return relative ? v > 0 ? [Math.log(v)] : [] : [v];
  });
  return values.length < 2 ? 0 : sd(values) / Math.sqrt(values.length);
}
var round3 = (v, d = 6) => Number(v.toFixed(d));

// src/gate/step-comparison.ts
function compareRunsWithSteps(baseline2, current, o = {}) {
  const cmp = compareRuns(baseline2, current, o);
  const pairs = current.steps.flatMap((c) => {
    const b = baseline2.steps.find((x) => x.endpoint === c.endpoint);
    return b?.timeseries && c.timeseries ? [{ b: { ...b, timeseries: b.timeseries }, c: { ...c, timeseries: c.timeseries } }] : [];
  });
  const level = stepLevel(o, pairs.length);
  return joined(
    cmp,
    pairs.map(({ b, c }) => [c.endpoint, compareRuns(runWindows(b), runWindows(c), { ...o, level })]),
    level
  );
}
function stepLevel(o, steps) {
  const level = o.level ?? 0.95;
  return steps > 1 ? 1 - (1 - level) / steps : level;
}
function joined(cmp, steps, level) {
  if (steps.length === 0) return cmp;
  const metrics = [
    ...cmp.metrics,
    ...steps.flatMap(([endpoint3, c]) => c.metrics.map((m) => ({ ...m, endpoint: endpoint3 })))
  ];
  return { ...cmp, metrics, verdict: overall(metrics), step_level: level };
}

// src/gate/history-changes.ts
init_regression();

// src/metrics/energy-split.ts
var abs = Math.abs;
function bestSplit(z8, minSegment, work = new SplitWork(z8.length)) {
  const m = z8.length;
  const best = { index: -1, q: 0 };
  if (m < 2 * minSegment) return best;
  const { toLeft, before } = work.reset(m);
  for (let k = 1; k < m; k++) {
    let s = 0;
    const zk = z8[k];
    for (let i = 0; i < k; i++) s += abs(z8[i] - zk);
    before[k] = s;
  }
  let withinX = 0;
  for (let tau = 1; tau <= m - minSegment; tau++) {
    const joined2 = z8[tau - 1];
    withinX += before[tau - 1];
    if (tau < minSegment) {
      for (let k = tau; k < m; k++) toLeft[k] += abs(joined2 - z8[k]);
      continue;
    }
    const n3 = tau;
    const xTerm = n3 > 1 ? withinX / (n3 - 1) : 0;
    let between = 0;
    let withinY = 0;
    for (let k = tau; k < m; k++) {
      const left = toLeft[k] + abs(joined2 - z8[k]);
      toLeft[k] = left;
      between += left;
      withinY += before[k] - left;
      const my = k - tau + 1;
      if (my < minSegment) continue;
      const q = (2 * between - 2 * my * xTerm - (my > 1 ? 2 * n3 * withinY / (my - 1) : 0)) / (n3 + my);
      if (q > best.q) {
        best.q = q;
        best.index = tau;
      }
    }
  }
  return best;
}
var SplitWork = class {
  toLeft;
  before;
  constructor(size) {
    this.toLeft = new Float64Array(size);
    this.before = new Float64Array(size);
  }
  reset(m) {
    if (this.toLeft.length < m) {
      this.toLeft = new Float64Array(m);
      this.before = new Float64Array(m);
    }
    this.toLeft.fill(0, 0, m);
    this.before[0] = 0;
    return { toLeft: this.toLeft, before: this.before };
  }
};

// src/metrics/segment-change.ts
import { mean as mean2, sampleVariance } from "simple-statistics";
function segmentChange(before, after, kind) {
  const mb = mean2(before);
  const ma = mean2(after);
  if (kind === "points") {
    const d = ma - mb;
    const h2 = welchHalfWidth(
      sampleVariance(before) / before.length,
      before.length,
      sampleVariance(after) / after.length,
      after.length
    );
    return { change: d, ci_low: d - h2, ci_high: d + h2 };
  }
  const change3 = mb === 0 ? ma === 0 ? 0 : Infinity : ma / mb - 1;
  if (!(mb > 0 && ma > 0)) return { change: change3, ci_low: NaN, ci_high: NaN };
  const vb = sampleVariance(before) / before.length / (mb * mb);
  const va = sampleVariance(after) / after.length / (ma * ma);
  const h = welchHalfWidth(vb, before.length, va, after.length);
  const l = Math.log(ma / mb);
  return { change: change3, ci_low: Math.expm1(l - h), ci_high: Math.expm1(l + h) };
}
function welchHalfWidth(v1, n1, v2, n22) {
  const v = v1 + v2;
  if (v === 0) return 0;
  const df = v * v / (v1 * v1 / (n1 - 1) + v2 * v2 / (n22 - 1));
  return tQuantile975(df) * Math.sqrt(v);
}

// src/metrics/split-significance.ts
var TIE = 1e-12;
var SegmentNull = class {
  constructor(values, seed, minSegment, work) {
    this.minSegment = minSegment;
    this.work = work;
    this.values = values.slice();
    this.random = seededRandom(seed);
  }
  minSegment;
  work;
  drawn = [];
  values;
  random;
  at(r2) {
    if (this.values.length < 2 * this.minSegment) return 0;
    while (this.drawn.length <= r2) {
      shuffle(this.values, this.random);
      this.drawn.push(bestSplit(this.values, this.minSegment, this.work).q);
    }
    return this.drawn[r2];
  }
};
function shuffle(values, random) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random() * (i + 1) | 0;
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}
function segmentSeed(seed, start, end) {
  return seed + Math.imul(start + 1, 2654435761) + Math.imul(end + 1, 2246822507) >>> 0;
}
var PermutationTest = class {
  constructor(z8, o) {
    this.z = z8;
    this.o = o;
    this.work = new SplitWork(z8.length);
  }
  z;
  o;
  nulls = /* @__PURE__ */ new Map();
  work;
  /** The test of `observed`, the largest Q̂ over `segments` ([start, end) pairs covering the series). */
  test(segments2, observed) {
    const R = this.o.permutations;
    const allowed = Math.floor(this.o.alpha * (R + 1) + 1e-9) - 1;
    const nulls = segments2.map(([a, b]) => this.segmentNull(a, b));
    let beaten = 0;
    for (let r2 = 0; r2 < R; r2++) {
      let q = 0;
      for (const n3 of nulls) {
        const v = n3.at(r2);
        if (v > q) q = v;
      }
      if (q >= observed * (1 - TIE)) beaten++;
      if (beaten > allowed) return { significant: false, p_value: (1 + beaten) / (R + 1) };
    }
    const p = (1 + beaten) / (R + 1);
    return { significant: p <= this.o.alpha, p_value: p };
  }
  segmentNull(start, end) {
    const key = `${start}:${end}`;
    let n3 = this.nulls.get(key);
    if (!n3) {
      n3 = new SegmentNull(
        this.z.subarray(start, end),
        segmentSeed(this.o.seed, start, end),
        this.o.minSegment,
        this.work
      );
      this.nulls.set(key, n3);
    }
    return n3;
  }
};

// src/metrics/change-points.ts
var CHANGE_POINT_DEFAULTS = {
  kind: "relative",
  alpha: 0.05,
  minSegment: 5,
  permutations: 99,
  seed: 24301
};
function changePoints(series2, options = {}) {
  const o = { ...CHANGE_POINT_DEFAULTS, ...options };
  checkOptions(o);
  if (series2.some((v) => !Number.isFinite(v)))
    throw new RangeError("changePoints: every figure must be a finite number");
  if (series2.length < 2 * o.minSegment) return [];
  const z8 = Float64Array.from(
    series2,
    o.kind === "relative" && series2.every((v) => v > 0) ? Math.log : (v) => v
  );
  const test = new PermutationTest(z8, o);
  const splits = /* @__PURE__ */ new Map();
  const found = [];
  for (; ; ) {
    const bounds = [0, ...found.map((f) => f.index).sort((a, b) => a - b), z8.length];
    const segments2 = bounds.slice(1).map((end, i) => [bounds[i], end]);
    let best = { index: -1, q: 0 };
    for (const [a, b] of segments2) {
      const key = `${a}:${b}`;
      if (!splits.has(key)) splits.set(key, bestSplit(z8.subarray(a, b), o.minSegment));
      const s = splits.get(key);
      if (s.q > best.q) best = { index: a + s.index, q: s.q };
    }
    if (best.q <= 0) break;
    const t = test.test(segments2, best.q);
    if (!t.significant) break;
    found.push({ ...best, p_value: t.p_value });
  }
  return describe2(series2, found, o.kind);
}
function checkOptions(o) {
  if (!Number.isInteger(o.minSegment) || o.minSegment < 2)
    throw new RangeError("changePoints: minSegment must be an integer of at least 2");
  if (!(o.alpha > 0 && o.alpha < 1)) throw new RangeError("changePoints: alpha must be between 0 and 1");
  if (!Number.isInteger(o.permutations) || o.alpha * (o.permutations + 1) < 1)
    throw new RangeError("changePoints: permutations must be an integer with alpha·(permutations + 1) ≥ 1");
}
function describe2(series2, found, kind) {
  const sorted = [...found].sort((a, b) => a.index - b.index);
  const bounds = [0, ...sorted.map((f) => f.index), series2.length];
  const summary = (start, end) => {
    let sum3 = 0;
    for (let i = start; i < end; i++) sum3 += series2[i];
    return { start, n: end - start, mean: sum3 / (end - start) };
  };
  return sorted.map((f, i) => {
    const before = series2.slice(bounds[i], f.index);
    const after = series2.slice(f.index, bounds[i + 2]);
    return {
      index: f.index,
      before: summary(bounds[i], f.index),
      after: summary(f.index, bounds[i + 2]),
      ...segmentChange(before, after, kind),
      p_value: f.p_value,
      q: f.q
    };
  });
}

// src/gate/history-changes.ts
function sinceLastChange(series2, figures) {
  let start = 0;
  for (const metric of COMPARED_METRICS)
    for (const c of metricChangePoints(
      series2.map((r2) => figures(r2)[metric]),
      metric
    ))
      start = Math.max(start, c.index);
  return series2.slice(start);
}
var MIN_CHANGE_POINT_STEP = { relative: 0.02, points: 0.1 };
function metricChangePoints(figures, metric) {
  const kind = metricRule(metric).kind;
  return changePoints(figures, { kind }).filter((c) => Math.abs(c.change) >= MIN_CHANGE_POINT_STEP[kind]);
}
function runRefOf(doc) {
  const commit = doc.provenance?.commit;
  return { run: `${doc.test_name} ${doc.timestamp}`, ...commit ? { commit } : {} };
}

// src/report/run-document.ts
import { basename as basename5 } from "node:path";
init_csv_choice();
function stressFields(v) {
  return {
    ...v.breaking_point ? { breaking_point: v.breaking_point } : {},
    ...v.max_sustainable ? { max_sustainable: v.max_sustainable } : {},
    generator_bound_stages: v.generator_bound_stages,
    stress_conclusion: v.conclusion
  };
}
var SCHEMA_VERSION = 2;
function checksView(checks3, scope) {
  return Object.fromEntries(
    checks3.filter((c) => c.scope === scope).map(({ name, scope: _scope, ...rest }) => [name, rest])
  );
}
function checksFields(gate, perEndpoint, journeys) {
  return {
    thresholds: checksView(gate.checks, "overall"),
    per_endpoint: perEndpoint.map((ep) => {
      const t = checksView(gate.checks, ep.endpoint);
      return Object.keys(t).length ? { ...ep, thresholds: t } : ep;
    }),
    ...journeys ? {
      journeys: journeys.map((j) => {
        const t = checksView(gate.checks, journeyScope(j.journey));
        return Object.keys(t).length ? { ...j, thresholds: t } : j;
      })
    } : {}
  };
}
function settingsView(settings) {
  return {
    users: settings.users,
    duration: settings.duration,
    ...settings.rps ? { rps: settings.rps } : {},
    ...settings.rps && settings.paces ? { paces: settings.paces } : {},
    timeout: settings.timeout,
    ...settings.stress ? {
      max_users: settings.stress.maxUsers,
      ramp_up: settings.stress.rampUp,
      steps: settings.stress.steps,
      stop_on_break: settings.stress.stopOnBreak
    } : {},
    ...settings.workers ? { workers: settings.workers } : {},
    ...settings.warmup ? { warmup: settings.warmup } : {},
    ...settings.record ? { record: settings.record } : {},
    ...settings.ab ? { ab: settings.ab } : {},
    csv: settings.csv ?? DEFAULT_CSV
  };
}
function workloadView(target) {
  const w = target.workload;
  return {
    ...w?.data ? { data: { file: basename5(w.data.path), order: w.data.order } } : {},
    ...w?.setup.length ? { setup: w.setup.map((s) => s.name) } : {}
  };
}
function insecureTls(target) {
  return target.baseUrl.startsWith("https:") && target.tls?.verify === false;
}
function buildRunDocument(result, metrics, { gate, outcome: verdictOutcome, stress }, failOn, baseline2, mergeable, provenance2) {
  const { target, settings, outcome } = result;
  const secrets = target.secrets;
  const config2 = {
    service: target.service,
    base_url: target.baseUrl,
    ...insecureTls(target) ? { tls_insecure: true } : {},
    ...mergeable ? { shard: `${mergeable.shard.index}/${mergeable.shard.of}` } : {},
    mode: result.mode,
    ...settingsView(settings),
    fail_on: failOn,
    ...workloadView(target),
    endpoints: target.endpoints.map((e) => ({
      endpoint: e.name,
      weight: e.weight,
      headers: redactHeaders(e.headers, secrets),
      has_body: e.body !== void 0
    }))
  };
  const { per_endpoint, journeys, ...seed } = metrics;
  const doc = {
    ...seed,
    schema_version: SCHEMA_VERSION,
    service: target.service,
    mode: result.mode,
    partial: outcome.partial,
    ...outcome.abortReason ? { abort_reason: outcome.abortReason } : {},
    ...result.thresholdAbort ? { threshold_abort: result.thresholdAbort } : {},
    verdict: verdictOutcome.verdict,
    outcome: verdictOutcome,
    ...baseline2 ? { baseline: baseline2 } : {},
    fail_on: failOn,
    ...checksFields(gate, per_endpoint, journeys),
    config: config2,
    ...outcome.stoppedEarly ? { stopped_early: outcome.stoppedEarly } : {},
    ...mergeable ? { mergeable } : {},
    ...stress ? stressFields(stress) : {},
    ...provenance2 ? { provenance: provenance2 } : {}
  };
  return redactDeep(doc, secrets);
}
function settingsOf(c) {
  return {
    users: c.users,
    duration: c.duration,
    ...c.rps !== void 0 ? { rps: c.rps } : {},
    ...c.paces ? { paces: c.paces } : {},
    ...c.max_users !== void 0 && c.ramp_up === void 0 ? { maxUsers: c.max_users } : {},
    timeout: c.timeout,
    ...c.ramp_up !== void 0 ? {
      stress: {
        maxUsers: c.max_users ?? c.users,
        rampUp: c.ramp_up,
        steps: c.steps ?? 1,
        stopOnBreak: c.stop_on_break ?? false
      }
    } : {},
    ...c.csv && c.csv !== "mixed" ? { csv: c.csv } : {}
  };
}

// src/run/baseline-comparison.ts
function compareWithBaseline(baseline2, result, metrics, gating) {
  const identity = {
    service: result.target.service,
    mode: result.mode,
    partial: result.outcome.partial,
    ...gating.provenance ? { provenance: gating.provenance } : {},
    config: { ...settingsView(result.settings), base_url: result.target.baseUrl }
  };
  return compareRunWithBaseline(baseline2, identity, metrics, gating);
}
function compareRunWithBaseline(baseline2, current, metrics, gating) {
  const view = { fail_on_regression: gating.failOnRegression };
  const options = { tolerances: gating.tolerances };
  if (baseline2.history) {
    const runs = historyOf(baseline2.history, current, baseline2.runs ?? DEFAULT_HISTORY_RUNS);
    const latest = runs.at(-1);
    if (runs.length >= MIN_HISTORY_RUNS && latest) {
      const refs = { runs: runs.length, first: runRefOf(runs[0].doc), last: runRefOf(latest.doc) };
      return {
        ...view,
        run: `${runs.length} earlier runs of ${latest.doc.test_name} in ${baseline2.from}`,
        comparison: {
          ...compareWithHistory(
            runs.map((r2) => runWindows(r2.doc)),
            runWindows(metrics),
            refs,
            options
          ),
          warnings: comparabilityWarnings(latest.doc, current)
        }
      };
    }
    const one = latest ?? baseline2;
    const few = runs.length === 0 ? `no earlier run of ${current.service} (${current.mode}) in ${baseline2.from}: compared with the latest run there` : `only ${runs.length} earlier run${runs.length === 1 ? "" : "s"} of this test in ${baseline2.from} (a history needs ${MIN_HISTORY_RUNS}): compared with the latest`;
    const v = single(one.doc, metrics, current, options, view);
    return { ...v, comparison: { ...v.comparison, warnings: [few, ...v.comparison.warnings ?? []] } };
  }
  return single(baseline2.doc, metrics, current, options, view);
}
function historyOf(runs, current, k) {
  const own = runs.filter(
    (r2) => r2.doc.service === current.service && r2.doc.mode === current.mode && !r2.doc.partial
  );
  return k === "auto" ? sinceLastChange(own, (r2) => headline(r2.doc)).slice(-DEFAULT_HISTORY_RUNS) : own.slice(-k);
}
function single(doc, metrics, current, options, view) {
  return {
    ...view,
    run: runRefOf(doc).run,
    comparison: {
      ...compareRunsWithSteps(
        { ...runWindows(doc), steps: doc.per_endpoint },
        { ...runWindows(metrics), steps: metrics.per_endpoint },
        options
      ),
      warnings: comparabilityWarnings(doc, current)
    }
  };
}

// src/gate/outcome.ts
function factsOfRun(r2) {
  return {
    failOn: r2.failOn,
    ...r2.baseline ? {
      comparison: {
        result: r2.baseline.comparison,
        failOnRegression: r2.baseline.fail_on_regression,
        against: r2.mode === "ab" ? "A" : "the baseline"
      }
    } : {},
    partial: r2.partial,
    ...r2.abortReason ? { abortReason: r2.abortReason } : {},
    ...r2.thresholdAbort ? { thresholdAbort: r2.thresholdAbort } : {},
    // a ramp's early end is its stop policy's, said with its breaking point; a load's is its data used up
    ...r2.stoppedEarly && r2.mode !== "stress" ? { stoppedEarly: r2.stoppedEarly } : {}
  };
}
function decideOutcome(facts2) {
  if ("failure" in facts2) {
    const kind = facts2.failure;
    return {
      verdict: "fail",
      exit_code: kind === "invalid_input" ? 2 : 3,
      summary: kind === "invalid_input" ? "invalid input: nothing was run" : "the target could not be reached",
      reasons: [{ kind, decides: true, text: facts2.message }]
    };
  }
  const checks3 = facts2.checks ?? [];
  const thresholdVerdict = verdictOf(checks3);
  const thresholdsFail = gateFails(thresholdVerdict, facts2.failOn);
  const cmp = facts2.comparison;
  const comparisonFails = cmp !== void 0 && regressionFails(cmp.result, cmp.failOnRegression);
  const reasons = [
    ...checks3.filter((c) => c.status !== "good").map((c) => checkReason(c, gateFails(verdictOf([c]), facts2.failOn))),
    ...cmp ? comparisonReasons(cmp) : [],
    ...stopReasons(facts2),
    ...facts2.stoppedEarly ? [{ kind: "data_used_up", decides: false, text: facts2.stoppedEarly }] : [],
    ...facts2.generatorSaturated ? [
      {
        kind: "generator_saturated",
        decides: false,
        text: "the load generator was saturated: the figures understate the service"
      }
    ] : []
  ];
  const stopped = facts2.thresholdAbort;
  return {
    // a gated regression, or a run stopped on a sustained breach, fails like a critical threshold
    verdict: comparisonFails || stopped ? "fail" : thresholdVerdict,
    // stopped by its own rule, the run failed the gate: it was not cut short by something else
    exit_code: stopped ? 1 : facts2.partial ? 3 : thresholdsFail || comparisonFails ? 1 : 0,
    summary: stopped ? `${summaryOf(facts2.failOn, comparisonFails ? cmp : void 0)}; stopped by ${stopped.name}.abort_after (${stopped.abort_after} s critical)` : summaryOf(facts2.failOn, comparisonFails ? cmp : void 0),
    reasons
  };
}
function stopReasons(facts2) {
  const a = facts2.thresholdAbort;
  if (a)
    return [
      {
        kind: "threshold_abort",
        decides: true,
        name: a.name,
        scope: a.scope,
        text: facts2.abortReason ?? `${a.label}: critical for ${a.abort_after} s (abort_after)`
      }
    ];
  if (!facts2.partial) return [];
  return [{ kind: "partial", decides: true, text: `stopped early: ${facts2.abortReason ?? "aborted"}` }];
}
function answerCheckStatus(outcome, failed) {
  if (failed === 0) return "good";
  return outcome.exit_code === 1 ? "critical" : "warning";
}
function combineOutcomes(outcomes) {
  const ran = outcomes.filter((o) => !o.reasons.some((r2) => r2.kind === "unreachable"));
  if (ran.length === 0 || ran.some((o) => o.exit_code === 3)) return 3;
  return outcomes.some((o) => o.exit_code !== 0) ? 1 : 0;
}
function checkReason(c, decides) {
  const where = c.scope === "overall" ? "" : ` (${c.scope})`;
  if (c.not_judged)
    return {
      kind: "not_judged",
      decides,
      name: c.name,
      scope: c.scope,
      text: `${c.label}${where}: not judged, ${c.not_judged.reason}`
    };
  return c.not_enough_requests && c.status === "warning" ? {
    kind: "not_enough_requests",
    decides,
    name: c.name,
    scope: c.scope,
    text: `${c.label}${where}: fewer than ${c.not_enough_requests.min} requests behind it`
  } : { kind: "threshold", decides, name: c.name, scope: c.scope, text: `${c.label}${where}: ${c.status}` };
}
function comparisonReasons(cmp) {
  return cmp.result.metrics.filter((m) => m.verdict === "regression" || m.verdict === "inconclusive").map((m) => ({
    kind: m.verdict,
    decides: regressionFails({ metrics: [m] }, cmp.failOnRegression),
    name: m.metric,
    ...m.endpoint ? { scope: m.endpoint } : {},
    text: `${m.metric}${m.endpoint ? ` (${m.endpoint})` : ""} against ${cmp.against}: ${m.verdict}`
  }));
}
function summaryOf(failOn, failing) {
  const rule = failOn === "never" ? "fail-on never: thresholds reported, not gating" : `fail-on ${failOn}`;
  if (!failing) return rule;
  const what = failing.result.metrics.some((m) => m.verdict === "regression") ? "regression" : "inconclusive";
  return `${rule}; against the baseline: ${what}, fail-on-regression ${failing.failOnRegression}`;
}

// src/gate/judge-run.ts
function judgeRun(input) {
  const { metrics, gate, thresholds, rps, ...facts2 } = input;
  const stress = metrics.stages ? findBreakingPoint(metrics.stages, thresholds, { knee: !rps }) : void 0;
  const saturated = metrics.generator?.saturated || (stress?.generator_bound_stages.length ?? 0) > 0;
  return {
    gate,
    outcome: decideOutcome({ ...facts2, checks: gate.checks, generatorSaturated: saturated }),
    ...stress ? { stress } : {}
  };
}
function judgeResult(result, metrics, gate, o) {
  return judgeRun({
    metrics,
    gate,
    thresholds: result.target.thresholds,
    rps: result.settings.rps,
    ...factsOfRun({
      ...o,
      mode: result.mode,
      ...result.outcome,
      ...result.thresholdAbort ? { thresholdAbort: abortFact(result.thresholdAbort) } : {}
    })
  });
}
function abortFact(a) {
  return { name: a.threshold, scope: a.scope, label: a.label, abort_after: a.abort_after };
}

// src/report/files/csv-writer.ts
init_csv_choice();
import { createWriteStream } from "node:fs";

// src/report/csv.ts
var CSV_HEADER = "timestamp,endpoint,method,status_code,response_time,success,error_message,response_size";
var JOURNEY_COLUMNS = ",journey,step";
function csvHeader(endpoints) {
  return endpoints.some((e) => e.journey) ? CSV_HEADER + JOURNEY_COLUMNS : CSV_HEADER;
}
function csvEndpoint(e) {
  return e.journey ? e.name : shownPath(e);
}
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
var LINES_PER_WRITE = 4096;
function* csvBatches(recorder, endpoints, from, to, filter) {
  const endpointPart = endpoints.map((e) => `,${csvField(csvEndpoint(e))},${e.method},`);
  const journeys = endpoints.some((e) => e.journey);
  const tail = endpoints.map(
    (e) => journeys ? `,${csvField(e.journey ?? "")},${csvField(e.step ?? "")}` : ""
  );
  const outcomePart = /* @__PURE__ */ new Map();
  let lastMs = NaN;
  let lastIso = "";
  let lines = [];
  for (let i = from; i < to; i++) {
    if (filter && !filter.keeps(recorder, i)) continue;
    const ms2 = Math.floor(recorder.epochMs + recorder.sendUs(i) / 1e3);
    if (ms2 !== lastMs) {
      lastMs = ms2;
      lastIso = new Date(ms2).toISOString();
    }
    const status = recorder.status(i);
    const id = recorder.errorIdAt(i);
    const key = status * 65536 + id;
    let outcome = outcomePart.get(key);
    if (outcome === void 0) {
      outcome = `,${id === 0},${id === 0 ? "" : csvField(recorder.errorOf(id).message)},`;
      outcomePart.set(key, outcome);
    }
    const ep = recorder.endpoint(i);
    lines.push(
      lastIso + endpointPart[ep] + status + "," + seconds6(recorder.latencyUs(i)) + outcome + recorder.bytes(i) + tail[ep]
    );
    if (lines.length === LINES_PER_WRITE) {
      yield lines.join("\n") + "\n";
      lines = [];
    }
  }
  if (lines.length) yield lines.join("\n") + "\n";
}
function seconds6(us) {
  const whole = Math.floor(us / 1e6);
  return `${whole}.${String(1e6 + (us - whole * 1e6)).slice(1)}`;
}

// src/report/csv-filter.ts
init_csv_choice();
var CsvFilter = class {
  constructor(choice) {
    this.choice = choice;
    this.every = sampleEvery(choice) ?? 0;
  }
  choice;
  every;
  successes = 0;
  /** Whether record i gets a row: every failed request unless `none`; successful ones per the choice. */
  keeps(recorder, i) {
    if (this.choice === "all") return true;
    if (this.choice === "none") return false;
    if (recorder.errorIdAt(i) !== 0) return true;
    if (this.every === 0) return false;
    return ++this.successes % this.every === 0;
  }
};
function csvFilter(choice) {
  return choice === void 0 || choice === "all" ? void 0 : new CsvFilter(choice);
}

// src/report/files/csv-writer.ts
var CsvWriter = class {
  constructor(path, endpoints, choice = DEFAULT_CSV) {
    this.path = path;
    this.endpoints = endpoints;
    this.choice = choice;
    this.filter = csvFilter(choice);
    this.stream = createWriteStream(path, { encoding: "utf8" });
    this.stream.on("error", (e) => this.failure = e);
    this.stream.write(csvHeader(endpoints) + "\n");
  }
  path;
  endpoints;
  choice;
  stream;
  filter;
  failure;
  async append(recorder, from, to) {
    if (this.choice === "none") return;
    for (const batch of csvBatches(recorder, this.endpoints, from, to, this.filter)) {
      if (this.failure) throw this.failure;
      if (!this.stream.write(batch)) await new Promise((r2) => this.stream.once("drain", r2));
    }
  }
  async close() {
    await new Promise((resolve4, reject) => {
      this.stream.end((err) => err ? reject(err) : resolve4());
    });
    if (this.failure) throw this.failure;
  }
};
async function writeCsv(path, recorder, endpoints, choice = DEFAULT_CSV) {
  const w = new CsvWriter(path, endpoints, choice);
  await w.append(recorder, 0, recorder.length);
  await w.close();
}

// src/report/files/save.ts
init_defaults();
import { join as join3 } from "node:path";

// src/report/files/write-file.ts
import { rename, writeFile } from "node:fs/promises";
async function writeFileAtomic(path, content) {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

// src/report/files/write-reports.ts
import { join as join2 } from "node:path";

// src/report/html/page.ts
import Mustache from "mustache";

// src/report/escape.ts
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}
function escapeMarkdownCell(text) {
  return text.replace(/[&<>]/g, (c) => HTML[c]).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/`/g, "\\`").replace(/([*_~[\]])/g, "\\$1").replace(/\r?\n|\r/g, "<br>");
}
function escapeXml(text) {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/report/html/page.ts
var LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{pageTitle}}</title>
<link rel="stylesheet" href="report.css">
</head>
<body>
<main>
<header class="report-header">
  <div>
    <p class="eyebrow">{{eyebrow}}</p>
    <h1>{{heading}}</h1>
    <p class="meta">{{> meta}}</p>
  </div>
  <div class="badge badge-{{verdict}}" role="status" aria-label="{{badgeLabel}}: {{verdictText}}">
    <span class="badge-label">{{badgeLabel}}</span>
    <span class="badge-value">{{verdictText}}</span>
  </div>
</header>
{{> body}}
<footer>{{> footer}}</footer>
</main>
</body>
</html>
`;
var escape = (v) => escapeHtml(String(v));
function renderPage(view, parts) {
  return Mustache.render(LAYOUT, view, { ...parts }, { escape });
}

// src/report/html/report-css.ts
var REPORT_CSS = `:root {
  --bg: #f6f7f9; --panel: #ffffff; --text: #1b1f24; --muted: #5b6470; --border: #d9dee4; --grid: #e7eaee;
  --good: #1a7f37; --good-bg: #dafbe1; --warn: #9a6700; --warn-bg: #fff8c5; --crit: #cf222e; --crit-bg: #ffebe9;
  --s1: #2f6feb; --s2: #bf3989; --s3: #8250df; --s4: #1a7f37; --bar: #2f6feb;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --panel: #161b22; --text: #e6edf3; --muted: #9198a1; --border: #30363d; --grid: #21262d;
    --good: #3fb950; --good-bg: #12261e; --warn: #d29922; --warn-bg: #272115; --crit: #f85149; --crit-bg: #2d1214;
    --s1: #58a6ff; --s2: #f778ba; --s3: #bc8cff; --s4: #3fb950; --bar: #58a6ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 28px; margin: 2px 0 4px; word-break: break-word; }
h2 { font-size: 18px; margin: 0 0 12px; }
.eyebrow { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-size: 12px; font-weight: 600; }
.meta { margin: 0; color: var(--muted); }
.report-header { display: flex; justify-content: space-between; align-items: center; gap: 24px; margin-bottom: 20px; }
.badge { display: flex; flex-direction: column; align-items: center; min-width: 150px; padding: 12px 22px;
  border-radius: 12px; border: 2px solid currentColor; }
.badge-label { font-size: 12px; text-transform: uppercase; letter-spacing: .08em; font-weight: 600; }
.badge-value { font-size: 30px; font-weight: 800; letter-spacing: .04em; }
.badge-pass { color: var(--good); background: var(--good-bg); }
.badge-warning { color: var(--warn); background: var(--warn-bg); }
.badge-fail { color: var(--crit); background: var(--crit-bg); }
.notice { padding: 10px 14px; border-radius: 8px; margin-bottom: 16px; border: 1px solid var(--warn); background: var(--warn-bg); color: var(--text); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin-bottom: 20px; }
.card { background: var(--panel); border: 1px solid var(--border); border-radius: 10px; padding: 12px 14px; }
.card-label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
.card-value { white-space: nowrap; font-size: clamp(16px, 1.7vw, 21px); font-weight: 700; font-variant-numeric: tabular-nums; }
section.panel { background: var(--panel); border: 1px solid var(--border); border-radius: 10px; padding: 16px 18px; margin-bottom: 20px; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
th { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; font-weight: 600; }
td.num, th.num { text-align: right; }
td code, .config code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
tr:last-child td { border-bottom: none; }
.status::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: currentColor; margin-right: 6px; vertical-align: 1px; }
.status { display: inline-block; padding: 1px 8px; border-radius: 999px; font-weight: 600; font-size: 13px; white-space: nowrap; }
.status-good { color: var(--good); background: var(--good-bg); }
.status-warning { color: var(--warn); background: var(--warn-bg); }
.status-critical { color: var(--crit); background: var(--crit-bg); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; margin-bottom: 20px; }
figure { margin: 0; background: var(--panel); border: 1px solid var(--border); border-radius: 10px; padding: 12px 12px 6px; }
figcaption { font-weight: 600; margin: 0 0 4px 6px; }
svg.chart { width: 100%; height: auto; display: block; }
svg.waterfall { max-width: 760px; }
.chart .grid { stroke: var(--grid); stroke-width: 1; }
.chart .axis, .chart .tick { stroke: var(--muted); stroke-width: 1; }
.chart .tick-label, .chart .legend-label, .chart .threshold-label, .chart .marker-label { fill: var(--muted); font-size: 12px; font-family: inherit; }
.chart .axis-label { fill: var(--muted); font-size: 13px; font-weight: 600; }
.chart .think { fill: var(--grid); stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 2; }
.chart .line { fill: none; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.chart .dot { stroke: none; }
.chart .s1 { stroke: var(--s1); fill: var(--s1); } .chart .line.s1 { fill: none; }
.chart .s2 { stroke: var(--s2); fill: var(--s2); } .chart .line.s2 { fill: none; }
.chart .s3 { stroke: var(--s3); fill: var(--s3); } .chart .line.s3 { fill: none; }
.chart .s4 { stroke: var(--s4); fill: var(--s4); } .chart .line.s4 { fill: none; }
.chart .line.trend { stroke-width: 2.5; stroke-dasharray: 8 5; }
.chart .bar { fill: var(--bar); opacity: .85; }
.interval-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 8px 16px; margin-top: 12px; }
.interval-chart { max-width: 340px; }
.interval-chart .tolerance-band { fill: var(--grid); }
.interval-chart .zero { stroke: var(--muted); stroke-width: 1; }
.interval-chart .ci { stroke-width: 6; stroke-linecap: round; }
.interval-chart .interval-title { fill: var(--text); font-size: 12px; }
.interval-chart .ci-good { stroke: var(--good); fill: var(--good); }
.interval-chart .ci-warning { stroke: var(--warn); fill: var(--warn); }
.interval-chart .ci-critical { stroke: var(--crit); fill: var(--crit); }
.chart line.threshold-warning { stroke: var(--warn); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart line.threshold-critical { stroke: var(--crit); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart text.threshold-warning { fill: var(--warn); }
.chart text.threshold-critical { fill: var(--crit); }
.chart .band { fill: var(--grid); }
.chart .band-label { fill: var(--muted); font-size: 11px; }
.chart .marker { fill: none; stroke: var(--crit); stroke-width: 2.5; }
.chart .marker-label { fill: var(--crit); font-weight: 700; }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
.two-col section.panel { margin-bottom: 0; }
.two-col + * { margin-top: 20px; }
.empty { color: var(--muted); margin: 0; }
.more { color: var(--muted); font-style: italic; }
a { color: var(--s1); }
footer { color: var(--muted); font-size: 13px; margin-top: 24px; }
@media (max-width: 640px) { .report-header { flex-direction: column; align-items: flex-start; } .charts { grid-template-columns: 1fr; } }
@media print {
  :root { --bg: #fff; --panel: #fff; --text: #000; --muted: #444; --border: #bbb; --grid: #ddd; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .charts { grid-template-columns: 1fr 1fr; }
  figure, section.panel, .card, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

// src/report/html/report-template.ts
var BASELINE = `{{#hasBaseline}}<section class="panel" id="baseline">
  <h2>{{#isAb}}B against A{{/isAb}}{{^isAb}}Against the baseline{{/isAb}}</h2>
  <p class="meta">{{baselineRun}}: <span class="status status-{{baselineStatus}}">{{baselineVerdict}}</span></p>
{{#baselineWarnings}}  <p class="status status-warning">⚠ {{.}}</p>
{{/baselineWarnings}}
  <div class="table-wrap"><table>
    <thead><tr><th>Metric</th><th class="num">{{#isAb}}A{{/isAb}}{{^isAb}}Baseline{{/isAb}}</th><th class="num">{{#isAb}}B{{/isAb}}{{^isAb}}Current{{/isAb}}</th><th class="num">Change (95% interval)</th><th class="num">Tolerance</th><th>Verdict</th></tr></thead>
    <tbody>
{{#baselineRows}}    <tr><td>{{metric}}</td><td class="num">{{baseline}}</td><td class="num">{{current}}</td><td class="num">{{change}}</td><td class="num">{{tolerance}}</td><td><span class="status status-{{status}}">{{verdict}}</span></td></tr>
{{/baselineRows}}    </tbody>
  </table></div>
  <div class="interval-charts">
{{#baselineCharts}}    <figure>{{{svg}}}</figure>
{{/baselineCharts}}  </div>
  <p class="meta">{{baselineMethod}} Fails the run on: {{baselineFailOn}}.</p>
{{#abGateText}}  <p class="meta">{{abGateText}}</p>
{{/abGateText}}</section>
{{/hasBaseline}}
`;
var REPORT_PARTS = {
  meta: "{{started}} · {{durationText}} · {{usersText}} · <code>{{baseUrl}}</code>{{#codeText}} · {{codeText}}{{/codeText}}",
  footer: 'Generated by perf-gate {{version}} from <a href="metrics.json">metrics.json</a> · raw rows in <a href="results.csv">results.csv</a> ({{csvText}}) · latencies measured per request at microsecond resolution; percentiles by linear interpolation.',
  body: `{{#partial}}<p class="notice"><strong>{{partialTitle}}</strong> {{abortReason}}</p>{{/partial}}

<section class="cards" aria-label="Key figures">
{{#cards}}  <div class="card"><div class="card-label">{{label}}</div><div class="card-value">{{value}}</div></div>
{{/cards}}</section>
{{#pacingNote}}<p class="meta" id="pacing">{{pacingNote}}</p>
{{/pacingNote}}{{#warnings}}<p class="notice">⚠ {{.}}</p>
{{/warnings}}
{{#isAb}}${BASELINE}{{/isAb}}<section class="panel" id="thresholds">
  <h2>Thresholds{{#isAb}} of B{{/isAb}}</h2>
  <div class="table-wrap"><table>
    <thead><tr><th>Metric</th><th>Scope</th><th class="num">Value</th><th>Good</th><th>Warning</th><th>Critical</th><th>Status</th></tr></thead>
    <tbody>
{{#checks}}    <tr><td>{{label}}</td><td>{{scope}}</td><td class="num">{{value}}</td><td>{{good}}</td><td>{{warning}}</td><td>{{critical}}</td><td><span class="status status-{{status}}">{{statusText}}</span></td></tr>
{{/checks}}    </tbody>
  </table></div>
  <p class="meta">{{#isAb}}{{abThresholdNote}}{{/isAb}}{{^isAb}}Fails the run on: {{failOn}}.{{/isAb}}</p>
</section>

{{#hasResources}}<section class="panel" id="resources">
  <h2>Service resources</h2>
{{#resourceLines}}  <p class="meta">{{.}}</p>
{{/resourceLines}}</section>
{{/hasResources}}
{{#hasJourneys}}<section class="panel" id="journeys">
  <h2>Journeys</h2>
  <div class="table-wrap"><table>
    <thead><tr>{{#journeyHeader}}<th>{{.}}</th>{{/journeyHeader}}</tr></thead>
    <tbody>
{{#journeyTable}}    <tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
{{/journeyTable}}    </tbody>
  </table></div>
  <p class="meta">{{journeyNote}}</p>
{{#onceFailures}}  <p class="status status-warning">{{.}}</p>
{{/onceFailures}}{{#waterfalls}}  <figure id="waterfall-{{journey}}">{{{svg}}}</figure>
{{/waterfalls}}</section>
{{/hasJourneys}}{{#hasDrift}}<section class="panel" id="drift">
  <h2>Drift</h2>
  <div class="table-wrap"><table>
    <thead><tr><th>Drift</th><th class="num">First window</th><th class="num">Last window</th><th>Change (95% interval)</th><th>Warning / critical</th><th>Status</th></tr></thead>
    <tbody>
{{#driftRows}}    <tr><td>{{label}}</td><td class="num">{{first}}</td><td class="num">{{last}}</td><td>{{change}}</td><td>{{bands}}</td><td><span class="status status-{{status}}">{{status}}</span></td></tr>
{{/driftRows}}    </tbody>
  </table></div>
  <p class="meta">{{driftNote}}</p>
  <figure id="drift-trend">{{{driftChart}}}</figure>
</section>
{{/hasDrift}}{{#hasAnswerChecks}}<section class="panel" id="answer-checks">
  <h2>Checks</h2>
  <p class="meta">{{answerChecksText}}</p>
  <div class="table-wrap"><table>
    <thead><tr><th>Step or endpoint</th><th>Check</th><th class="num">Passed</th><th class="num">Failed</th><th class="num">Pass rate</th></tr></thead>
    <tbody>
{{#answerChecks}}    <tr><td><code>{{endpoint}}</code></td><td>{{check}}</td><td class="num">{{passed}}</td><td class="num">{{failed}}</td><td class="num"><span class="status status-{{status}}">{{rate}}</span></td></tr>
{{/answerChecks}}    </tbody>
  </table></div>
</section>
{{/hasAnswerChecks}}{{^isAb}}${BASELINE}{{/isAb}}<section class="charts" aria-label="Charts">
{{#charts}}  <figure id="{{id}}"><figcaption>{{caption}}</figcaption>{{{svg}}}</figure>
{{/charts}}</section>

{{#hasStages}}<section class="panel" id="stages">
  <h2>Stages</h2>
  <div class="table-wrap"><table>
    <thead><tr><th class="num">Users</th><th class="num">Duration</th><th class="num">Requests</th><th class="num">RPS</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Error rate</th><th>Status</th></tr></thead>
    <tbody>
{{#stages}}    <tr><td class="num">{{users}}</td><td class="num">{{duration}}</td><td class="num">{{requests}}</td><td class="num">{{rps}}</td><td class="num">{{p50}}</td><td class="num">{{p95}}</td><td class="num">{{p99}}</td><td class="num">{{errorRate}}</td><td><span class="status status-{{status}}">{{statusText}}</span></td></tr>
{{/stages}}    </tbody>
  </table></div>
{{#stageNote}}  <p class="meta">{{stageNote}}</p>
{{/stageNote}}</section>
{{/hasStages}}
<section class="panel" id="endpoints">
  <h2>Endpoints</h2>
{{#isAb}}  <div class="table-wrap"><table>
    <thead><tr><th>Endpoint</th><th class="num">Requests A</th><th class="num">Requests B</th><th class="num">p50 A</th><th class="num">p50 B</th><th class="num">p95 A</th><th class="num">p95 B</th><th class="num">Error rate A</th><th class="num">Error rate B</th></tr></thead>
    <tbody>
{{#abEndpoints}}    <tr><td><code>{{endpoint}}</code></td><td class="num">{{requestsA}}</td><td class="num">{{requestsB}}</td><td class="num">{{p50A}}</td><td class="num">{{p50B}}</td><td class="num">{{p95A}}</td><td class="num">{{p95B}}</td><td class="num">{{errorRateA}}</td><td class="num">{{errorRateB}}</td></tr>
{{/abEndpoints}}    </tbody>
  </table></div>
{{/isAb}}{{^isAb}}  <div class="table-wrap"><table>
    <thead><tr><th>Endpoint</th><th class="num">Requests</th><th class="num">RPS</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Error rate</th><th>Status</th></tr></thead>
    <tbody>
{{#endpoints}}    <tr><td><code>{{endpoint}}</code></td><td class="num">{{requests}}</td><td class="num">{{rps}}</td><td class="num">{{p50}}</td><td class="num">{{p95}}</td><td class="num">{{p99}}</td><td class="num">{{errorRate}}</td><td><span class="status status-{{status}}">{{status}}</span></td></tr>
{{/endpoints}}    </tbody>
  </table></div>
{{/isAb}}</section>

<div class="two-col">
<section class="panel" id="errors">
  <h2>Errors</h2>
{{#hasErrors}}  <div class="table-wrap"><table>
    <thead><tr><th>Type</th><th>Message</th><th class="num">Count</th></tr></thead>
    <tbody>
{{#errors}}    <tr><td>{{type}}</td><td><code>{{message}}</code></td><td class="num">{{count}}</td></tr>
{{/errors}}    </tbody>
  </table></div>
{{/hasErrors}}{{^hasErrors}}  <p class="empty">No failed requests.</p>
{{/hasErrors}}</section>
<section class="panel" id="status-codes">
  <h2>Status codes</h2>
  <div class="table-wrap"><table>
    <thead><tr><th>Status</th><th class="num">Count</th><th class="num">Share</th></tr></thead>
    <tbody>
{{#statusCodes}}    <tr><td>{{code}}</td><td class="num">{{count}}</td><td class="num">{{share}}</td></tr>
{{/statusCodes}}    </tbody>
  </table></div>
</section>
</div>

<section class="panel config" id="configuration">
  <h2>Configuration</h2>
  <div class="table-wrap"><table>
    <tbody>
{{#config}}    <tr><th>{{key}}</th><td><code>{{value}}</code></td></tr>
{{/config}}    </tbody>
  </table></div>
</section>
`
};

// src/report/document-checks.ts
function documentChecks(doc) {
  const of = (checks3, scope) => Object.entries(checks3 ?? {}).map(([name, ch]) => ({ name, ch, scope }));
  return [
    ...of(doc.thresholds, "overall"),
    ...doc.per_endpoint.flatMap((ep) => of(ep.thresholds, ep.endpoint)),
    ...(doc.journeys ?? []).flatMap((j) => of(j.thresholds, journeyScope(j.journey)))
  ];
}

// src/report/format/check-texts.ts
function bandTexts(c) {
  const w = formatLimit(c.warning, c.unit);
  const k = formatLimit(c.critical, c.unit);
  return c.higher_is_better ? { good: `> ${w}`, warning: `> ${k}`, critical: `≤ ${k}` } : { good: `< ${w}`, warning: `< ${k}`, critical: `≥ ${k}` };
}
var STATUS_ICON = { good: "✅", warning: "⚠️", critical: "❌" };
function checkStatusText(c) {
  if (c.not_judged) return `${c.status}, not judged: ${c.not_judged.reason}`;
  const few = c.not_enough_requests;
  return few ? `${c.status}, not enough requests (${formatCount(c.requests)} of ${formatCount(few.min)})` : c.status;
}
function checkValueText(c) {
  return c.not_judged ? "not judged" : formatValue(c.value, c.unit);
}

// src/report/format/run-description.ts
var KIND = {
  load: "load test",
  stress: "stress test",
  soak: "soak test",
  ab: "A/B test"
};
function runKind(mode) {
  return KIND[mode] ?? `${mode} test`;
}
function usersUsed(users, rate3) {
  return rate3 && rate3.users_reached > users ? `${formatUsers(users)}, grew to ${formatCount(rate3.users_reached)}` : formatUsers(users);
}
function codeText(p) {
  const commit = p?.commit?.slice(0, 7);
  if (commit && p?.branch) return `${commit} on ${p.branch}`;
  return commit ?? (p?.branch ? `branch ${p.branch}` : "");
}
function runnerText(r2) {
  return `${r2.cpu}, ${r2.cores} core${r2.cores === 1 ? "" : "s"}, ${formatBytes(r2.memory_bytes)}, ${r2.os}, node ${r2.node}`;
}

// src/report/format/resource-lines.ts
function resourceLines(r2) {
  if (!r2) return [];
  const who = `pid ${r2.pid}${r2.command ? ` (${r2.command})` : ""}`;
  if (r2.source === "unavailable")
    return [`Service ${who}: memory and CPU unavailable: ${r2.unavailable_reason}`];
  const procs = r2.processes && r2.processes > 1 ? ` and its children (${r2.processes} processes)` : "";
  const lines = [
    `Service ${who}${procs}: ` + (r2.peak_rss_bytes !== void 0 ? `RSS peak ${formatBytes(r2.peak_rss_bytes)}, final ${formatBytes(r2.final_rss_bytes ?? 0)}; CPU ${r2.average_cpu_percent}% of a core on average` : "no reading during the measured run")
  ];
  if (r2.exited_at !== void 0)
    lines.push(`The watched process was gone ${r2.exited_at} s into the run; it was sampled until then.`);
  lines.push(trendLine(r2));
  return lines;
}
function trendLine(r2) {
  const t = r2.rss_trend;
  if (!t) return `RSS growth not fitted: ${r2.rss_trend_skipped ?? "no samples"}`;
  return `RSS growth ${formatGrowth(t.bytes_per_hour)} (${Math.round(t.level * 100)}% interval ${formatGrowth(t.ci_low)} … ${formatGrowth(t.ci_high)}; least squares over ${t.from_second}–${t.to_second} s: ${t.points} samples, as ${t.effective_points} independent ones at lag-1 autocorrelation ${t.lag1_autocorrelation})`;
}

// src/report/status.ts
var RANK = { good: 0, warning: 1, critical: 2 };
function worst(statuses) {
  return statuses.reduce((w, s) => RANK[s] > RANK[w] ? s : w, "good");
}
function endpointStatus(doc, ep) {
  if (ep.thresholds) return worst(Object.values(ep.thresholds).map((c) => c.status));
  const statuses = [];
  const t = doc.thresholds;
  if (t.error_rate) statuses.push(bandStatus(ep.error_rate, t.error_rate, false));
  if (t.avg_response_time) statuses.push(bandStatus(ep.average_response_time, t.avg_response_time, false));
  if (t.p95_response_time) statuses.push(bandStatus(ep.p95_response_time, t.p95_response_time, false));
  return worst(statuses);
}

// src/report/error-breakdown.ts
function errorTypesLine(m) {
  const statuses = statusesByType(m);
  return Object.entries(m.error_types).map(([type, n3]) => {
    const detail = type === "rate_limited" ? rateLimitedDetail(m.error_messages) : countList((statuses.get(type) ?? []).map(([code, k]) => [String(code), k]));
    return `${type} ${formatCount(n3)}${detail ? ` (${detail})` : ""}`;
  }).join(", ");
}
function statusesByType(m) {
  const byType = /* @__PURE__ */ new Map();
  const add = (type, status, n3) => {
    if (status <= 0) return;
    let codes = byType.get(type);
    if (!codes) byType.set(type, codes = /* @__PURE__ */ new Map());
    codes.set(status, (codes.get(status) ?? 0) + n3);
  };
  const endpoints = m.per_endpoint ?? [];
  if (endpoints.some((ep) => ep.errors))
    for (const ep of endpoints) for (const e of ep.errors ?? []) add(e.type, e.status, e.count);
  else if (!m.error_types.check_failed)
    for (const [code, n3] of Object.entries(m.status_codes)) {
      const type = classifyStatus(Number(code));
      if (type) add(type, Number(code), n3);
    }
  return new Map(
    [...byType].map(([type, codes]) => [type, [...codes].sort(([a, x], [b, y]) => y - x || a - b)])
  );
}
function rateLimitedDetail(messages) {
  const values = /* @__PURE__ */ new Map();
  for (const m of messages) {
    if (m.type !== "rate_limited") continue;
    const v = /Retry-After: ([^)]*)\)/.exec(m.message)?.[1];
    if (v) values.set(v, (values.get(v) ?? 0) + m.count);
  }
  if (values.size === 0) return "HTTP 429";
  const list2 = [...values].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, "en", { numeric: true }));
  return `HTTP 429, Retry-After: ${list2.length === 1 ? list2[0][0] : countList(list2)}`;
}
function countList(list2, max = 4) {
  const shown = list2.slice(0, max).map(([k, n3]) => `${k} ×${formatCount(n3)}`);
  if (list2.length > max) shown.push(`${list2.length - max} more`);
  return shown.join(", ");
}
function errorLabel(e) {
  if (e.type === "rate_limited") return "HTTP 429 rate limited";
  if (e.type === "check_failed") return `check failed (${e.status > 0 ? `HTTP ${e.status}` : "no answer"})`;
  return e.status > 0 ? `HTTP ${e.status}` : e.type;
}
function endpointErrorsText(ep, max = 2) {
  return countList(
    (ep.errors ?? []).map((e) => [errorLabel(e), e.count]),
    max
  );
}
function errorRateText(ep) {
  const top = ep.errors?.[0];
  return `${formatPercent(ep.error_rate)}${top ? ` (${errorLabel(top)})` : ""}`;
}
function statusCodeLabel(code) {
  return code === "429" ? "429 rate limited" : code;
}

// src/report/charts/scale.ts
function niceStep(span, count2) {
  if (span <= 0 || !Number.isFinite(span)) return 1;
  const raw3 = span / Math.max(1, count2);
  const power = 10 ** Math.floor(Math.log10(raw3));
  const f = raw3 / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}
function linearScale(min, max, r0, r1, tickCount = 5) {
  if (!(max > min)) max = min + (min === 0 ? 1 : Math.abs(min));
  const step = niceStep(max - min, tickCount);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  const k = (r1 - r0) / (hi - lo);
  const scale = ((v) => r0 + (v - lo) * k);
  scale.domain = [lo, hi];
  scale.range = [r0, r1];
  scale.ticks = ticks;
  return scale;
}

// src/report/charts/label-fit.ts
function textWidth(text, px = 12, bold = false) {
  return [...text].length * px * (bold ? 0.64 : 0.6);
}
var TICK_GAP = 6;
var Y_TITLE = 22;
function chartMargins(yTickLabels, lastXTickLabel = "") {
  const ticks = Math.max(0, ...yTickLabels.map((t) => textWidth(t)));
  const left = Math.max(70, Math.ceil(ticks + TICK_GAP + Y_TITLE + 4));
  return {
    top: 34,
    right: Math.max(20, Math.ceil(textWidth(lastXTickLabel) / 2) + 4),
    bottom: 46,
    left,
    // the title's centre line: left of the widest tick label, never off the chart
    yTitleX: Math.max(12, left - TICK_GAP - ticks - Y_TITLE / 2)
  };
}
var overlaps = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
function placeMarkerLabels(points, plot, taken = []) {
  const placed = [...taken];
  return points.map((p) => {
    const w = textWidth(p.label, 12, true);
    const cx = Math.min(Math.max(p.x, plot.x0 + w / 2 + 2), plot.x1 - w / 2 - 2);
    for (const base of [p.y - 10, p.y + 22, p.y - 26, p.y + 38, p.y - 42]) {
      const box = { x0: cx - w / 2, x1: cx + w / 2, y0: base - 12, y1: base + 3 };
      if (box.y0 < plot.y0 - 20 || box.y1 > plot.y1) continue;
      if (placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      return { x: cx, y: base };
    }
    return null;
  });
}

// src/report/charts/svg-chart.ts
var THRESHOLD_HEADROOM = 3;
var n = (v) => (Math.round(v * 10) / 10).toString();
function lineChart(o) {
  const width = o.width ?? 640;
  const height = o.height ?? 260;
  const xs = o.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = o.series.flatMap((s) => s.points.map((p) => p[1]));
  const dataMax = ys.length ? Math.max(...ys) : 0;
  const shown = (o.thresholds ?? []).filter((t) => t.value <= Math.max(dataMax, 1e-12) * THRESHOLD_HEADROOM);
  const offScale = (o.thresholds ?? []).filter((t) => !shown.includes(t));
  const yMax = Math.max(dataMax, ...shown.map((t) => t.value)) * 1.05 || 1;
  const fx = o.formatX ?? ((v) => String(v));
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const single2 = xs.length > 0 && xMin === xMax;
  const y0 = linearScale(0, yMax, 0, 1, 5);
  const xTicks0 = single2 ? [xMin] : linearScale(xMin, xMax, 0, 1, 8).ticks;
  const M = chartMargins(
    y0.ticks.map((t) => o.formatY(t)),
    fx(xTicks0[xTicks0.length - 1])
  );
  const x = single2 ? linearScale(xMin - 1, xMin + 1, M.left, width - M.right, 2) : linearScale(xMin, xMax, M.left, width - M.right, 8);
  if (single2) x.ticks = [xMin];
  const y = linearScale(0, yMax, height - M.bottom, M.top, 5);
  const parts = [open2(o.title, width, height)];
  if (o.band) {
    const [x0, x1] = [x(o.band.from), x(o.band.to)];
    parts.push(
      `<rect class="band" x="${n(x0)}" y="${M.top}" width="${n(Math.max(0, x1 - x0))}" height="${height - M.top - M.bottom}"/>`,
      `<text class="band-label" x="${n((x0 + x1) / 2)}" y="${M.top + 12}" text-anchor="middle">${escapeHtml(o.band.label)}</text>`
    );
  }
  parts.push(axes(x, y, o, width, height, M));
  const labelYs = thresholdLabelYs(
    shown.map((t) => y(t.value)),
    M.top + 8,
    height - M.bottom - 3
  );
  const taken = legendBoxes(o.series, offScale, M);
  shown.forEach((t, i) => {
    const py = y(t.value);
    const right = width - M.right - 4;
    taken.push({ x0: right - textWidth(t.label), x1: right, y0: labelYs[i] - 12, y1: labelYs[i] + 3 });
    parts.push(
      `<line class="${t.cls}" x1="${M.left}" x2="${width - M.right}" y1="${n(py)}" y2="${n(py)}"/>`,
      `<text class="threshold-label ${t.cls}" x="${n(right)}" y="${n(labelYs[i])}" text-anchor="end">${escapeHtml(t.label)}</text>`
    );
  });
  for (const s of o.series) {
    if (s.points.length === 0) continue;
    const d = s.points.map(([px, py], i) => `${i ? "L" : "M"}${n(x(px))},${n(y(py))}`).join("");
    parts.push(`<path class="line ${s.cls}" d="${d}"/>`);
    if (s.points.length === 1) {
      parts.push(
        `<circle class="dot ${s.cls}" cx="${n(x(s.points[0][0]))}" cy="${n(y(s.points[0][1]))}" r="3"/>`
      );
    }
  }
  const markers = (o.markers ?? []).map((m) => ({ x: x(m.x), y: y(m.y), label: m.label }));
  const at = placeMarkerLabels(
    markers,
    { x0: M.left, x1: width - M.right, y0: M.top, y1: height - M.bottom },
    taken
  );
  markers.forEach((m, i) => {
    parts.push(
      `<circle class="marker" cx="${n(m.x)}" cy="${n(m.y)}" r="6"><title>${escapeHtml(m.label)}</title></circle>`
    );
    const p = at[i];
    if (p)
      parts.push(
        `<text class="marker-label" x="${n(p.x)}" y="${n(p.y)}" text-anchor="middle">${escapeHtml(m.label)}</text>`
      );
  });
  parts.push(legend(o.series, offScale, M), "</svg>");
  return parts.join("");
}
var LABEL_GAP = 16;
function thresholdLabelYs(lineYs, top, bottom) {
  const order = lineYs.map((v, i) => ({ i, want: v - 4 })).sort((a, b) => a.want - b.want);
  const ys = new Array(lineYs.length);
  let prev = -Infinity;
  for (const o of order) {
    prev = Math.max(o.want, prev + LABEL_GAP, top);
    ys[o.i] = prev;
  }
  const overflow = prev - bottom;
  if (overflow > 0) {
    for (let k = order.length - 1, limit2 = bottom; k >= 0; k--, limit2 -= LABEL_GAP) {
      const i = order[k].i;
      ys[i] = Math.min(ys[i], limit2);
    }
  }
  return ys;
}
function barChart(o) {
  const width = o.width ?? 640;
  const height = o.height ?? 260;
  const max = Math.max(0, ...o.bars.map((b) => b.value));
  const M = chartMargins(linearScale(0, max || 1, 0, 1, 5).ticks.map((t) => o.formatY(t)));
  const y = linearScale(0, max || 1, height - M.bottom, M.top, 5);
  const inner = width - M.left - M.right;
  const bw = inner / Math.max(1, o.bars.length);
  const every = o.labelEvery ?? Math.max(1, Math.ceil(o.bars.length / 10));
  const parts = [open2(o.title, width, height), yAxis(y, o.formatY, width, height, o.yLabel, M)];
  o.bars.forEach((b, i) => {
    const x0 = M.left + i * bw;
    const top = y(b.value);
    parts.push(
      `<rect class="bar" x="${n(x0 + 1)}" y="${n(top)}" width="${n(Math.max(1, bw - 2))}" height="${n(height - M.bottom - top)}"><title>${escapeHtml(`${b.label}: ${o.formatY(b.value)}`)}</title></rect>`
    );
    if (i % every === 0) {
      parts.push(
        `<text class="tick-label" x="${n(x0 + bw / 2)}" y="${height - M.bottom + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`
      );
    }
  });
  parts.push(
    `<line class="axis" x1="${M.left}" x2="${width - M.right}" y1="${height - M.bottom}" y2="${height - M.bottom}"/>`,
    `<text class="axis-label" x="${M.left + inner / 2}" y="${height - 8}" text-anchor="middle">${escapeHtml(o.xLabel)}</text>`,
    "</svg>"
  );
  return parts.join("");
}
function open2(title, width, height) {
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>`;
}
function yAxis(y, format, width, height, label, M) {
  const out = [];
  for (const t of y.ticks) {
    const py = n(y(t));
    out.push(
      `<line class="grid" x1="${M.left}" x2="${width - M.right}" y1="${py}" y2="${py}"/>`,
      `<text class="tick-label" x="${M.left - 6}" y="${py}" dy="0.32em" text-anchor="end">${escapeHtml(format(t))}</text>`
    );
  }
  out.push(
    `<line class="axis" x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${height - M.bottom}"/>`,
    `<text class="axis-label" transform="translate(${n(M.yTitleX)} ${(M.top + height - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(label)}</text>`
  );
  return out.join("");
}
function axes(x, y, o, width, height, M) {
  const fx = o.formatX ?? ((v) => String(v));
  const out = [yAxis(y, o.formatY, width, height, o.yLabel, M)];
  for (const t of x.ticks) {
    const px = n(x(t));
    out.push(
      `<line class="tick" x1="${px}" x2="${px}" y1="${height - M.bottom}" y2="${height - M.bottom + 5}"/>`,
      `<text class="tick-label" x="${px}" y="${height - M.bottom + 18}" text-anchor="middle">${escapeHtml(fx(t))}</text>`
    );
  }
  out.push(
    `<line class="axis" x1="${M.left}" x2="${width - M.right}" y1="${height - M.bottom}" y2="${height - M.bottom}"/>`,
    `<text class="axis-label" x="${(M.left + width - M.right) / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(o.xLabel)}</text>`
  );
  return out.join("");
}
function legendItems(series2, offScale) {
  const items = series2.map((s) => ({ cls: `line ${s.cls}`, text: s.name }));
  if (offScale.length) {
    items.push({ cls: offScale[0].cls, text: `${offScale.map((t) => t.label).join(", ")} above the chart` });
  }
  let xPos = 8;
  return items.map((it) => {
    const at = xPos;
    xPos += 34 + textWidth(it.text);
    return { ...it, x: at };
  });
}
function legendBoxes(series2, offScale, M) {
  return legendItems(series2, offScale).map((it) => ({
    x0: M.left + it.x,
    x1: M.left + it.x + 24 + textWidth(it.text),
    y0: 4,
    y1: 20
  }));
}
function legend(series2, offScale, M) {
  return legendItems(series2, offScale).map(
    (it) => `<g class="legend-item" transform="translate(${n(M.left + it.x)} 6)"><line class="${it.cls}" x1="0" x2="18" y1="6" y2="6"/><text class="legend-label" x="24" y="6" dy="0.32em">${escapeHtml(it.text)}</text></g>`
  ).join("");
}

// src/report/charts/downsample.ts
function downsample(points, maxPoints, mode) {
  if (points.length <= maxPoints) return points.map(([x, y]) => [x, y]);
  const size = Math.ceil(points.length / maxPoints);
  const out = [];
  for (let i = 0; i < points.length; i += size) {
    const group2 = points.slice(i, i + size);
    const ys = group2.map((p) => p[1]);
    const y = mode === "max" ? Math.max(...ys) : ys.reduce((a, b) => a + b, 0) / ys.length;
    out.push([group2[0][0], y]);
  }
  return out;
}

// src/report/format/comparison-rows.ts
init_units();
init_regression();
function comparisonRows(metrics) {
  return metrics.map((m) => {
    const def = COMPARED_METRIC_VIEW[m.metric];
    const format = (v) => def ? formatValue(v, def.unit) : String(v);
    const points = m.metric === "error_rate";
    return {
      metric: `${def?.label ?? m.metric}${m.endpoint ? ` (${m.endpoint})` : ""}`,
      baseline: format(m.baseline),
      current: format(m.current),
      change: m.ci_low === null || m.ci_high === null ? `${changeText(points, m.change)} (too few windows for an interval)` : changeWithInterval(points, m.change, m.ci_low, m.ci_high),
      tolerance: points ? `±${+m.tolerance.toFixed(2)} pp` : `±${+(m.tolerance * 100).toFixed(1)}%`,
      verdict: verdictText(m)
    };
  });
}
function comparisonMethod(c) {
  const pct2 = +(c.level * 100).toFixed(2);
  if (c.method === "run_history" && c.history)
    return `Change with its ${pct2}% prediction interval from the spread of ${historyText(c.history)} (Student t over their figures; this run's own per-second noise is its floor); a change counts only when its whole interval lies beyond the tolerance, and a run inside the spread is no change when the spread is within the tolerance.`;
  const from = c.method === "paired_slices" ? `${c.windows.baseline} pairs of A/B slices (paired bootstrap)` : `per-second figures, ${c.windows.baseline} s and ${c.windows.current} s (${Math.min(c.windows.baseline, c.windows.current) < MIN_WINDOWS ? "few seconds: Welch t interval, widened for seconds that move together" : "block bootstrap; latency a 10%-trimmed mean of the seconds"})`;
  const steps = c.step_level === void 0 ? "" : ` Each journey step is judged alone at ${+(c.step_level * 100).toFixed(2)}% (Bonferroni over the steps); a step left inconclusive does not make the run so.`;
  return `Change with its ${pct2}% interval from ${from}; a change counts only when its whole interval lies beyond the tolerance.${steps}${looksText(c.looks)}`;
}
function looksText(l) {
  if (!l) return "";
  const why = {
    decided: "it stopped there, decided",
    cap: "it stopped at the cap (--max-duration), undecided",
    stopped: "it was stopped early (a signal or a sustained breach)"
  }[l.stopped];
  return ` Looked ${l.made} of ${l.planned} times, each look's interval at its level of ${l.design} (${l.levels.map((v) => `${+(v * 100).toFixed(2)}%`).join(", ")}), so the looks together raise no more false alarms than one; ${why}.`;
}
function historyText(h) {
  const name = (r2) => r2.commit?.slice(0, 7) ?? r2.run;
  return `${h.runs} earlier runs (${name(h.first)} … ${name(h.last)})`;
}
function detectableText(points, v) {
  return points ? `${v.toFixed(2)} pp` : `${(v * 100).toFixed(1)}%`;
}
function changeText(points, v) {
  return `${v >= 0 ? "+" : "−"}${detectableText(points, Math.abs(v))}`;
}
function changeWithInterval(points, change3, low, high) {
  return `${changeText(points, change3)} (${changeText(points, low)} … ${changeText(points, high)})`;
}
var PRACTICAL_RUN_SECONDS = 3600;
function verdictText(m) {
  const word = m.verdict.replace("_", " ");
  if (m.verdict === "no_change" && m.detectable_change !== void 0)
    return `${word} (sees ±${detectableText(m.metric === "error_rate", m.detectable_change)} or more)`;
  if (m.verdict !== "inconclusive" || m.seconds_to_decide === void 0) return word;
  if (m.seconds_to_decide === null) return `${word}: the change sits at the tolerance`;
  const s = m.seconds_to_decide;
  if (s > PRACTICAL_RUN_SECONDS)
    return `${word}: the change sits near the tolerance (a run of about ${formatRunLength(s)} would decide)`;
  const flag = s < 120 ? String(s) : formatDuration(s);
  return `${word}: a run of about ${formatRunLength(s)} would decide (--duration ${flag} or more)`;
}
function comparisonVerdictText(verdict) {
  return verdict.replace("_", " ").toUpperCase();
}

// src/report/html/ab-view.ts
var BADGE = { regression: "fail", inconclusive: "warning", no_change: "pass", improvement: "pass" };
function abView(doc) {
  const cmp = doc.baseline?.comparison;
  if (doc.mode !== "ab" || !cmp) return { isAb: false };
  return {
    isAb: true,
    badge: {
      verdict: BADGE[cmp.verdict],
      verdictText: comparisonVerdictText(cmp.verdict),
      label: "B against A"
    },
    abGateText: `Exit verdict ${doc.verdict.toUpperCase()}: fails on a ${doc.baseline.fail_on_regression === "never" ? "nothing of the comparison" : doc.baseline.fail_on_regression === "inconclusive" ? "regression or an inconclusive comparison" : "regression"}, thresholds ${doc.fail_on === "never" ? "for information" : `on ${doc.fail_on}`}.`,
    abThresholdNote: abThresholdNote(doc.fail_on),
    abEndpoints: abEndpointRows(doc)
  };
}
function abEndpointRows(doc) {
  const a = new Map((doc.baseline?.a_per_endpoint ?? []).map((e) => [e.endpoint, e]));
  const names = [...doc.per_endpoint.map((e) => e.endpoint), ...[...a.keys()]].filter(
    (n3, i, all) => all.indexOf(n3) === i
  );
  const b = new Map(doc.per_endpoint.map((e) => [e.endpoint, e]));
  const fig = (e, f) => e ? f(e) : "–";
  return names.map((name) => {
    const ea = a.get(name);
    const eb = b.get(name);
    return {
      endpoint: name,
      requestsA: fig(ea, (e) => formatCount(e.total_requests)),
      requestsB: fig(eb, (e) => formatCount(e.total_requests)),
      p50A: fig(ea, (e) => formatSeconds(e.median_response_time)),
      p50B: fig(eb, (e) => formatSeconds(e.median_response_time)),
      p95A: fig(ea, (e) => formatSeconds(e.p95_response_time)),
      p95B: fig(eb, (e) => formatSeconds(e.p95_response_time)),
      errorRateA: fig(ea, (e) => formatPercent(e.error_rate)),
      errorRateB: fig(eb, (e) => formatPercent(e.error_rate))
    };
  });
}
function abCharts(doc) {
  const pairs = doc.baseline?.slice_pairs ?? [];
  const slice = doc.config.ab?.slice ?? 1;
  const series2 = (f) => [
    { name: "A", cls: "s1", points: pairs.map((p, k) => [k + 1, f(p.a)]) },
    { name: "B", cls: "s2", points: pairs.map((p, k) => [k + 1, f(p.b)]) }
  ];
  const common = {
    xLabel: `pair of ${+slice.toFixed(2)} s slices`,
    formatX: (v) => Number.isInteger(v) ? String(v) : ""
  };
  return [
    {
      id: "chart-latency",
      caption: "p95 response time, A and B, slice by slice",
      svg: lineChart({
        ...common,
        title: "p95 response time of each slice, A and B",
        yLabel: "p95",
        formatY: (v) => v === 0 ? "0" : formatSeconds(v),
        series: series2((w) => w.p95)
      })
    },
    {
      id: "chart-throughput",
      caption: "Requests per second, A and B, slice by slice",
      svg: lineChart({
        ...common,
        title: "Requests per second of each slice, A and B",
        yLabel: "requests / s",
        formatY: (v) => formatCount(v),
        series: series2((w) => w.seconds > 0 ? w.requests / w.seconds : 0)
      })
    },
    {
      id: "chart-errors",
      caption: "Error rate, A and B, slice by slice",
      svg: lineChart({
        ...common,
        title: "Failed requests of each slice, in percent, A and B",
        yLabel: "error rate",
        formatY: (v) => `${+v.toFixed(2)}%`,
        series: series2((w) => w.requests ? 100 * w.errors / w.requests : 0)
      })
    }
  ];
}

// src/report/html/resource-charts.ts
function resourceCharts(doc) {
  const r2 = doc.resources;
  if (!r2 || r2.samples.length === 0) return [];
  const t = elapsedAxis(doc);
  const first = r2.samples[0].second;
  const band2 = first < 0 && doc.warmup ? { band: { from: first * t.scale, to: 0, label: "warm-up, not measured" } } : {};
  const samples = r2.samples;
  const pts = (f) => downsample(
    samples.map((p) => [p.second * t.scale, f(p)]),
    MAX_CHART_POINTS,
    "mean"
  );
  const series2 = [{ name: "RSS", cls: "s1", points: pts((p) => p.rss_bytes) }];
  const trend = r2.rss_trend;
  if (trend) {
    const end = trend.start_bytes + trend.bytes_per_hour * (trend.to_second - trend.from_second) / 3600;
    series2.push({
      name: `trend ${formatGrowth(trend.bytes_per_hour)}`,
      cls: "s3 trend",
      points: [
        [trend.from_second * t.scale, trend.start_bytes],
        [trend.to_second * t.scale, Math.max(0, end)]
      ]
    });
  }
  return [
    {
      id: "chart-rss",
      caption: "Service memory (RSS) over time",
      svg: lineChart({
        title: "Resident memory of the service and its child processes, with the fitted trend",
        xLabel: t.label,
        yLabel: "RSS",
        formatX: t.tick,
        ...band2,
        formatY: (v) => v === 0 ? "0" : formatBytes(v),
        series: series2
      })
    },
    {
      id: "chart-cpu",
      caption: "Service CPU over time",
      svg: lineChart({
        title: "CPU of the service and its child processes, percent of one core",
        xLabel: t.label,
        yLabel: "CPU",
        formatX: t.tick,
        ...band2,
        formatY: (v) => `${+v.toFixed(1)}%`,
        series: [{ name: "CPU", cls: "s2", points: pts((p) => p.cpu_percent) }]
      })
    }
  ];
}

// src/report/html/report-charts.ts
var MAX_CHART_POINTS = 300;
function thresholdLines(check2, scale = 1) {
  if (!check2) return [];
  return [
    {
      value: check2.warning * scale,
      label: `warning ${formatLimit(check2.warning, check2.unit)}`,
      cls: "threshold-warning"
    },
    {
      value: check2.critical * scale,
      label: `critical ${formatLimit(check2.critical, check2.unit)}`,
      cls: "threshold-critical"
    }
  ];
}
var secondsTick = (v) => v === 0 ? "0" : formatLimit(v, "seconds");
function elapsedAxis(doc) {
  return doc.total_duration > 600 ? { scale: 1 / 60, label: "elapsed time (min)", tick: (v) => `${v}m` } : { scale: 1, label: "elapsed time (s)", tick: (v) => `${v}s` };
}
function charts(doc) {
  const time = doc.mode === "ab" && doc.baseline?.slice_pairs ? abCharts(doc) : timeCharts(doc);
  const out = [...time, ...resourceCharts(doc), histogramChart(doc)];
  if (doc.stages && doc.stages.length > 0) out.push(...stageCharts(doc));
  return out;
}
function timeCharts(doc) {
  const t = elapsedAxis(doc);
  const warm = doc.warmup?.timeseries ?? [];
  const ts = [...warm.map((p) => ({ ...p, second: p.second - warm.length })), ...doc.timeseries];
  const band2 = warm.length > 0 ? { band: { from: -warm.length * t.scale, to: 0, label: "warm-up, not measured" } } : {};
  const pts = (f) => ts.map((p) => [p.second * t.scale, f(p)]);
  return [
    {
      id: "chart-latency",
      caption: "Response time over time",
      svg: lineChart({
        title: "Response time percentiles per second",
        xLabel: t.label,
        yLabel: "response time",
        formatX: t.tick,
        ...band2,
        formatY: secondsTick,
        series: [
          {
            name: "p50",
            cls: "s1",
            points: downsample(
              pts((p) => p.p50_response_time),
              MAX_CHART_POINTS,
              "max"
            )
          },
          {
            name: "p95",
            cls: "s2",
            points: downsample(
              pts((p) => p.p95_response_time),
              MAX_CHART_POINTS,
              "max"
            )
          },
          {
            name: "p99",
            cls: "s3",
            points: downsample(
              pts((p) => p.p99_response_time),
              MAX_CHART_POINTS,
              "max"
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.p95_response_time).map((t2) => ({
          ...t2,
          label: `p95 ${t2.label}`
        }))
      })
    },
    {
      id: "chart-throughput",
      caption: "Requests per second",
      svg: lineChart({
        title: "Completed requests per second",
        xLabel: t.label,
        yLabel: "requests / s",
        formatX: t.tick,
        ...band2,
        formatY: (v) => formatCount(v),
        series: [
          {
            name: "req/s",
            cls: "s1",
            points: downsample(
              pts((p) => p.requests_per_second),
              MAX_CHART_POINTS,
              "mean"
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.requests_per_second)
      })
    },
    {
      id: "chart-errors",
      caption: "Error rate over time",
      svg: lineChart({
        title: "Failed requests per second, in percent of that second",
        xLabel: t.label,
        yLabel: "error rate",
        formatX: t.tick,
        ...band2,
        formatY: (v) => `${+v.toFixed(2)}%`,
        series: [
          {
            name: "error rate",
            cls: "s2",
            points: downsample(
              pts((p) => p.requests ? 100 * p.errors / p.requests : 0),
              MAX_CHART_POINTS,
              "max"
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.error_rate)
      })
    }
  ];
}
function histogramChart(doc) {
  return {
    id: "chart-histogram",
    caption: "Response time distribution",
    svg: barChart({
      title: "Requests by response time (log-spaced buckets)",
      xLabel: "response time (bucket start)",
      yLabel: "requests",
      formatY: (v) => formatCount(v),
      bars: doc.latency_histogram.map((b) => ({
        label: formatSecondsRounded(b.from),
        value: b.count
      }))
    })
  };
}
function stageCharts(doc) {
  const stages = doc.stages;
  const bp = doc.breaking_point;
  const at = bp ? stages.find((s) => s.stage === bp.stage) : void 0;
  const marker = (y) => at ? [{ x: at.users, y, label: `breaks at ${at.users} users` }] : [];
  return [
    {
      id: "chart-users-rps",
      caption: "Users vs throughput",
      svg: lineChart({
        title: "Requests per second at each stage",
        xLabel: "users",
        yLabel: "requests / s",
        formatX: (v) => String(v),
        formatY: (v) => formatCount(v),
        series: [{ name: "req/s", cls: "s1", points: stages.map((s) => [s.users, s.rps]) }],
        markers: at ? marker(at.rps) : []
      })
    },
    {
      id: "chart-users-p95",
      caption: "Users vs p95 response time",
      svg: lineChart({
        title: "p95 response time at each stage",
        xLabel: "users",
        yLabel: "p95",
        formatX: (v) => String(v),
        formatY: secondsTick,
        series: [{ name: "p95", cls: "s2", points: stages.map((s) => [s.users, s.p95]) }],
        thresholds: thresholdLines(doc.thresholds.p95_response_time),
        markers: at ? marker(at.p95) : []
      })
    }
  ];
}

// src/report/charts/interval-chart.ts
var HEIGHT = 64;
var PAD = 16;
var r = (v) => (Math.round(v * 10) / 10).toString();
function intervalChart(o) {
  const width = o.width ?? 300;
  const reach = Math.max(o.tolerance * 2, Math.abs(o.estimate), Math.abs(o.low ?? 0), Math.abs(o.high ?? 0)) * 1.1;
  const x = linearScale(-reach, reach, PAD, width - PAD, 4);
  const axisY = 40;
  const parts = [
    `<svg class="chart interval-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${escapeHtml(o.title)}"><title>${escapeHtml(o.title)}</title>`,
    `<rect class="tolerance-band" x="${r(x(-o.tolerance))}" y="${axisY - 12}" width="${r(x(o.tolerance) - x(-o.tolerance))}" height="24"><title>${escapeHtml(`tolerance ${o.format(-o.tolerance)} … ${o.format(o.tolerance)}`)}</title></rect>`,
    `<line class="axis" x1="${PAD}" x2="${width - PAD}" y1="${axisY}" y2="${axisY}"/>`,
    `<line class="zero" x1="${r(x(0))}" x2="${r(x(0))}" y1="${axisY - 14}" y2="${axisY + 14}"/>`
  ];
  const [lo, hi] = [o.format(-o.tolerance), o.format(o.tolerance)];
  const apart2 = x(o.tolerance) - x(-o.tolerance) > (textWidth(lo) + textWidth(hi)) / 2 + 6;
  const labels = apart2 ? [
    [-o.tolerance, lo],
    [o.tolerance, hi]
  ] : [[0, `±${hi.replace(/^\+/, "")}`]];
  for (const [t, text] of labels) {
    parts.push(
      `<text class="tick-label" x="${r(x(t))}" y="${HEIGHT - 4}" text-anchor="middle">${escapeHtml(text)}</text>`
    );
  }
  if (o.low !== null && o.high !== null) {
    parts.push(
      `<line class="ci ci-${o.status}" x1="${r(x(o.low))}" x2="${r(x(o.high))}" y1="${axisY}" y2="${axisY}"><title>${escapeHtml(`95% interval ${o.format(o.low)} … ${o.format(o.high)}`)}</title></line>`
    );
  }
  parts.push(
    `<circle class="ci-dot ci-${o.status}" cx="${r(x(o.estimate))}" cy="${axisY}" r="5"><title>${escapeHtml(`change ${o.format(o.estimate)}`)}</title></circle>`,
    `<text class="interval-title" x="${PAD}" y="14">${escapeHtml(o.title)}</text>`,
    "</svg>"
  );
  return parts.join("");
}

// src/report/html/baseline-view.ts
var CHANGE_STATUS = {
  regression: "critical",
  improvement: "good",
  no_change: "good",
  inconclusive: "warning"
};
function baselineView(doc) {
  const b = doc.baseline;
  if (!b) return { hasBaseline: false };
  const c = b.comparison;
  const rows = comparisonRows(c.metrics);
  return {
    hasBaseline: true,
    baselineRun: b.run,
    baselineVerdict: c.verdict.replace("_", " "),
    baselineStatus: CHANGE_STATUS[c.verdict],
    baselineMethod: comparisonMethod(c),
    baselineFailOn: b.fail_on_regression,
    baselineWarnings: c.warnings ?? [],
    baselineRows: rows.map((row, i) => ({ ...row, status: CHANGE_STATUS[c.metrics[i].verdict] })),
    baselineCharts: c.metrics.map((m, i) => ({
      svg: intervalChart({
        title: `${rows[i].metric}: ${rows[i].baseline} → ${rows[i].current}`,
        estimate: m.change,
        low: m.ci_low,
        high: m.ci_high,
        tolerance: m.tolerance,
        format: (v) => changeText(m.metric === "error_rate", v),
        status: CHANGE_STATUS[m.verdict]
      })
    }))
  };
}

// src/report/html/config-rows.ts
var ORDER_WORDS = {
  sequence: "in order, round again",
  random: "at random",
  unique: "each used once"
};
function warmupText(doc) {
  const w = doc.warmup;
  return `${doc.config.warmup} s first, in no figure here${w ? ` (${formatCount(w.total_requests)} requests, ${formatCount(w.failed_requests)} failed)` : ""}`;
}
function provenanceRows(doc) {
  const p = doc.provenance;
  if (!p) return [];
  return [
    ...p.commit ? [{ key: "commit", value: p.commit + (p.branch ? ` on ${p.branch}` : "") }] : [],
    ...!p.commit && p.branch ? [{ key: "branch", value: p.branch }] : [],
    ...p.run_url ? [{ key: "CI run", value: p.run_url }] : [],
    { key: "runner", value: runnerText(p.runner) }
  ];
}
function configRows(doc) {
  const c = doc.config;
  const rows = [
    { key: "service", value: c.service },
    { key: "base URL", value: c.base_url },
    {
      key: "mode",
      value: c.ab ? `A/B test, side ${c.ab.side}${c.ab.side === "B" ? " (side A in baseline/)" : ""}, ${c.ab.slice} s slices${c.ab.pairing === "duet" ? " side by side (duet)" : ""}` : c.mode
    },
    ...c.max_users ? [
      { key: "max users", value: String(c.max_users) },
      { key: "ramp-up", value: `${c.ramp_up} s in ${c.steps} steps` },
      { key: "stop on break", value: c.stop_on_break ? "yes" : "no (after two critical stages)" }
    ] : [
      { key: "users", value: String(c.users) },
      { key: "duration", value: `${+c.duration.toFixed(1)} s${c.ab ? " of load on this side" : ""}` }
    ],
    {
      key: "rate",
      value: c.rps ? `${c.rps} req/s, paced${doc.rate ? `, with at most ${formatUsers(doc.rate.max_users)}` : ""}` : "none (as fast as the users go)"
    },
    { key: "timeout", value: `${c.timeout} s` },
    ...c.workers ? [{ key: "workers", value: `${c.workers} threads, their requests one run` }] : [],
    ...c.warmup ? [{ key: "warm-up", value: warmupText(doc) }] : [],
    ...c.data ? [{ key: "data", value: `${c.data.file}, rows ${ORDER_WORDS[c.data.order] ?? c.data.order}` }] : [],
    ...c.setup ? [{ key: "setup", value: `${c.setup.join(", ")} (once, before the load)` }] : [],
    { key: "fail on", value: c.fail_on },
    { key: "results.csv", value: csvRows(c.csv) },
    ...provenanceRows(doc)
  ];
  for (const ep of c.endpoints) {
    const headers = Object.entries(ep.headers).map(([k, v]) => `${k}: ${v}`).join(", ");
    rows.push({
      key: `endpoint`,
      value: `${ep.endpoint} ×${ep.weight}${ep.has_body ? " (with body)" : ""}${headers ? ` · ${headers}` : ""}`
    });
  }
  return rows;
}

// src/report/charts/waterfall-chart.ts
var n2 = (v) => (Math.round(v * 10) / 10).toString();
function waterfallChart(o) {
  const width = o.width ?? 640;
  const row = 22;
  const left = 150;
  const right = 90;
  const top = 8;
  const height = top + row * o.segments.length + 28;
  const total = o.segments.reduce((a, s) => a + s.seconds, 0) || 1;
  const scale = (width - left - right) / total;
  const parts = [
    `<svg class="chart waterfall" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(o.title)}"><title>${escapeHtml(o.title)}</title>`
  ];
  let at = 0;
  o.segments.forEach((s, i) => {
    const y = top + i * row;
    const x = left + at * scale;
    const w = Math.max(1, s.seconds * scale);
    const text = `${s.label}: ${o.format(s.seconds)}${s.kind === "think" ? " (think time, in no response time)" : ""}`;
    parts.push(
      `<text class="tick-label" x="${left - 6}" y="${n2(y + row / 2)}" dy="0.32em" text-anchor="end">${escapeHtml(s.label)}</text>`,
      `<rect class="${s.kind === "step" ? "bar" : "think"}" x="${n2(x)}" y="${n2(y + 3)}" width="${n2(w)}" height="${row - 6}"><title>${escapeHtml(text)}</title></rect>`,
      `<text class="tick-label" x="${n2(x + w + 4)}" y="${n2(y + row / 2)}" dy="0.32em">${escapeHtml(o.format(s.seconds))}</text>`
    );
    at += s.seconds;
  });
  const axisY = top + row * o.segments.length + 4;
  parts.push(
    `<line class="axis" x1="${left}" x2="${width - right}" y1="${axisY}" y2="${axisY}"/>`,
    `<text class="axis-label" x="${n2(left + (width - left - right) / 2)}" y="${axisY + 20}" text-anchor="middle">${escapeHtml(`${o.format(total)} end to end: median step times, think time dashed`)}</text>`,
    "</svg>"
  );
  return parts.join("");
}

// src/report/format/journey-rows.ts
var MAX_FAILING_CHECKS = 5;
function journeyRows(m) {
  if (!m.journeys?.length) return [];
  return [
    ["Journey", "Iterations", "Per second", "p50", "p95", "p99", "Failed", "Checks passed"],
    ...m.journeys.map((j) => [
      j.journey,
      formatCount(j.iterations),
      String(j.iterations_per_second),
      formatValue(j.median_duration, "seconds"),
      formatValue(j.p95_duration, "seconds"),
      formatValue(j.p99_duration, "seconds"),
      formatCount(j.failed_iterations) + (j.restarted_iterations ? ` (+${formatCount(j.restarted_iterations)} restarted)` : ""),
      j.check_pass_rate === void 0 ? "–" : formatValue(j.check_pass_rate, "percent")
    ])
  ];
}
var JOURNEY_DURATION_NOTE = "a journey's duration is its looped steps' response times added up: think time and once-steps (a login) left out";
function onceFailureLines(m) {
  return (m.journeys ?? []).filter((j) => (j.once_failures ?? 0) > 0).map(
    (j) => `${j.journey}: its once-steps failed ${formatCount(j.once_failures)} ${j.once_failures === 1 ? "time" : "times"}; each time the user, not logged in, sent them again at its next iteration`
  );
}
function checkLines(m) {
  const c = m.checks;
  if (!c) return [];
  const failing = c.by_check.filter((x) => x.failed > 0);
  const lines = [
    `Checks: ${formatCount(c.passed)} of ${formatCount(c.total)} passed (${formatValue(c.pass_rate, "percent")})`
  ];
  for (const x of failing.slice(0, MAX_FAILING_CHECKS))
    lines.push(
      `  ${x.endpoint}: ${x.check} failed ${formatCount(x.failed)} of ${formatCount(x.passed + x.failed)}`
    );
  if (failing.length > MAX_FAILING_CHECKS)
    lines.push(
      `  and ${failing.length - MAX_FAILING_CHECKS} more failing checks (metrics.json checks.by_check)`
    );
  return lines;
}

// src/report/html/journey-view.ts
function journeyView(doc) {
  const [header, ...rows] = journeyRows(doc);
  const c = doc.checks;
  return {
    hasJourneys: rows.length > 0,
    journeyHeader: header ?? [],
    journeyTable: rows.map((cells) => ({ cells })),
    journeyNote: JOURNEY_DURATION_NOTE,
    onceFailures: onceFailureLines(doc),
    waterfalls: (doc.journeys ?? []).map((j) => ({
      journey: j.journey,
      svg: waterfallChart({
        title: `${j.journey}: median time of each step, then its think time`,
        segments: segments(doc, j),
        format: formatSeconds
      })
    })),
    hasAnswerChecks: c !== void 0,
    answerChecksText: c ? `${formatCount(c.passed)} of ${formatCount(c.total)} checks passed (${formatValue(c.pass_rate, "percent")}); a failed check counts as a failed request (check_failed).` : "",
    answerChecks: (c?.by_check ?? []).map((x) => ({
      endpoint: x.endpoint,
      check: x.check,
      passed: formatCount(x.passed),
      failed: formatCount(x.failed),
      rate: formatValue(x.pass_rate, "percent"),
      status: answerCheckStatus(doc.outcome, x.failed)
    }))
  };
}
function segments(doc, j) {
  return j.steps.flatMap((step, i) => {
    const ep = doc.per_endpoint.find((e) => e.journey === j.journey && e.step === step);
    const label = i < j.once_steps ? `${step} (once)` : step;
    const own = { label, seconds: ep?.median_response_time ?? 0, kind: "step" };
    const think = j.step_think[i] ?? 0;
    return think > 0 ? [own, { label: `think after ${step}`, seconds: think, kind: "think" }] : [own];
  });
}

// src/report/html/drift-view.ts
import { linearRegression, linearRegressionLine } from "simple-statistics";

// src/report/format/drift-rows.ts
function driftRows(d) {
  return d.drifts.map((f) => {
    const points = f.name === "error_rate_rise";
    const unit = f.name === "throughput_decay" ? "rps" : points ? "percent" : "seconds";
    const text = (v) => changeText(points, points ? v : v / 100);
    return {
      label: f.label,
      first: formatValue(f.first, unit),
      last: formatValue(f.last, unit),
      change: `${text(f.change)} (${text(f.ci_low)} … ${text(f.ci_high)})`,
      bands: points ? `${f.warning} pp / ${f.critical} pp` : `${f.warning}% / ${f.critical}%`,
      status: f.status
    };
  });
}
function driftMethod(d) {
  if (d.not_judged) return `Drift not judged: ${d.not_judged}.`;
  return `The last ${formatRunLength(d.window_seconds)} (from second ${d.last.from}) against the first ${formatRunLength(d.window_seconds)}, ${Math.round(d.level * 100)}% intervals from a block bootstrap of the seconds; a drift is warning or critical only when the near end of its interval is past the band (positive is worse: slower, less throughput, more errors).`;
}

// src/report/html/drift-view.ts
function driftView(doc) {
  const d = doc.drift;
  if (!d) return { hasDrift: false, driftRows: [], driftNote: "", driftChart: "" };
  return { hasDrift: true, driftRows: driftRows(d), driftNote: driftMethod(d), driftChart: trendChart(doc) };
}
function trendChart(doc) {
  const bucket = doc.total_duration >= 600 ? 60 : 10;
  const minutes = bucket === 60;
  const groups = /* @__PURE__ */ new Map();
  for (const p of doc.timeseries) {
    if (p.requests === 0) continue;
    const k = Math.floor(p.second / bucket);
    const g = groups.get(k) ?? { p50: [], p95: [] };
    g.p50.push(p.p50_response_time);
    g.p95.push(p.p95_response_time);
    groups.set(k, g);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  const x = (k) => minutes ? k : k * bucket;
  const p50 = keys.map((k) => [x(k), median(groups.get(k).p50)]);
  const p95 = keys.map((k) => [x(k), median(groups.get(k).p95)]);
  const trend = p95.length >= 2 ? (() => {
    const line = linearRegressionLine(linearRegression(p95));
    const [a, b] = [p95[0][0], p95[p95.length - 1][0]];
    return [
      [a, line(a)],
      [b, line(b)]
    ];
  })() : [];
  return lineChart({
    title: `Response time per ${minutes ? "minute" : "10 seconds"} (median of its seconds) and the p95 trend`,
    xLabel: minutes ? "elapsed time (min)" : "elapsed time (s)",
    yLabel: "response time",
    formatX: (v) => minutes ? `${v}m` : `${v}s`,
    formatY: (v) => v === 0 ? "0" : formatLimit(v, "seconds"),
    series: [
      { name: "p50", cls: "s1", points: p50 },
      { name: "p95", cls: "s2", points: p95 },
      ...trend.length ? [{ name: "p95 trend (least squares)", cls: "s3", points: trend }] : []
    ]
  });
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// src/report/html/report-view.ts
function reportView(doc) {
  const c = doc.config;
  return {
    version: VERSION,
    service: doc.service,
    mode: runKind(doc.mode),
    verdict: doc.verdict,
    verdictText: doc.verdict.toUpperCase(),
    started: doc.timestamp.replace("T", " ").replace(/\.\d+Z$/, " UTC"),
    durationText: c.ab ? `${formatDuration2(doc.total_duration)} of load on each side, in ${c.ab.slice} s slices${c.ab.pairing === "duet" ? " side by side" : ""}` : `${formatDuration2(doc.total_duration)}`,
    usersText: c.max_users ? `up to ${formatUsers(c.max_users)} in ${c.steps} steps` : usersUsed(c.users, doc.rate) + (c.ab ? " on each side" : ""),
    baseUrl: c.base_url,
    codeText: codeText(doc.provenance),
    partial: doc.partial,
    partialTitle: doc.threshold_abort ? "Run stopped, the gate failed." : "Partial results.",
    abortReason: doc.abort_reason ?? "",
    csvText: csvRows(c.csv),
    failOn: doc.fail_on,
    cards: sideCards(doc, [
      { label: "Requests", value: formatCount(doc.total_requests) },
      { label: "Throughput", value: formatRps(doc.requests_per_second) },
      { label: "p50", value: formatSeconds(doc.median_response_time) },
      { label: "p95", value: formatSeconds(doc.p95_response_time) },
      { label: "p99", value: formatSeconds(doc.p99_response_time) },
      { label: "Error rate", value: formatPercent(doc.error_rate) }
    ]),
    checks: checkRows(doc),
    charts: charts(doc),
    endpoints: endpointRows(doc),
    hasErrors: doc.error_messages.length > 0,
    errors: doc.error_messages.map((e) => ({
      type: e.type,
      message: e.message,
      count: formatCount(e.count)
    })),
    statusCodes: statusCodeRows(doc),
    config: configRows(doc),
    ...baselineView(doc),
    hasStages: Boolean(doc.stages?.length),
    stages: stageRows(doc),
    pacingNote: pacingSentence(doc) ?? "",
    warnings: runWarnings(doc),
    hasResources: doc.resources !== void 0,
    resourceLines: resourceLines(doc.resources),
    stageNote: [doc.stress_conclusion, doc.stopped_early ? `Ramp ended early: ${doc.stopped_early}.` : ""].filter(Boolean).join(" "),
    ...abView(doc),
    ...journeyView(doc),
    ...driftView(doc)
  };
}
function sideCards(doc, cards) {
  const side = doc.config.ab?.side;
  return side ? cards.map((c) => ({ ...c, label: `${side} · ${c.label}` })) : cards;
}
function checkRows(doc) {
  return documentChecks(doc).map(({ ch, scope }) => ({
    label: ch.label,
    scope,
    value: checkValueText(ch),
    ...bandTexts(ch),
    status: ch.status,
    statusText: checkStatusText(ch)
  }));
}
function endpointRows(doc) {
  return doc.per_endpoint.map((ep) => ({
    endpoint: ep.endpoint,
    requests: formatCount(ep.total_requests),
    rps: formatRps(ep.requests_per_second),
    p50: formatSeconds(ep.median_response_time),
    p95: formatSeconds(ep.p95_response_time),
    p99: formatSeconds(ep.p99_response_time),
    errorRate: errorRateText(ep),
    status: endpointStatus(doc, ep)
  }));
}
function statusCodeRows(doc) {
  const total = doc.total_requests;
  const share2 = (count2) => formatPercent(100 * count2 / Math.max(1, total));
  const rows = Object.entries(doc.status_codes).sort(([a], [b]) => Number(a) - Number(b)).map(([code, count2]) => ({ code: statusCodeLabel(code), count: formatCount(count2), share: share2(count2) }));
  const unanswered = noAnswer(doc);
  if (unanswered > 0)
    rows.push({ code: "no answer", count: formatCount(unanswered), share: share2(unanswered) });
  return rows;
}
function stageRows(doc) {
  const thresholds = thresholdsOf(doc);
  return (doc.stages ?? []).map((s) => {
    const status = stageStatus(s, thresholds);
    const broke = doc.breaking_point?.stage === s.stage;
    return {
      users: s.users,
      duration: `${+s.duration.toFixed(1)} s`,
      requests: formatCount(s.requests),
      rps: formatRps(s.rps),
      p50: formatSeconds(s.p50),
      p95: formatSeconds(s.p95),
      p99: formatSeconds(s.p99),
      errorRate: formatPercent(s.error_rate),
      status: s.generator_bound ? "warning" : status,
      statusText: s.generator_bound ? "generator saturated" : broke ? `${status} · breaking point` : status
    };
  });
}
function thresholdsOf(doc) {
  return Object.fromEntries(
    Object.entries(doc.thresholds).map(([k, c]) => [k, { warning: c.warning, critical: c.critical }])
  );
}
function noAnswer(doc) {
  return doc.total_requests - Object.values(doc.status_codes).reduce((a, b) => a + b, 0);
}
function formatDuration2(s) {
  if (s < 120) return formatRunLength(s);
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

// src/report/html/render.ts
function renderHtmlReport(doc) {
  const view = reportView(doc);
  const badge = view.badge ?? { verdict: view.verdict, verdictText: view.verdictText, label: "Verdict" };
  return {
    html: renderPage(
      {
        ...view,
        pageTitle: `${badge.verdictText} · ${doc.service} ${runKind(doc.mode)} · perf-gate`,
        eyebrow: `perf-gate · ${runKind(doc.mode)}${doc.config.ab?.side === "A" ? ", side A (the baseline)" : ""}`,
        heading: doc.service,
        badgeLabel: badge.label,
        verdict: badge.verdict,
        verdictText: badge.verdictText
      },
      REPORT_PARTS
    ),
    css: REPORT_CSS
  };
}

// src/report/junit.ts
function renderJunit(doc) {
  const errorsOf = new Map(doc.per_endpoint.map((ep) => [ep.endpoint, endpointErrorsText(ep, 4)]));
  const cases = [
    ...documentChecks(doc).map(({ name, ch, scope }) => ({
      name,
      ch,
      scope,
      errors: scope === "overall" ? errorTypesLine(doc) : errorsOf.get(scope) ?? ""
    })),
    ...Object.entries(checksView(driftChecks(doc.drift, doc.total_requests), "drift")).map(([name, ch]) => ({
      name,
      ch,
      scope: "drift",
      errors: ""
    }))
  ];
  const fails = (status) => doc.fail_on !== "never" && (status === "critical" || status === "warning" && doc.fail_on === "warning");
  const suiteName = `perf-gate ${doc.mode} ${doc.service}`;
  const thresholdFailures = cases.filter((c) => fails(c.ch.status)).length;
  const time = doc.total_duration.toFixed(3);
  const body = cases.map(({ name, ch, scope, errors: errors2 }) => {
    const b = bandTexts(ch);
    const which = name === "error_rate" && errors2 ? `; errors: ${errors2}` : "";
    const measured = `${ch.label} (${scope}) = ${checkValueText(ch)}; good ${b.good}, warning ${b.warning}, critical ${b.critical}: ${checkStatusText(ch)}${which}`;
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.${scope}`)}" name="${escapeXml(`${name} ${scope}`)}" time="0"`;
    return testcase(attrs, measured, fails(ch.status) ? ch.status : void 0);
  });
  const comparison = comparisonCases(doc);
  const answerChecks = answerCheckCases(doc);
  const stop = stopCase(doc, time);
  const errors = doc.partial && !doc.threshold_abort ? 1 : 0;
  const partialCase = stop ? [stop] : [];
  const failures = thresholdFailures + comparison.failures + answerChecks.failures + (doc.threshold_abort ? 1 : 0);
  const tests = cases.length + comparison.cases.length + answerChecks.cases.length + partialCase.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="perf-gate" tests="${tests}" failures="${failures}" errors="${errors}" time="${time}">`,
    `  <testsuite name="${escapeXml(suiteName)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${time}" timestamp="${escapeXml(doc.timestamp.replace(/\.\d+Z$/, ""))}">`,
    ...body,
    ...comparison.cases,
    ...answerChecks.cases,
    ...partialCase,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}
function stopCase(doc, time) {
  const a = doc.threshold_abort;
  if (a) {
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.${a.scope}`)}" name="${escapeXml(`${a.threshold} ${a.scope} abort_after`)}" time="${time}"`;
    return testcase(attrs, doc.abort_reason ?? `${a.label}: critical for ${a.abort_after} s`, "abort_after");
  }
  if (!doc.partial) return void 0;
  return `    <testcase classname="${escapeXml(`perf-gate.${doc.service}`)}" name="run completed" time="${time}">
      <error type="partial" message="${escapeXml(doc.abort_reason ?? "partial results")}"/>
    </testcase>`;
}
function answerCheckCases(doc) {
  let failures = 0;
  const cases = (doc.checks?.by_check ?? []).map((c) => {
    const status = answerCheckStatus(doc.outcome, c.failed);
    const text = `${c.check} (${c.endpoint}): ${c.passed} of ${c.passed + c.failed} passed (${formatValue(c.pass_rate, "percent")})${status === "warning" ? `: warning (a failed check is a failed request; ${doc.verdict === "fail" ? `verdict FAIL, ${doc.outcome.summary}` : "the run passed with warnings"})` : ""}`;
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.${c.endpoint}`)}" name="${escapeXml(`check ${c.check}`)}" time="0"`;
    const fails = status === "critical";
    if (fails) failures++;
    return testcase(attrs, text, fails ? "check_failed" : void 0);
  });
  return { cases, failures };
}
function comparisonCases(doc) {
  const b = doc.baseline;
  if (!b) return { cases: [], failures: 0 };
  const rows = comparisonRows(b.comparison.metrics);
  let failures = 0;
  const cases = b.comparison.metrics.map((m, i) => {
    const r2 = rows[i];
    const text = `${r2.metric}: ${r2.baseline} → ${r2.current}, change ${r2.change}, tolerance ${r2.tolerance}: ${r2.verdict} (baseline ${b.run})`;
    const attrs = `classname="${escapeXml(`perf-gate.${doc.service}.baseline`)}" name="${escapeXml(`${m.metric}${m.endpoint ? ` (${m.endpoint})` : ""} against the baseline`)}" time="0"`;
    const fails = doc.outcome.reasons.some(
      (x) => (x.kind === "regression" || x.kind === "inconclusive") && x.name === m.metric && x.scope === m.endpoint && x.decides
    );
    if (fails) failures++;
    return testcase(attrs, text, fails ? m.verdict : void 0);
  });
  return { cases, failures };
}
function testcase(attrs, text, failure) {
  const t = escapeXml(text);
  const inner = failure ? `<failure type="${escapeXml(failure)}" message="${t}">${t}</failure>` : `<system-out>${t}</system-out>`;
  return `    <testcase ${attrs}>
      ${inner}
    </testcase>`;
}

// src/report/markdown.ts
var MAX_SUMMARY_CHARS = 6e4;
var MAX_ENDPOINT_ROWS = 10;
var MAX_ERROR_ROWS = 10;
var VERDICT_LINE = { pass: "✅ **PASS**", warning: "⚠️ **WARNING**", fail: "❌ **FAIL**" };
function table(header, rows, max, what) {
  const shown = rows.slice(0, max);
  const lines = [
    `| ${header.join(" | ")} |`,
    `| ${header.map((h) => /^(Value|Requests|RPS|p\d+|Error rate|Count)$/.test(h) ? "---:" : "---").join(" | ")} |`
  ];
  for (const r2 of shown) lines.push(`| ${r2.join(" | ")} |`);
  if (rows.length > max) lines.push("", `… and ${rows.length - max} more ${what}`);
  return lines;
}
function renderSummary(doc, options = {}) {
  const sections = [
    headline3(doc),
    baselineSection(doc),
    partialSection(doc),
    journeysSection(doc),
    driftSection(doc),
    checksSection(doc),
    resourcesSection(doc),
    endpointsSection(doc),
    errorsSection(doc),
    [configLine(doc, options.reportLink)]
  ];
  const md = sections.flat().join("\n") + "\n";
  return md.length > MAX_SUMMARY_CHARS ? md.slice(0, MAX_SUMMARY_CHARS - 80) + "\n\n… (truncated; see the full report)\n" : md;
}
function driftSection(doc) {
  if (!doc.drift) return [];
  const rows = driftRows(doc.drift);
  return [
    "**Drift** (last window against the first)",
    "",
    ...rows.length ? table(
      ["Drift", "First", "Last", "Change (95% interval)", "Warning / critical", "Status"],
      rows.map((r2) => [
        r2.label,
        r2.first,
        r2.last,
        r2.change,
        r2.bands,
        `${STATUS_ICON[r2.status]} ${r2.status}`
      ]),
      10,
      "drifts"
    ) : [],
    "",
    `<sub>${escapeMarkdownCell(driftMethod(doc.drift))}</sub>`,
    ""
  ];
}
function journeysSection(doc) {
  const rows = journeyRows(doc);
  const checks3 = checkLines(doc);
  if (rows.length === 0 && checks3.length === 0) return [];
  const out = [];
  if (rows.length > 0) {
    const [header, ...body] = rows;
    out.push(
      ...table(
        header,
        body.map((r2) => r2.map(escapeMarkdownCell)),
        MAX_ENDPOINT_ROWS,
        "journeys"
      ),
      "",
      `<sub>${escapeMarkdownCell(JOURNEY_DURATION_NOTE)}</sub>`,
      "",
      ...onceFailureLines(doc).flatMap((l) => [`⚠️ ${escapeMarkdownCell(l)}`, ""])
    );
  }
  if (checks3.length > 0) {
    const status = answerCheckStatus(doc.outcome, doc.checks.failed);
    out.push(`${STATUS_ICON[status]} ${escapeMarkdownCell(checks3[0])}`, "");
    for (const line of checks3.slice(1)) out.push(`- ${escapeMarkdownCell(line.trim())}`);
    if (checks3.length > 1) out.push("");
  }
  return out;
}
var AB_ICON = { regression: "📉", improvement: "📈", no_change: "✅", inconclusive: "❔" };
function headline3(doc) {
  const cmp = doc.baseline?.comparison;
  const verdict = doc.mode === "ab" && cmp ? `${AB_ICON[cmp.verdict]} **${comparisonVerdictText(cmp.verdict)}** (B against A; exit verdict ${doc.verdict.toUpperCase()})` : doc.verdict === "fail" && doc.outcome.exit_code === 0 ? `${VERDICT_LINE.fail} (${doc.outcome.summary})` : VERDICT_LINE[doc.verdict];
  return [
    `### ${verdict} · ${escapeMarkdownCell(doc.service)} ${runKind(doc.mode)}`,
    "",
    `${formatCount(doc.total_requests)} requests in ${formatRunLength(doc.total_duration)} · ${formatRps(doc.requests_per_second)} · p95 ${formatSeconds(doc.p95_response_time)} · errors ${formatPercent(doc.error_rate)}`,
    "",
    ...pacingSentence(doc) ? [escapeMarkdownCell(pacingSentence(doc)), ""] : [],
    ...runWarnings(doc).flatMap((w) => ["> [!WARNING]", `> ${escapeMarkdownCell(w)}`, ""])
  ];
}
var CHANGE_WORD = {
  regression: "📉 regression",
  improvement: "📈 improvement",
  no_change: "no change beyond the tolerance",
  inconclusive: "❔ inconclusive"
};
function baselineSection(doc) {
  if (!doc.baseline) return [];
  const { run, comparison: cmp } = doc.baseline;
  const ab = doc.mode === "ab";
  return [
    `**${ab ? "B against A" : "Against the baseline"}** (${escapeMarkdownCell(run)}): ${CHANGE_WORD[cmp.verdict]}`,
    "",
    ...table(
      [
        "Metric",
        ab ? "A" : "Baseline",
        ab ? "B" : "Current",
        "Change (95% interval)",
        "Tolerance",
        "Verdict"
      ],
      comparisonRows(cmp.metrics).map((m) => [
        m.metric,
        m.baseline,
        m.current,
        m.change,
        m.tolerance,
        m.verdict
      ]),
      10,
      "metrics"
    ),
    ...(cmp.warnings ?? []).map((w) => `> ⚠️ ${escapeMarkdownCell(w)}`),
    "",
    `<sub>${escapeMarkdownCell(comparisonMethod(cmp))} Fails the run on: ${doc.baseline.fail_on_regression}.</sub>`,
    ""
  ];
}
function partialSection(doc) {
  if (doc.threshold_abort)
    return [`> [!CAUTION]`, `> Run stopped, the gate failed: ${escapeMarkdownCell(doc.abort_reason ?? "")}`, ""];
  if (!doc.partial) return [];
  return [`> [!WARNING]`, `> Partial results: ${escapeMarkdownCell(doc.abort_reason ?? "the run was stopped")}`, ""];
}
function checksSection(doc) {
  const rows = documentChecks(doc).map(({ ch, scope }) => {
    const b = bandTexts(ch);
    return [
      escapeMarkdownCell(ch.label),
      escapeMarkdownCell(scope),
      checkValueText(ch),
      b.good,
      b.warning,
      b.critical,
      `${STATUS_ICON[ch.status]} ${checkStatusText(ch)}`
    ];
  });
  return [
    ...doc.mode === "ab" ? [`<sub>${escapeMarkdownCell(abThresholdNote(doc.fail_on))}</sub>`, ""] : [],
    ...table(["Metric", "Scope", "Value", "Good", "Warning", "Critical", "Status"], rows, 50, "checks"),
    ""
  ];
}
function resourcesSection(doc) {
  const lines = resourceLines(doc.resources);
  if (lines.length === 0) return [];
  return ["**Service resources**", "", ...lines.map((l) => `- ${escapeMarkdownCell(l)}`), ""];
}
var STATUS_RANK = { critical: 2, warning: 1, good: 0 };
function endpointsSection(doc) {
  if (doc.per_endpoint.length === 0) return [];
  const endpoints = doc.per_endpoint.map((ep) => ({ ep, status: endpointStatus(doc, ep) })).sort(
    (a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status] || b.ep.error_rate - a.ep.error_rate || b.ep.p95_response_time - a.ep.p95_response_time
  );
  const rows = endpoints.map(({ ep, status }) => [
    escapeMarkdownCell(ep.endpoint),
    formatCount(ep.total_requests),
    formatRps(ep.requests_per_second),
    formatSeconds(ep.p95_response_time),
    formatSeconds(ep.p99_response_time),
    errorRateText(ep),
    `${STATUS_ICON[status]} ${status}`
  ]);
  return [
    "<details><summary>Endpoints, worst first</summary>",
    "",
    ...table(
      ["Endpoint", "Requests", "RPS", "p95", "p99", "Error rate", "Status"],
      rows,
      MAX_ENDPOINT_ROWS,
      "endpoints"
    ),
    "",
    "</details>",
    ""
  ];
}
function errorsSection(doc) {
  if (doc.error_messages.length === 0) return [];
  const rows = doc.error_messages.map((e) => [escapeMarkdownCell(e.type), escapeMarkdownCell(e.message), formatCount(e.count)]);
  return [...table(["Error type", "Message", "Count"], rows, MAX_ERROR_ROWS, "error messages"), ""];
}
function configLine(doc, reportLink) {
  const c = doc.config;
  return `<sub>${escapeMarkdownCell(c.service)} at ${escapeMarkdownCell(c.base_url)} · ` + (c.max_users ? `up to ${formatUsers(c.max_users)} in ${c.steps} steps over ${formatRunLength(c.ramp_up ?? c.duration)}` : `${usersUsed(c.users, doc.rate)} · ${formatRunLength(c.duration)}`) + `${c.rps ? ` · ${c.rps} req/s paced` : ""}${c.workers ? ` · ${c.workers} workers` : ""}${c.warmup ? ` · ${c.warmup} s warm-up` : ""} · timeout ${c.timeout} s · fail on ${c.fail_on} · ${escapeMarkdownCell(csvSentence(c.csv))}` + provenanceText(doc) + `${reportLink ? ` · [full report](${reportLink})` : ""} · perf-gate</sub>`;
}
function provenanceText(doc) {
  const code = codeText(doc.provenance);
  const url = doc.provenance?.run_url;
  const link = url && /^https?:\/\/[^\s()<>[\]]+$/.test(url) ? ` · [CI run](${url})` : "";
  return (code ? ` · ${escapeMarkdownCell(code)}` : "") + link;
}

// src/report/files/write-reports.ts
var REPORT_FILES = ["report.html", "report.css", "summary.md", "junit.xml"];
async function writeReports(dir, doc) {
  const { html, css } = renderHtmlReport(doc);
  const files = {
    "report.html": html,
    "report.css": css,
    "summary.md": renderSummary(doc, { reportLink: void 0 }),
    "junit.xml": renderJunit(doc)
  };
  await Promise.all(Object.entries(files).map(([name, text]) => writeFileAtomic(join2(dir, name), text)));
  return Object.fromEntries(REPORT_FILES.map((f) => [f, join2(dir, f)]));
}

// src/report/files/save.ts
var DEFAULT_OUTPUT_DIR = DEFAULTS.outputDir;
async function saveResults(result, metrics, judged, options = {}) {
  const dir = options.runDir ?? await createRunDir(
    options.outputDir ?? DEFAULT_OUTPUT_DIR,
    options.testName ?? metrics.test_name,
    new Date(result.outcome.startedAtMs),
    // the library's option: the faces make their run directory before the run and pass it as runDir
    "outputDir"
  );
  const csv = join3(dir, "results.csv");
  if (options.writeCsv !== false)
    await writeCsv(csv, result.outcome.recorder, result.target.endpoints, result.settings.csv);
  const failOn = options.failOn ?? "critical";
  const judgement = "outcome" in judged ? judged : judgeResult(result, metrics, judged, { failOn, baseline: options.baseline });
  const document = buildRunDocument(
    result,
    metrics,
    judgement,
    failOn,
    options.baseline,
    options.mergeable,
    options.provenance
  );
  const metricsPath = join3(dir, "metrics.json");
  await writeFileAtomic(metricsPath, JSON.stringify(document, null, 2) + "\n");
  const reports = await writeReports(dir, document);
  return {
    dir,
    csv,
    metrics: metricsPath,
    document,
    html: reports["report.html"],
    summary: reports["summary.md"],
    junit: reports["junit.xml"]
  };
}

// src/run/shard-plan.ts
function shardPlan(whole, shard) {
  const users = whole.settings.users;
  const rps = whole.settings.rps === void 0 ? void 0 : whole.settings.rps / shard.of;
  const stress = whole.settings.stress;
  return {
    mode: whole.mode,
    target: {
      ...whole.target,
      thresholds: scaleThroughput(whole.target.thresholds, 1 / shard.of),
      endpoints: whole.target.endpoints.map(
        (e) => e.thresholds ? { ...e, thresholds: scaleThroughput(e.thresholds, 1 / shard.of) } : e
      )
    },
    stages: whole.stages.map((s) => ({ ...s, users: Math.max(1, shareOf(s.users, shard)) })),
    settings: {
      ...whole.settings,
      users: shareOf(users, shard),
      ...rps !== void 0 ? { rps } : {},
      ...whole.settings.maxUsers !== void 0 ? { maxUsers: Math.max(shareOf(whole.settings.maxUsers, shard), shareOf(users, shard)) } : {},
      ...stress ? { stress: { ...stress, maxUsers: shareOf(stress.maxUsers, shard) } } : {}
    }
  };
}
function scaleThroughput(t, factor) {
  const band2 = t.requests_per_second;
  if (!band2) return t;
  const r2 = (v) => Math.round(v * factor * 1e3) / 1e3;
  return { ...t, requests_per_second: { ...band2, warning: r2(band2.warning), critical: r2(band2.critical) } };
}

// src/metrics/mergeable-from-run.ts
function latencyOf(valuesUs) {
  let sum3 = 0;
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < valuesUs.length; i++) {
    const v = valuesUs[i];
    sum3 += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return {
    count: valuesUs.length,
    sum_us: sum3,
    min_us: valuesUs.length ? min : 0,
    max_us: max,
    hdr: encodeHdr(hdrOf(valuesUs))
  };
}
function mergeableRun(result, metrics, shard, thresholds, test) {
  const { recorder, pacing } = result.outcome;
  const endpoints = result.target.endpoints;
  const n3 = recorder.length;
  const unsentBy = new Array(endpoints.length).fill(0);
  for (let i = 0; i < n3; i++) {
    if (recorder.errorIdAt(i) !== 0 && !recorder.wasSent(i)) unsentBy[recorder.endpoint(i)]++;
  }
  const all = recorder.latencies();
  const latency3 = latencyOf(all);
  const byEndpoint = groupLatencies(recorder, endpoints.length, (i) => recorder.endpoint(i), all);
  const steps = stepInfos(endpoints);
  const perEndpoint = endpoints.map((e, k) => ({
    endpoint: e.name,
    method: e.method,
    path: shownPath(e),
    requests: metrics.per_endpoint[k].total_requests,
    failed: metrics.per_endpoint[k].failed_requests,
    unsent: unsentBy[k],
    latency: latencyOf(group(byEndpoint, k)),
    ...metrics.per_endpoint[k].errors ? { errors: metrics.per_endpoint[k].errors } : {},
    ...mergeableStep(steps[k])
  }));
  return {
    format: 1,
    shard,
    started_ms: result.outcome.startedAtMs,
    ended_ms: result.outcome.endedAtMs,
    active_seconds: metrics.total_duration,
    users: result.settings.users,
    ...result.settings.rps !== void 0 ? { rps: result.settings.rps } : {},
    latency: latency3,
    ...pacing ? { service_time: latencyOf(recorder.serviceTimes(0, n3)) } : {},
    unsent: unsentBy.reduce((a, b) => a + b, 0),
    endpoints: perEndpoint,
    seconds: wallSeconds(recorder, all),
    ...metrics.stages ? { stages: stagesOf2(result, metrics.stages, all) } : {},
    status_codes: metrics.status_codes,
    error_messages: allMessages(recorder),
    latency_histogram: metrics.latency_histogram,
    ...metrics.generator ? {
      generator: {
        event_loop_p99_ms: metrics.generator.event_loop_p99_ms,
        cpu_percent: metrics.generator.cpu_percent
      }
    } : {},
    ...pacing && metrics.rate ? { pacing: { ...withoutAchieved(metrics.rate), due: pacing.due, sent: pacing.sent } } : {},
    latency_basis: metrics.latency_basis,
    thresholds,
    test,
    error_types: metrics.error_types,
    ...result.outcome.sessions ? { sessions: mergeableSessions(result.outcome.sessions) } : {}
  };
}
function withoutAchieved(r2) {
  const { achieved_rps: _, due_requests: _due, ...rest } = r2;
  return rest;
}
function wallSeconds(recorder, scratch) {
  const n3 = recorder.length;
  if (n3 === 0) return [];
  const epochUs = recorder.epochMs * 1e3;
  const secondOf = (i) => Math.floor((epochUs + recorder.endUs(i)) / 1e6);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n3; i++) {
    const s = secondOf(i);
    if (s < first) first = s;
    if (s > last) last = s;
  }
  const len = last - first + 1;
  const errors = new Array(len).fill(0);
  const unsent = new Array(len).fill(0);
  const refused = new Array(len).fill(false);
  const answered = new Array(len).fill(false);
  for (let i = 0; i < n3; i++) {
    const k = secondOf(i) - first;
    const id = recorder.errorIdAt(i);
    if (id !== 0) {
      errors[k]++;
      if (!recorder.wasSent(i)) unsent[k]++;
    }
    if (id !== 0 && recorder.errorOf(id).type === "connection_refused") refused[k] = true;
    else answered[k] = true;
  }
  const bySecond = groupLatencies(recorder, len, (i) => secondOf(i) - first, scratch);
  const out = [];
  for (let k = 0; k < len; k++) {
    const lat = group(bySecond, k);
    if (lat.length === 0) continue;
    out.push({
      at: first + k,
      requests: lat.length,
      errors: errors[k],
      unsent: unsent[k],
      refused: refused[k],
      answered: answered[k],
      hdr: encodeHdr(hdrOf(lat))
    });
  }
  return out;
}
function stagesOf2(result, stages, scratch) {
  const { recorder, stages: timings } = result.outcome;
  const slot = new Map(timings.map((t, k) => [t.index, k]));
  const byStage = groupLatencies(recorder, timings.length, (i) => slot.get(recorder.stage(i)) ?? -1, scratch);
  const wall = (us) => round(recorder.epochMs + us / 1e3, 3);
  return timings.map((t, k) => ({
    stage: stages[k].stage,
    users: stages[k].users,
    started_ms: wall(t.startUs),
    ended_ms: wall(t.endUs),
    requests: stages[k].requests,
    error_types: stages[k].error_types,
    hdr: encodeHdr(hdrOf(group(byStage, k))),
    ...stages[k].generator
  }));
}
function allMessages(recorder) {
  const counts3 = /* @__PURE__ */ new Map();
  for (let i = 0; i < recorder.length; i++) {
    const id = recorder.errorIdAt(i);
    if (id !== 0) counts3.set(id, (counts3.get(id) ?? 0) + 1);
  }
  return sortMessages(
    [...counts3].map(([id, count2]) => {
      const e = recorder.errorOf(id);
      return { type: e.type, message: e.message, count: count2 };
    })
  );
}

// src/engine/wait-until.ts
function waitUntil(at, signal, now = Date.now) {
  return new Promise((resolve4) => {
    if (signal?.aborted) return resolve4();
    let timer;
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve4();
    };
    signal?.addEventListener("abort", done, { once: true });
    const arm = () => {
      const left = at.getTime() - now();
      if (left <= 0) return done();
      timer = setTimeout(arm, Math.min(left, 6e4));
    };
    arm();
  });
}

// src/run/perform-test.ts
init_abort_after();

// src/run/resource-sampler.ts
init_errors();

// src/metrics/resource-series.ts
var MAX_RESOURCE_POINTS = 3600;
var ResourceSeries = class {
  constructor(capacity = MAX_RESOURCE_POINTS) {
    this.capacity = capacity;
    if (capacity < 2 || capacity % 2 !== 0) throw new Error("capacity must be even and at least 2");
    const slots = capacity + 1;
    this.atSum = new Float64Array(slots);
    this.rssSum = new Float64Array(slots);
    this.cpuSum = new Float64Array(slots);
    this.peak = new Float64Array(slots);
    this.count = new Float64Array(slots);
  }
  capacity;
  // one slot per point: sums of its readings, their count and the highest RSS among them
  atSum;
  rssSum;
  cpuSum;
  peak;
  count;
  /** closed points; the slot at `length` is the one filling */
  length = 0;
  /** readings per point */
  span = 1;
  last;
  processes = 0;
  add(r2) {
    const k = this.length;
    this.atSum[k] += r2.atMs;
    this.rssSum[k] += r2.rssBytes;
    this.cpuSum[k] += r2.cpuPercent;
    this.peak[k] = Math.max(this.peak[k], r2.rssBytes);
    this.count[k]++;
    this.last = r2;
    this.processes = Math.max(this.processes, r2.processes);
    if (this.count[k] < this.span) return;
    this.length++;
    if (this.length === this.capacity) this.halve();
  }
  /** The last reading, when there was one. */
  get latest() {
    return this.last;
  }
  /** The most processes the tree had at one reading. */
  get maxProcesses() {
    return this.processes;
  }
  /** Readings per point (1 until the series was first halved). */
  get readingsPerPoint() {
    return this.span;
  }
  /** Every point, the one still filling last. */
  points() {
    const out = [];
    const upTo = this.count[this.length] > 0 ? this.length + 1 : this.length;
    for (let k = 0; k < upTo; k++) {
      const c = this.count[k];
      out.push({
        atMs: this.atSum[k] / c,
        rssBytes: this.rssSum[k] / c,
        cpuPercent: this.cpuSum[k] / c,
        rssPeak: this.peak[k],
        readings: c
      });
    }
    return out;
  }
  /** Merges neighbouring points in pairs: half as many, each covering twice the readings. */
  halve() {
    const arrays = [this.atSum, this.rssSum, this.cpuSum, this.count];
    for (let k = 0; k < this.capacity / 2; k++) {
      for (const a of arrays) a[k] = a[2 * k] + a[2 * k + 1];
      this.peak[k] = Math.max(this.peak[2 * k], this.peak[2 * k + 1]);
    }
    for (let k = this.capacity / 2; k <= this.capacity; k++) {
      for (const a of arrays) a[k] = 0;
      this.peak[k] = 0;
    }
    this.length = this.capacity / 2;
    this.span *= 2;
  }
};

// src/run/process-tree.ts
import { readdir, readFile } from "node:fs/promises";
import { basename as basename6, join as join4 } from "node:path";
var USER_HZ = 100;
function parseProcStat(text) {
  const close = text.lastIndexOf(")");
  const pid = Number.parseInt(text, 10);
  if (close < 0 || !Number.isInteger(pid)) return void 0;
  const f = text.slice(close + 1).trim().split(/\s+/);
  const field = (n3) => Number(f[n3 - 3]);
  const stat6 = {
    pid,
    ppid: field(4),
    state: f[0],
    cpuTicks: field(14) + field(15),
    startTicks: field(22)
  };
  return Number.isFinite(stat6.ppid) && Number.isFinite(stat6.cpuTicks) ? stat6 : void 0;
}
function parseVmRss(text) {
  const m = /^VmRSS:\s*(\d+)\s*kB/m.exec(text);
  return m ? Number(m[1]) * 1024 : 0;
}
function treeOf(root, stats) {
  const children = /* @__PURE__ */ new Map();
  let top;
  for (const s of stats) {
    if (s.pid === root) top = s;
    const list2 = children.get(s.ppid);
    if (list2) list2.push(s);
    else children.set(s.ppid, [s]);
  }
  if (!top) return [];
  const out = [top];
  const seen = /* @__PURE__ */ new Set([root]);
  for (let i = 0; i < out.length; i++) {
    for (const c of children.get(out[i].pid) ?? []) {
      if (seen.has(c.pid)) continue;
      seen.add(c.pid);
      out.push(c);
    }
  }
  return out;
}
function processExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
async function procUnavailable(procRoot = "/proc") {
  if (process.platform !== "linux" && procRoot === "/proc")
    return `memory and CPU are read from /proc, which only Linux has (this is ${process.platform})`;
  try {
    await readFile(join4(procRoot, "self", "stat"), "utf8");
    return void 0;
  } catch (e) {
    return `${procRoot} cannot be read (${e.code ?? String(e)})`;
  }
}
async function readText(file) {
  try {
    return await readFile(file, "utf8");
  } catch {
    return void 0;
  }
}
async function readAllStats(procRoot = "/proc") {
  const pids = (await readdir(procRoot)).filter((name) => /^\d+$/.test(name));
  const texts = await Promise.all(pids.map((pid) => readText(join4(procRoot, pid, "stat"))));
  return texts.flatMap((t) => {
    const s = t === void 0 ? void 0 : parseProcStat(t);
    return s ? [s] : [];
  });
}
async function readTree(root, procRoot = "/proc") {
  const processes = treeOf(root, await readAllStats(procRoot));
  if (processes.length === 0 || processes[0].state === "Z") return void 0;
  const rss = await Promise.all(
    processes.map(async (p) => {
      const text = await readText(join4(procRoot, String(p.pid), "status"));
      return text === void 0 ? 0 : parseVmRss(text);
    })
  );
  return { processes, rssBytes: rss.reduce((a, b) => a + b, 0) };
}
async function processName(pid, procRoot = "/proc") {
  const argv0 = (await readText(join4(procRoot, String(pid), "cmdline")))?.split("\0")[0];
  const program = argv0 ? basename6(argv0) : void 0;
  return program || (await readText(join4(procRoot, String(pid), "comm")))?.trim() || void 0;
}

// src/run/resource-sampler.ts
function checkWatchable(watch) {
  if (watch.watched === "watch_pid" && !processExists(watch.pid))
    throw new InputError(
      watch.label,
      `no process ${watch.pid} is running: give the pid of the running service (e.g. $(pgrep -f my-service))`
    );
}
var ResourceSampler = class _ResourceSampler {
  constructor(watch, hooks) {
    this.watch = watch;
    this.hooks = hooks;
    this.proc = {
      pid: watch.pid,
      watched: watch.watched,
      ...watch.command ? { command: watch.command } : {}
    };
  }
  watch;
  hooks;
  series = new ResourceSeries();
  proc;
  timer;
  reading;
  previous;
  stopped = false;
  static async start(watch, hooks = {}) {
    const s = new _ResourceSampler(watch, hooks);
    const why = await procUnavailable(hooks.procRoot);
    if (why) {
      s.proc.unavailable = why;
      hooks.log?.(
        `perf-gate: the service's memory and CPU are unavailable: ${why}; the run goes on without them`
      );
      return s;
    }
    s.proc.command ??= await processName(watch.pid, hooks.procRoot);
    await s.read();
    if (!s.stopped) {
      const every = hooks.intervalMs ?? 1e3;
      hooks.log?.(
        `perf-gate: sampling the memory and CPU of pid ${watch.pid}${s.proc.command ? ` (${s.proc.command})` : ""} and its children every ${every / 1e3} s`
      );
      s.timer = setInterval(() => {
        s.reading ??= s.read().finally(() => s.reading = void 0);
      }, every);
    }
    return s;
  }
  /** Ends the sampling (waiting for a reading under way) and hands over what was read. */
  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.reading;
    return { series: this.series, proc: this.proc };
  }
  async read() {
    const tree = await readTree(this.watch.pid, this.hooks.procRoot);
    if (this.stopped && this.previous) return;
    const atMs = Date.now();
    if (!tree) return this.gone(atMs);
    const ticks = new Map(tree.processes.map((p) => [p.pid, p]));
    const prev = this.previous;
    this.previous = { atMs, ticks };
    if (!prev) return;
    let used = 0;
    for (const p of tree.processes) {
      const before = prev.ticks.get(p.pid);
      used += before && before.startTicks === p.startTicks ? Math.max(0, p.cpuTicks - before.cpuTicks) : p.cpuTicks;
    }
    const seconds2 = Math.max(1e-3, (atMs - prev.atMs) / 1e3);
    const reading = {
      atMs,
      rssBytes: tree.rssBytes,
      cpuPercent: 100 * used / USER_HZ / seconds2,
      processes: tree.processes.length
    };
    this.series.add(reading);
    this.hooks.onReading?.(reading);
  }
  gone(atMs) {
    if (this.proc.exitedAtMs !== void 0) return;
    this.proc.exitedAtMs = atMs;
    this.stopped = true;
    clearInterval(this.timer);
    this.hooks.log?.(
      `⚠ the watched process ${this.watch.pid} (${this.watch.label}) is gone: its memory and CPU are no longer sampled; the run goes on`
    );
  }
};
async function sampledDuring(watch, hooks, fn) {
  if (!watch) return { value: await fn() };
  const sampler = await ResourceSampler.start(watch, hooks);
  try {
    const value = await fn();
    return { value, watched: await sampler.stop() };
  } finally {
    await sampler.stop();
  }
}

// src/metrics/rss-trend.ts
import { linearRegression as linearRegression2 } from "simple-statistics";
var MIN_TREND_POINTS = 10;
var TREND_SKIP_SHARE = 0.2;
var TREND_SKIP_MAX_SEC = 600;
var MAX_LAG1 = 0.99;
function trendStart(runSeconds2) {
  return Math.min(Math.max(0, runSeconds2) * TREND_SKIP_SHARE, TREND_SKIP_MAX_SEC);
}
function lag1Autocorrelation(residuals) {
  const n3 = residuals.length;
  let ss = 0;
  let cross = 0;
  for (let i = 0; i < n3; i++) {
    ss += residuals[i] ** 2;
    if (i > 0) cross += residuals[i] * residuals[i - 1];
  }
  if (ss === 0) return 0;
  const r2 = cross / ss;
  return Math.min(MAX_LAG1, Math.max(0, r2 + (1 + 4 * Math.max(0, r2)) / n3));
}
function fitRssTrend(points) {
  const n3 = points.length;
  if (n3 < MIN_TREND_POINTS) return `${n3} samples, ${MIN_TREND_POINTS} needed`;
  const { m: slope, b: intercept } = linearRegression2(points.map((p) => [p.second, p.rss_bytes]));
  const residuals = points.map((p) => p.rss_bytes - (intercept + slope * p.second));
  let mean3 = 0;
  for (const p of points) mean3 += p.second / n3;
  let sxx = 0;
  for (const p of points) sxx += (p.second - mean3) ** 2;
  const r2 = lag1Autocorrelation(residuals);
  const effective = n3 * (1 - r2) / (1 + r2);
  const olsVariance = residuals.reduce((a, e) => a + e * e, 0) / (n3 - 2) / sxx;
  const half = tQuantile975(Math.max(1, effective - 2)) * Math.sqrt(olsVariance * (1 + r2) / (1 - r2));
  const perHour = (v) => Math.round(v * 3600);
  return {
    bytes_per_hour: perHour(slope),
    ci_low: perHour(slope - half),
    ci_high: perHour(slope + half),
    level: 0.95,
    from_second: points[0].second,
    to_second: points[n3 - 1].second,
    points: n3,
    start_bytes: Math.round(intercept + slope * points[0].second),
    method: "ols_ar1_effective_n",
    lag1_autocorrelation: Math.round(r2 * 1e3) / 1e3,
    effective_points: Math.round(effective * 10) / 10
  };
}

// src/metrics/resources.ts
function resourceMetrics(series2, proc, run) {
  const base = {
    pid: proc.pid,
    watched: proc.watched,
    ...proc.command ? { command: proc.command } : {}
  };
  if (proc.unavailable)
    return {
      source: "unavailable",
      unavailable_reason: proc.unavailable,
      ...base,
      samples: [],
      rss_trend_skipped: `no figures: ${proc.unavailable}`
    };
  const second3 = (ms2) => round((ms2 - run.startedAtMs) / 1e3, 1);
  const points = series2.points();
  const samples = points.map((p) => ({
    second: second3(p.atMs),
    rss_bytes: Math.round(p.rssBytes),
    cpu_percent: round(p.cpuPercent, 1)
  }));
  const measured = points.filter((p) => p.atMs >= run.startedAtMs);
  const readings = measured.reduce((a, p) => a + p.readings, 0);
  const last = series2.latest;
  return {
    source: "proc",
    ...base,
    processes: series2.maxProcesses,
    ...proc.exitedAtMs !== void 0 ? { exited_at: second3(proc.exitedAtMs) } : {},
    sample_seconds: series2.readingsPerPoint,
    samples,
    ...measured.length > 0 ? {
      peak_rss_bytes: Math.max(...measured.map((p) => p.rssPeak)),
      average_cpu_percent: round(
        measured.reduce((a, p) => a + p.cpuPercent * p.readings, 0) / readings,
        1
      )
    } : {},
    ...last ? { final_rss_bytes: last.rssBytes } : {},
    ...trendOf(samples, run)
  };
}
function trendOf(samples, run) {
  if (run.mode === "stress")
    return {
      rss_trend_skipped: "a stress ramp raises the load stage by stage, so its memory grows by design: judge leaks on a load or soak run"
    };
  const from = trendStart(run.durationSec);
  const fitted = samples.filter((p) => p.second >= from && p.second <= run.durationSec + 1);
  const trend = fitRssTrend(fitted);
  if (typeof trend !== "string") return { rss_trend: trend };
  return {
    rss_trend_skipped: `too few samples after the warm-up and the run's first ${Math.round(from)} s: ${trend}; run longer`
  };
}

// src/run/perform-test.ts
function endpointThresholds(target) {
  return Object.fromEntries([
    ...target.endpoints.map((e) => [e.name, e.thresholds]),
    ...(target.journeys ?? []).map((j) => [journeyScope(j.name), j.thresholds])
  ]);
}
function planTest(request, config2) {
  const whole = buildRunPlan(request, config2);
  const plan = request.shard ? withWorkers(shardPlan(whole, request.shard), request.workers) : whole;
  checkAbortAfter(plan.target, runSeconds(plan), config2);
  return { request, whole, plan };
}
function runSeconds(plan) {
  return plan.stages.reduce((t, s) => t + s.durationSec, 0);
}
async function performTest(test, options) {
  const { request, whole, plan: sharded } = "plan" in test ? test : planTest(test, options.config);
  const { mode } = sharded;
  const failOn = options.failOn ?? options.config.failOn ?? "critical";
  const { observer } = options;
  if (options.watch) checkWatchable(options.watch);
  const prepared = await prepareRun([sharded], {
    output: {
      dir: options.outputDir ?? DEFAULT_OUTPUT_DIR,
      label: options.outputLabel ?? "outputDir",
      testName: `${mode}_test_${sharded.target.service}`,
      startedAt: /* @__PURE__ */ new Date()
    },
    observer,
    shard: request.shard,
    signal: options.signal,
    log: options.log
  });
  const plan = prepared.plans[0];
  const dir = prepared.dir;
  const { target } = plan;
  options.onStart?.(target, dir, plan.settings, mode);
  const csv = new CsvWriter(join5(dir, "results.csv"), target.endpoints, plan.settings.csv);
  const breaches = new BreachAbort(target, options.signal);
  const recording = recordingOf(plan, request.shard !== void 0);
  let result;
  let watched;
  try {
    if (request.startAt) await waitUntil(request.startAt, options.signal);
    const sampling = { onReading: observer?.resources?.bind(observer), log: options.log };
    const sampled = await sampledDuring(
      options.watch,
      sampling,
      () => executeRunPlan(
        plan,
        recording.hooks(
          breaches.hooks({
            // a shard's ramp runs every stage: where the service breaks is judged on the merged stages
            ...request.shard ? { onStageEnd: () => void 0 } : {},
            onProgress: (s) => {
              if (!s.warmup) observer?.progress(s);
              options.onProgress?.(s);
            },
            onRecords: (r2, from, to) => {
              observer?.records(r2, from, to);
              return csv.append(r2, from, to);
            },
            signal: options.signal
          })
        )
      )
    );
    result = breaches.finish(sampled.value);
    watched = sampled.watched;
    await csv.close();
    const { outcome: outcome2 } = result;
    if (outcome2.recorder.length === 0) {
      throw new UnreachableError(
        `❌ No request to ${target.service} completed${outcome2.abortReason ? ` (${outcome2.abortReason})` : ""}; nothing to report`
      );
    }
  } catch (e) {
    await csv.close().catch(() => void 0);
    await rm(dir, { recursive: true, force: true });
    await observer?.end({ ran: false }).catch(() => void 0);
    throw e;
  } finally {
    breaches.dispose();
  }
  const metrics = recording.metrics(result);
  if (watched)
    metrics.resources = resourceMetrics(watched.series, watched.proc, {
      startedAtMs: result.outcome.startedAtMs,
      durationSec: metrics.total_duration,
      mode
    });
  const gate = evaluateThresholds(metrics, target.thresholds, endpointThresholds(target));
  const baseline2 = options.baseline && compareWithBaseline(options.baseline, result, metrics, {
    failOnRegression: options.failOnRegression ?? options.config.failOnRegression ?? "regression",
    tolerances: options.config.tolerances,
    provenance: options.provenance
  });
  const judgement = judgeResult(result, metrics, gate, { failOn, baseline: baseline2 });
  let saved;
  try {
    saved = await saveResults(result, metrics, judgement, {
      runDir: dir,
      writeCsv: false,
      failOn,
      ...request.shard ? {
        mergeable: shardMergeable(
          result,
          metrics,
          recording.histograms,
          whole,
          request.shard,
          request.startAt
        )
      } : {},
      baseline: baseline2,
      provenance: options.provenance
    });
  } finally {
    await observer?.end();
  }
  const { outcome } = judgement;
  return { result, metrics, gate, saved, failOn, outcome, exitCode: outcome.exit_code };
}
function shardMergeable(result, metrics, histograms, whole, shard, startAt) {
  const limits = { overall: whole.target.thresholds, per_endpoint: endpointThresholds(whole.target) };
  const test = testOf2(whole, startAt);
  return histograms ? mergeableOfHistograms(result, histograms, shard, limits, test) : mergeableRun(result, metrics, shard, limits, test);
}
function testOf2(whole, startAt) {
  const s = whole.settings;
  return {
    users: s.users,
    duration: s.duration,
    ...s.rps !== void 0 ? { rps: s.rps } : {},
    ...s.stress ? { steps: s.stress.steps } : {},
    base_url: whole.target.baseUrl,
    endpoints: whole.target.endpoints.map((e) => e.name),
    ...startAt ? { start_at: startAt.toISOString() } : {}
  };
}

// src/library/load-test.ts
init_abort_after();
var warnNote = (line) => process.emitWarning(line, "PerfGateWarning");
var LOAD_DEFAULTS = Object.freeze({
  users: DEFAULTS.users,
  duration: DEFAULTS.duration,
  timeout: DEFAULTS.timeout
});
var STRESS_DEFAULTS = Object.freeze({
  maxUsers: DEFAULTS.maxUsers,
  rampUp: DEFAULTS.rampUp,
  steps: DEFAULTS.steps
});
function loadTest(options) {
  return runFromOptions(options, { ...options, service: serviceArg(options.service), mode: "load" });
}
function stressTest(options) {
  return runFromOptions(options, { ...options, service: serviceArg(options.service), mode: "stress" });
}
async function soakTest(options) {
  const plan = await planFromOptions(options, {
    ...options,
    service: serviceArg(options.service),
    mode: "soak"
  });
  const recording = recordingOf(plan);
  const result = await runPlan(plan, options, (hooks) => recording.hooks(hooks));
  return { result, metrics: recording.metrics(result) };
}
async function runFromOptions(options, raw3) {
  return runPlan(await planFromOptions(options, raw3), options, (hooks) => hooks);
}
async function runPlan(plan, options, withHooks) {
  const breaches = new BreachAbort(plan.target, options.signal);
  try {
    return breaches.finish(await executeRunPlan(plan, withHooks(breaches.hooks(options))));
  } finally {
    breaches.dispose();
  }
}
async function planFromOptions(options, raw3) {
  const request = parseRunRequest(raw3, OPTION_LABELS);
  const { config: config2, service } = await withService(options.config ?? await loadConfig(), options.service);
  const plan = buildRunPlan({ ...request, service }, config2);
  checkAbortAfter(plan.target, runSeconds(plan), config2);
  const { plans } = await prepareRun([plan], {
    skipPreflight: options.skipPreflight,
    signal: options.signal,
    log: options.log ?? warnNote
  });
  return plans[0];
}
function serviceArg(service) {
  return typeof service === "string" ? service : "";
}
async function withService(config2, service) {
  if (typeof service === "string") return { config: config2, service };
  const { name, ...definition } = service;
  const { serviceSchema: serviceSchema2 } = await Promise.resolve().then(() => (init_schema(), schema_exports));
  const parsed = serviceSchema2.safeParse(definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`service ${name} ${formatPath(issue.path)}`, issue.message);
  }
  return { config: { ...config2, services: { ...config2.services, [name]: parsed.data } }, service: name };
}

// src/index.ts
init_defaults();

// src/demo/demo-services.ts
init_errors();
import { randomBytes } from "node:crypto";
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
var DEMO_LOGIN = Object.freeze({ username: "demo", password: "demo-password" });
var DOCUMENTS = 1e4;
var DOCUMENT = /^\/api\/documents\/(\d+)$/;
var MAX_TOKENS = 1e3;
async function startDemoServices(options = {}) {
  const random = seededRandom(options.seed ?? 42);
  const errorRate = options.errorRate ?? 2e-3;
  const host = options.host ?? "127.0.0.1";
  const servers = [];
  const urls = {};
  try {
    for (const name of DEMO_SERVICES) {
      const needsKey = PRESET_SERVICES[name].headers !== void 0;
      const state = { tokens: /* @__PURE__ */ new Set(), cached: /* @__PURE__ */ new Set() };
      const server = createServer(
        (req, res) => handle(name, needsKey, req, res, { random, errorRate, state })
      );
      server.keepAliveTimeout = 3e4;
      servers.push(server);
      const port = options.presetPorts ? PRESET_SERVICES[name].port : 0;
      await new Promise((resolve4, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve4());
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
function handle(service, needsKey, req, res, b) {
  let text = "";
  req.on("data", (c) => text += c.toString());
  req.on("end", () => {
    const path = (req.url ?? "/").split("?")[0];
    const send2 = (status, body) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      res.end(json);
    };
    const route = ROUTES[service][path];
    const answer = route ? { medianMs: route.medianMs, status: 200, body: route.body() } : service === "document_processing" ? documentAnswer(req, path, text, b.state) : void 0;
    if (!answer) return send2(404, { detail: "Not Found" });
    if (needsKey && !path.endsWith("/health") && req.headers["x-api-key"] !== API_KEY)
      return send2(401, { detail: "Invalid or missing API key" });
    const delay = answer.medianMs * Math.exp(0.5 * gaussian(b.random));
    setTimeout(() => {
      if (answer.status === 200 && b.random() < b.errorRate) send2(500, { detail: "Internal Server Error" });
      else send2(answer.status, answer.body);
    }, delay);
  });
}
function documentAnswer(req, path, body, state) {
  if (path === "/api/login" && req.method === "POST") return login(body, state);
  const m = DOCUMENT.exec(path);
  if (!m) return void 0;
  const id = Number(m[1]);
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (!token || !state.tokens.has(token))
    return { medianMs: 1, status: 401, body: { detail: "Missing or invalid bearer token" } };
  if (id < 1 || id > DOCUMENTS) return { medianMs: 1, status: 404, body: { detail: "No such document" } };
  const cold = !state.cached.has(id);
  state.cached.add(id);
  return { medianMs: cold ? 20 : 4, status: 200, body: { id, title: `Document ${id}`, pages: 1 + id % 7 } };
}
function login(body, state) {
  let c = {};
  try {
    c = JSON.parse(body);
  } catch {
  }
  if (c.username !== DEMO_LOGIN.username || c.password !== DEMO_LOGIN.password)
    return { medianMs: 15, status: 401, body: { detail: "Invalid username or password" } };
  const token = `demo-${randomBytes(12).toString("hex")}`;
  if (state.tokens.size >= MAX_TOKENS) state.tokens.delete(state.tokens.values().next().value);
  state.tokens.add(token);
  return { medianMs: 15, status: 200, body: { access_token: token, token_type: "bearer" } };
}
function list(n3, prefix) {
  return Array.from({ length: n3 }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}`);
}
function gaussian(random) {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
async function closeAll(servers) {
  await Promise.all(
    servers.map(
      (s) => new Promise((resolve4) => {
        if (!s.listening) return resolve4();
        s.close(() => resolve4());
        s.closeAllConnections();
      })
    )
  );
}

// src/gate/exit-codes.ts
var EXIT_CODES = [
  { code: 0, name: "passed", meaning: "passed (warnings allowed unless `--fail-on warning`)" },
  {
    code: 1,
    name: "failed",
    meaning: "the gate failed: a threshold at the `--fail-on` level, a gated regression against the baseline or A, or a threshold whose critical band held for its `abort_after` (the run stopped there; its partial results are kept)"
  },
  {
    code: 2,
    name: "invalid_input",
    meaning: "invalid input or config: nothing was run, nothing was written"
  },
  {
    code: 3,
    name: "aborted",
    meaning: "a target could not be reached, or the run was aborted (partial results are kept); `merge`: a shard missing, stopped early or out of step (the merged run is kept)"
  }
];

// src/index.ts
init_thresholds();
init_abort_after();
init_csv_choice();

// src/run/provenance.ts
import { execFile } from "node:child_process";

// src/run/runner-info.ts
import { availableParallelism as availableParallelism2, cpus, platform, release, totalmem } from "node:os";
function runnerInfo() {
  const list2 = cpus();
  return {
    // some platforms (and some containers) list no CPUs: the run is still recorded
    cpu: list2[0]?.model.trim().replace(/\s+/g, " ") || "unknown",
    // what this process may use (affinity), not what the host has: the generator gets no more
    cores: availableParallelism2(),
    memory_bytes: totalmem(),
    os: `${platform()} ${release()}`,
    node: process.version
  };
}

// src/run/provenance.ts
var GIT_TIMEOUT_MS = 3e3;
var MAX_BRANCH_CHARS = 200;
async function detectProvenance(env, cwd) {
  const ci = ciProvenance(env);
  const local = ci.commit && ci.branch ? {} : await gitProvenance(cwd);
  const git2 = ci.commit && local.commit !== ci.commit ? { commit: local.commit } : local;
  return {
    ...ci.commit ?? git2.commit ? { commit: ci.commit ?? git2.commit } : {},
    ...ci.branch ?? git2.branch ? { branch: ci.branch ?? git2.branch } : {},
    ...ci.ci ? { ci: ci.ci } : git2.commit ? { ci: "git" } : {},
    ...ci.run_url ? { run_url: ci.run_url } : {},
    runner: runnerInfo()
  };
}
function ciProvenance(env) {
  if (env.GITHUB_ACTIONS === "true" || env.GITHUB_SHA) {
    return facts("github", {
      commit: env.GITHUB_SHA,
      // a pull request's GITHUB_REF_NAME is `123/merge`; its head branch is what people know it by
      branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME,
      run_url: githubRunUrl(env)
    });
  }
  if (env.GITLAB_CI || env.CI_COMMIT_SHA)
    return facts("gitlab", {
      commit: env.CI_COMMIT_SHA,
      branch: env.CI_COMMIT_REF_NAME,
      run_url: env.CI_JOB_URL
    });
  if (env.JENKINS_URL || env.BUILD_URL)
    return facts("jenkins", {
      commit: env.GIT_COMMIT,
      // GIT_BRANCH (outside multibranch pipelines) names the remote too: `origin/main`
      branch: env.BRANCH_NAME || env.GIT_BRANCH?.replace(/^(refs\/remotes\/origin\/|origin\/|refs\/heads\/)/, ""),
      run_url: env.BUILD_URL
    });
  return {};
}
function githubRunUrl(env) {
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
}
function facts(ci, raw3) {
  const commit = commitId(raw3.commit);
  const branch = branchName(raw3.branch);
  const runUrl = publicUrl(raw3.run_url);
  return {
    ci,
    ...commit ? { commit } : {},
    ...branch ? { branch } : {},
    ...runUrl ? { run_url: runUrl } : {}
  };
}
async function gitProvenance(cwd) {
  const commit = commitId(await git(cwd, ["rev-parse", "HEAD"]));
  if (!commit) return {};
  const branch = await git(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]);
  return { commit, ...branch && branch !== "HEAD" ? { branch: branchName(branch) } : {} };
}
function git(cwd, args) {
  return new Promise((resolve4) => {
    execFile(
      "git",
      args,
      { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true },
      (err, stdout) => resolve4(err ? void 0 : stdout.trim())
    );
  });
}
function commitId(s) {
  const v = s?.trim().toLowerCase();
  return v && /^[0-9a-f]{7,64}$/.test(v) ? v : void 0;
}
function branchName(s) {
  const v = s?.trim();
  return v ? v.slice(0, MAX_BRANCH_CHARS) : void 0;
}
function publicUrl(s) {
  if (!s) return void 0;
  try {
    const u = new URL(s);
    if (u.protocol !== "https:" && u.protocol !== "http:") return void 0;
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return void 0;
  }
}

// src/index.ts
init_parse();
init_schema();
init_errors();

// src/report/files/read-baseline.ts
init_errors();
import { readdir as readdir2, stat as stat4 } from "node:fs/promises";
import { join as join7 } from "node:path";

// src/report/files/read-run.ts
init_errors();
init_input_file();
init_http_grammar();
import { join as join6 } from "node:path";

// src/report/files/run-schema.ts
init_drift();
init_field_path();
init_defaults();
init_regression();
import { z as z7 } from "zod";
init_abort_after();

// src/metrics/mergeable-schema.ts
init_defaults();
import { z as z6 } from "zod";
var count = z6.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
var amount = z6.number().min(0).max(Number.MAX_SAFE_INTEGER);
var wallMs = z6.number().min(9466848e5).max(72581184e5);
var hdr = z6.string();
var errorType = z6.enum(ERROR_TYPES);
var counts = z6.record(z6.string(), count);
var latency2 = z6.looseObject({ count, sum_us: amount, min_us: amount, max_us: amount, hdr });
var endpoint = z6.looseObject({
  endpoint: z6.string(),
  method: z6.string(),
  path: z6.string(),
  requests: count,
  failed: count,
  unsent: count,
  latency: latency2,
  errors: z6.array(z6.looseObject({ type: errorType, status: count, count })).optional(),
  journey: z6.string().optional(),
  step: z6.string().optional(),
  once: z6.boolean().optional(),
  think: amount.optional()
});
var sessions = z6.looseObject({
  users: count,
  journeys: z6.array(
    z6.looseObject({
      name: z6.string(),
      iterations: count,
      failed: count,
      restarted: count,
      once_failed: count.optional(),
      duration_hdr: hdr
    })
  ),
  checks: z6.array(z6.looseObject({ endpoint: count, label: z6.string(), passed: count, failed: count }))
});
var second = z6.looseObject({
  at: z6.number().int(),
  requests: count,
  errors: count,
  unsent: count,
  refused: z6.boolean(),
  answered: z6.boolean(),
  hdr
});
var stage = z6.looseObject({
  stage: count,
  users: count,
  started_ms: wallMs,
  ended_ms: wallMs,
  requests: count,
  error_types: z6.partialRecord(errorType, count),
  hdr,
  event_loop_p99_ms: amount,
  cpu_percent: amount
});
var thresholdsOf2 = z6.record(z6.string(), z6.unknown());
var mergeableSchema = z6.looseObject({
  format: z6.literal(1),
  shard: z6.looseObject({ index: count.min(1), of: count.min(1).max(LIMITS.users) }),
  started_ms: wallMs,
  ended_ms: wallMs,
  active_seconds: amount,
  users: count,
  rps: amount.optional(),
  latency: latency2,
  service_time: latency2.optional(),
  unsent: count,
  endpoints: z6.array(endpoint),
  seconds: z6.array(second),
  stages: z6.array(stage).optional(),
  status_codes: counts,
  error_messages: z6.array(z6.looseObject({ type: errorType, message: z6.string(), count })),
  latency_histogram: z6.array(z6.looseObject({ from: amount, to: amount, count })),
  generator: z6.looseObject({ event_loop_p99_ms: amount, cpu_percent: amount }).optional(),
  pacing: z6.looseObject({
    paces: z6.literal("journeys").optional(),
    target_rps: amount,
    late_requests: count,
    dropped_requests: count,
    dropped_at_end: count,
    max_users: count,
    users_reached: count,
    due: count,
    sent: count
  }).optional(),
  latency_basis: z6.enum(["actual_send", "intended_send"]),
  thresholds: z6.looseObject({ overall: thresholdsOf2, per_endpoint: z6.record(z6.string(), z6.unknown()) }),
  test: z6.looseObject({
    users: count,
    duration: amount.max(LIMITS.duration),
    rps: amount.optional(),
    steps: count.optional(),
    base_url: z6.string(),
    endpoints: z6.array(z6.string()),
    start_at: z6.string().optional()
  }),
  error_types: z6.partialRecord(errorType, count),
  sessions: sessions.optional()
});
var SLACK_MS = 6e4;
var SPAN_SLACK_MS = 36e5;
function mergeableProblem(m) {
  const n3 = m.latency.count;
  const sum3 = (xs) => xs.reduce((a, b) => a + b, 0);
  if (m.ended_ms < m.started_ms) return ["mergeable.ended_ms", "is before started_ms"];
  if (m.ended_ms - m.started_ms > m.test.duration * 1e3 + SPAN_SLACK_MS)
    return [
      "mergeable.ended_ms",
      `is ${dhm(m.ended_ms - m.started_ms)} after started_ms: longer than the test`
    ];
  if (m.shard.index > m.shard.of) return ["mergeable.shard.index", `is beyond shard.of (${m.shard.of})`];
  const latencyProblem = (l, path) => l.count > 0 && l.min_us > l.max_us ? [`${path}.min_us`, "is above max_us"] : void 0;
  const own = latencyProblem(m.latency, "mergeable.latency");
  if (own) return own;
  if (m.endpoints.map((e) => e.endpoint).join("\n") !== m.test.endpoints.join("\n"))
    return ["mergeable.endpoints", "are not the endpoints of test.endpoints"];
  if (sum3(m.endpoints.map((e) => e.requests)) !== n3)
    return ["mergeable.endpoints[].requests", `add up to other than latency.count (${n3})`];
  for (const [k, e] of m.endpoints.entries()) {
    const at = `mergeable.endpoints[${k}]`;
    if (e.failed > e.requests) return [`${at}.failed`, "is more than its requests"];
    if (e.unsent > e.requests) return [`${at}.unsent`, "is more than its requests"];
    if (e.latency.count !== e.requests) return [`${at}.latency.count`, "is not its requests"];
    const p = latencyProblem(e.latency, `${at}.latency`);
    if (p) return p;
  }
  if (m.unsent > n3) return ["mergeable.unsent", "is more than latency.count"];
  if (sum3(m.seconds.map((s) => s.requests)) !== n3)
    return ["mergeable.seconds[].requests", `add up to other than latency.count (${n3})`];
  const from = Math.floor((m.started_ms - SLACK_MS) / 1e3);
  const to = Math.ceil((m.ended_ms + SLACK_MS) / 1e3);
  for (const [k, s] of m.seconds.entries()) {
    if (s.at < from || s.at > to) return [`mergeable.seconds[${k}].at`, "is outside the shard's span"];
    if (s.errors > s.requests) return [`mergeable.seconds[${k}].errors`, "is more than its requests"];
  }
  if (sum3(Object.values(m.status_codes)) > n3)
    return ["mergeable.status_codes", "add up to more than latency.count"];
  const failed = sum3(m.endpoints.map((e) => e.failed));
  if (sum3(Object.values(m.error_types)) !== failed)
    return ["mergeable.error_types", `add up to other than the endpoints' failed requests (${failed})`];
  const refused = Object.entries(m.status_codes).filter(([code]) => Number(code) >= 400);
  if (sum3(refused.map(([, c]) => c)) > failed)
    return ["mergeable.status_codes", `count more answers of 400 or more than failed requests (${failed})`];
  if (sum3(m.error_messages.map((e) => e.count)) > failed)
    return ["mergeable.error_messages", `count more than the failed requests (${failed})`];
  for (const [k, s] of (m.stages ?? []).entries()) {
    if (s.requests > n3) return [`mergeable.stages[${k}].requests`, "is more than latency.count"];
    if (s.started_ms < m.started_ms - SLACK_MS || s.ended_ms > m.ended_ms + SLACK_MS || s.ended_ms < s.started_ms)
      return [`mergeable.stages[${k}].started_ms`, "is outside the shard's span"];
  }
  return m.sessions ? sessionsProblem(m.sessions, m.endpoints.length) : void 0;
}
function sessionsProblem(s, endpoints) {
  for (const [k, j] of s.journeys.entries())
    if (j.failed > j.iterations)
      return [`mergeable.sessions.journeys[${k}].failed`, "is more than its iterations"];
  for (const [k, c] of s.checks.entries())
    if (c.endpoint >= endpoints)
      return [
        `mergeable.sessions.checks[${k}].endpoint`,
        `is not an endpoint's index (there are ${endpoints})`
      ];
  return void 0;
}
function mergeableHistogramProblem(m) {
  const hists = [
    ["mergeable.latency.hdr", m.latency.hdr, m.latency.count],
    ...m.service_time ? [["mergeable.service_time.hdr", m.service_time.hdr, m.service_time.count]] : [],
    ...m.endpoints.map(
      (e, k) => [`mergeable.endpoints[${k}].latency.hdr`, e.latency.hdr, e.latency.count]
    ),
    ...m.seconds.map(
      (s, k) => [`mergeable.seconds[${k}].hdr`, s.hdr, s.requests]
    ),
    ...(m.stages ?? []).map((s, k) => [`mergeable.stages[${k}].hdr`, s.hdr, -1]),
    // one duration a finished iteration: a count that is not its histogram's would pass a journey gate
    ...(m.sessions?.journeys ?? []).map((j, k) => [
      `mergeable.sessions.journeys[${k}].duration_hdr`,
      j.duration_hdr,
      j.iterations
    ])
  ];
  for (const [path, text, expected] of hists) {
    const h = tryDecodeHdr(text);
    if (typeof h === "string") return [path, h];
    if (expected >= 0 && h.totalCount !== expected)
      return [path, `holds ${h.totalCount} values, not the ${expected} its count says`];
  }
  return void 0;
}
function dhm(ms2) {
  const s = ms2 / 1e3;
  if (s >= 86400) return `${(s / 86400).toFixed(1)} days`;
  if (s >= 3600) return `${(s / 3600).toFixed(1)} h`;
  return `${s.toFixed(0)} s`;
}

// src/report/files/run-schema.ts
var MAX_SECONDS = 7 * LIMITS.duration;
var secs = z7.number().min(0).max(MAX_SECONDS);
var rate2 = z7.number().min(0).max(Number.MAX_SAFE_INTEGER);
var pct = z7.number().min(0).max(100);
var counts2 = z7.record(z7.string(), count);
var responseTimes3 = {
  average_response_time: secs,
  median_response_time: secs,
  p95_response_time: secs,
  p99_response_time: secs,
  min_response_time: secs,
  max_response_time: secs
};
var timePoint = z7.looseObject({
  second: z7.number().min(-MAX_SECONDS).max(MAX_SECONDS),
  requests: count,
  errors: count,
  requests_per_second: rate2,
  p50_response_time: secs,
  p95_response_time: secs,
  p99_response_time: secs
});
var series = z7.array(timePoint).max(MAX_SECONDS);
var figure2 = z7.number().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
var check = z7.looseObject({
  label: z7.string(),
  unit: z7.string(),
  value: figure2,
  warning: figure2,
  critical: figure2,
  higher_is_better: z7.boolean(),
  status: z7.enum(["good", "warning", "critical"]),
  requests: count.optional(),
  not_enough_requests: z7.looseObject({ min: count }).optional(),
  not_judged: z7.looseObject({ reason: z7.string() }).optional()
});
var checks2 = z7.record(z7.string(), check);
var isoTime = z7.string().refine((t) => !Number.isNaN(Date.parse(t)), "is not a date");
var thresholdAbort = z7.looseObject({
  threshold: z7.enum(ABORTABLE_THRESHOLDS),
  scope: z7.string(),
  label: z7.string(),
  unit: z7.string(),
  abort_after: secs,
  critical: figure2,
  higher_is_better: z7.boolean(),
  value: figure2,
  since: isoTime,
  since_second: secs,
  at: isoTime,
  at_second: secs,
  side: z7.enum(["A", "B"]).optional()
});
var changeVerdict = z7.enum(["regression", "improvement", "no_change", "inconclusive"]);
var change2 = z7.number().min(-1e6).max(1e6);
var baseline = z7.looseObject({
  run: z7.string(),
  fail_on_regression: z7.string(),
  comparison: z7.looseObject({
    verdict: changeVerdict,
    method: z7.enum(COMPARISON_METHODS),
    // a history baseline's runs (method run_history): how many, the first and the last
    history: z7.looseObject({
      runs: count,
      first: z7.looseObject({ run: z7.string() }),
      last: z7.looseObject({ run: z7.string() })
    }).optional(),
    level: z7.number().min(0).max(1),
    windows: z7.looseObject({ baseline: count, current: count }),
    metrics: z7.array(
      z7.looseObject({
        metric: z7.enum(COMPARED_METRICS),
        endpoint: z7.string().optional(),
        baseline: figure2,
        current: figure2,
        change: change2,
        ci_low: change2.nullable(),
        ci_high: change2.nullable(),
        tolerance: z7.number().min(0).max(10),
        verdict: changeVerdict,
        // a noisy pair can need years of run to decide: said as it is, not refused when read back
        seconds_to_decide: z7.number().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
        detectable_change: change2.optional()
      })
    ),
    warnings: z7.array(z7.string()).optional(),
    step_level: z7.number().min(0).max(1).optional()
  })
});
var endpoint2 = z7.looseObject({
  endpoint: z7.string(),
  method: z7.string(),
  path: z7.string(),
  total_requests: count,
  successful_requests: count,
  failed_requests: count,
  error_rate: pct,
  requests_per_second: rate2,
  ...responseTimes3,
  errors: z7.array(z7.looseObject({ type: z7.string(), status: count, count })).optional(),
  thresholds: checks2.optional(),
  timeseries: series.optional()
});
var stage2 = z7.looseObject({
  stage: count,
  users: count,
  start: secs,
  duration: secs,
  requests: count,
  rps: rate2,
  p50: secs,
  p95: secs,
  p99: secs,
  error_rate: pct,
  error_types: counts2
});
var bytes = z7.number().min(0).max(Number.MAX_SAFE_INTEGER);
var second2 = z7.number().min(-MAX_SECONDS).max(MAX_SECONDS);
var resources = z7.looseObject({
  source: z7.enum(["proc", "unavailable"]),
  unavailable_reason: z7.string().optional(),
  pid: count,
  watched: z7.enum(["start", "watch_pid"]),
  command: z7.string().optional(),
  processes: count.optional(),
  exited_at: second2.optional(),
  sample_seconds: count.optional(),
  samples: z7.array(z7.looseObject({ second: second2, rss_bytes: bytes, cpu_percent: z7.number().min(0).max(1e6) })).max(MAX_RESOURCE_POINTS + 1),
  peak_rss_bytes: bytes.optional(),
  final_rss_bytes: bytes.optional(),
  average_cpu_percent: z7.number().min(0).max(1e6).optional(),
  rss_trend: z7.looseObject({
    bytes_per_hour: figure2,
    ci_low: figure2,
    ci_high: figure2,
    level: z7.number().min(0).max(1),
    from_second: second2,
    to_second: second2,
    points: count,
    start_bytes: figure2,
    method: z7.string(),
    lag1_autocorrelation: z7.number().min(-1).max(1),
    effective_points: z7.number().min(0).max(Number.MAX_SAFE_INTEGER)
  }).optional(),
  rss_trend_skipped: z7.string().optional()
});
var provenance = z7.looseObject({
  commit: z7.string().optional(),
  branch: z7.string().optional(),
  ci: z7.string().optional(),
  run_url: z7.string().optional(),
  runner: z7.looseObject({
    cpu: z7.string(),
    cores: count,
    memory_bytes: bytes,
    os: z7.string(),
    node: z7.string()
  })
});
var config = z7.looseObject({
  service: z7.string(),
  base_url: z7.string(),
  mode: z7.string().optional(),
  users: count,
  duration: secs,
  rps: rate2.optional(),
  timeout: secs.optional(),
  fail_on: z7.string().optional(),
  max_users: count.optional(),
  steps: count.optional(),
  workers: count.optional(),
  csv: z7.string().regex(/^(all|errors|none|mixed|sample:[1-9]\d{0,9})$/, "is not all, errors, none, mixed or sample:N").optional(),
  endpoints: z7.array(
    z7.looseObject({
      endpoint: z7.string(),
      weight: z7.number().min(0),
      headers: z7.record(z7.string(), z7.string()),
      has_body: z7.boolean()
    })
  ).optional()
});
var runDocumentSchema = z7.looseObject({
  schema_version: z7.number().int().min(1),
  total_requests: count,
  successful_requests: count,
  failed_requests: count,
  ...responseTimes3,
  requests_per_second: rate2,
  successful_requests_per_second: rate2.optional(),
  error_rate: pct,
  total_duration: secs,
  test_name: z7.string(),
  timestamp: isoTime,
  service: z7.string(),
  mode: z7.enum(["load", "stress", "soak", "ab"]),
  partial: z7.boolean(),
  abort_reason: z7.string().optional(),
  threshold_abort: thresholdAbort.optional(),
  verdict: z7.enum(["pass", "warning", "fail"]),
  fail_on: z7.string().optional(),
  config,
  per_endpoint: z7.array(endpoint2),
  status_codes: counts2,
  error_types: counts2,
  error_messages: z7.array(z7.looseObject({ type: z7.string(), message: z7.string(), count })),
  timeseries: series,
  latency_histogram: z7.array(z7.looseObject({ from: secs, to: secs, count })).optional(),
  stages: z7.array(stage2).optional(),
  thresholds: checks2,
  baseline: baseline.optional(),
  mergeable: mergeableSchema.optional(),
  recording: z7.looseObject({ mode: z7.literal("histograms"), note: z7.string() }).optional(),
  drift: z7.looseObject({
    window_seconds: secs,
    first: z7.looseObject({ from: secs, to: secs }),
    last: z7.looseObject({ from: secs, to: secs }),
    level: z7.number().min(0).max(1),
    drifts: z7.array(
      z7.looseObject({
        name: z7.enum(DRIFT_NAMES),
        label: z7.string(),
        first: z7.number(),
        last: z7.number(),
        change: z7.number(),
        ci_low: z7.number(),
        ci_high: z7.number(),
        warning: z7.number(),
        critical: z7.number(),
        status: z7.enum(["good", "warning", "critical"])
      })
    ),
    not_judged: z7.string().optional()
  }).optional(),
  resources: resources.optional(),
  provenance: provenance.optional()
});
function checkRunDocument(raw3) {
  const r2 = runDocumentSchema.safeParse(raw3);
  if (!r2.success) {
    const issue = r2.error.issues[0];
    const path = formatPath(issue.path);
    return { problem: [path || "(the document)", issue.message.replace(/^Invalid input: /, "")] };
  }
  const doc = r2.data;
  const problem = agreementProblem(doc);
  return problem ? { problem } : { doc };
}
var SERIES_SLACK = 60;
function agreementProblem(d) {
  const n3 = d.total_requests;
  if (d.successful_requests + d.failed_requests !== n3)
    return ["successful_requests", "and failed_requests do not add up to total_requests"];
  for (const [k, e] of d.per_endpoint.entries()) {
    if (e.successful_requests + e.failed_requests !== e.total_requests)
      return [`per_endpoint[${k}].successful_requests`, "and failed_requests do not add up to total_requests"];
    if (e.total_requests > n3) return [`per_endpoint[${k}].total_requests`, "is more than total_requests"];
  }
  for (const [code, c] of Object.entries(d.status_codes))
    if (c > n3) return [`status_codes.${code}`, "is more than total_requests"];
  for (const [k, p] of d.timeseries.entries())
    if (p.requests > n3) return [`timeseries[${k}].requests`, "is more than total_requests"];
  if (d.timeseries.length > Math.ceil(d.total_duration) + SERIES_SLACK)
    return ["timeseries", `has ${d.timeseries.length} seconds; the run lasted ${d.total_duration} s`];
  return d.mergeable ? mergeableProblem(d.mergeable) : void 0;
}

// src/report/document-outcome.ts
init_thresholds();
function outcomeOfDocument(doc) {
  const checks3 = [
    ...documentChecks(doc).map(({ name, ch, scope }) => ({ ...ch, name, scope })),
    ...driftChecks(doc.drift, doc.total_requests)
  ];
  return decideOutcome({
    checks: checks3,
    ...factsOfRun({
      mode: doc.mode,
      failOn: FAIL_ON_VALUES.includes(doc.fail_on) ? doc.fail_on : "critical",
      baseline: doc.baseline,
      partial: doc.partial,
      abortReason: doc.abort_reason,
      stoppedEarly: doc.stopped_early,
      ...doc.threshold_abort ? { thresholdAbort: abortFact(doc.threshold_abort) } : {}
    }),
    generatorSaturated: doc.generator?.saturated === true || (doc.generator_bound_stages?.length ?? 0) > 0
  });
}

// src/report/files/read-run.ts
var MAX_RUN_DOCUMENT_BYTES = 64 * 2 ** 20;
async function readRunDocument(path, field = "run-dir") {
  let file = path;
  let dir = path;
  const expected = "a perf-gate run directory or its metrics.json";
  try {
    if (await inputKind(path, { field, expected, directory: true }) === "directory")
      file = join6(path, "metrics.json");
    else dir = join6(path, "..");
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(field, `${path} does not exist`);
  }
  let raw3;
  try {
    const text = await readInputFile(file, {
      field,
      expected: "a run's metrics.json",
      maxBytes: MAX_RUN_DOCUMENT_BYTES,
      tooLarge: (p) => `${p} is larger than 64 MiB, far more than a perf-gate metrics.json`
    });
    if (nestsDeeperThan(text, MAX_JSON_DEPTH))
      throw new InputError(
        field,
        `${file} nests deeper than ${MAX_JSON_DEPTH} levels: not a perf-gate metrics.json`
      );
    raw3 = JSON.parse(text);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = e.code;
    throw new InputError(
      field,
      code === "ENOENT" ? `${file} is missing; point at a perf-gate run directory` : `${file} is not valid JSON`
    );
  }
  if (typeof raw3 !== "object" || raw3 === null || typeof raw3.schema_version !== "number" || !raw3.verdict) {
    throw new InputError(field, `${file} is not a perf-gate metrics.json (no schema_version or verdict)`);
  }
  if (raw3.schema_version > SCHEMA_VERSION) {
    throw new InputError(
      field,
      `${file} has schema_version ${raw3.schema_version}; this perf-gate reads up to ${SCHEMA_VERSION}, upgrade it`
    );
  }
  const checked = checkRunDocument(raw3);
  if ("problem" in checked) {
    const [at, why] = checked.problem;
    throw new InputError(field, `${file}: ${escapeControlCharacters(at)} ${why}`);
  }
  const doc = checked.doc;
  doc.latency_histogram ??= [];
  if (doc.schema_version < 2 && doc.mode === "load" && (doc.baseline?.comparison?.method === "paired_slices" || /ab_test_[^/\\]*[/\\]baseline$/.test(dir)))
    doc.mode = doc.config.mode = "ab";
  doc.outcome = outcomeOfDocument(doc);
  doc.verdict = doc.outcome.verdict;
  return { dir, doc };
}
var MAX_JSON_DEPTH = 64;
function nestsDeeperThan(text, limit2) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit2) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

// src/report/files/read-baseline.ts
var MAX_DEPTH = 4;
async function readBaseline(paths, field, options = {}) {
  const list2 = typeof paths === "string" ? [paths] : paths;
  if (list2.length === 0) throw new InputError(field, "no path given: a run directory or a folder of runs");
  const runs = [];
  let folders = 0;
  for (const path of list2) {
    if (await isRunPath(path)) runs.push(await readRunDocument(path, field));
    else {
      folders++;
      const found = await runDirsUnder(path);
      if (found.length === 0)
        throw new InputError(
          field,
          `${path} holds no perf-gate run (no metrics.json in it or in its folders ${MAX_DEPTH} deep): point at a run directory or a folder of them`
        );
      for (const dir of found) runs.push(await readRunDocument(dir, field));
    }
  }
  if (runs.length === 1 && folders === 0) return runs[0];
  runs.sort((a, b) => Date.parse(a.doc.timestamp) - Date.parse(b.doc.timestamp));
  return { ...runs[runs.length - 1], history: runs, from: list2.join(", "), ...options };
}
async function isRunPath(path) {
  const s = await stat4(path).catch(() => void 0);
  return !s?.isDirectory() || await hasRunFile(path);
}
var hasRunFile = async (dir) => await stat4(join7(dir, "metrics.json")).catch(() => void 0) !== void 0;
async function runDirsUnder(folder, depth = 1) {
  const entries = await readdir2(folder, { withFileTypes: true }).catch(() => []);
  const out = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isDirectory()) continue;
    const dir = join7(folder, e.name);
    if (await hasRunFile(dir)) out.push(dir);
    else if (depth < MAX_DEPTH) out.push(...await runDirsUnder(dir, depth + 1));
  }
  return out;
}

// src/library/perform-test.ts
async function performTest2(options) {
  const { stress, baseline: baseline2, ...rest } = options;
  const request = parseRunRequest({ ...rest, ...stress }, OPTION_LABELS);
  return performTest(request, {
    ...rest,
    log: rest.log ?? warnNote,
    failOnRegression: failOnRegression("failOnRegression", rest.failOnRegression),
    baseline: baseline2 === void 0 ? void 0 : await readBaseline(baseline2, "baseline"),
    provenance: rest.provenance ?? await detectProvenance(process.env, process.cwd())
  });
}

// src/run/merge-runs.ts
init_errors();
init_csv_choice();
import { rm as rm2 } from "node:fs/promises";
import { join as join9 } from "node:path";

// src/metrics/mergeable-merge.ts
function addHdr(texts) {
  const h = newHdr();
  for (const t of texts) h.add(decodedHdr(t));
  return encodeHdr(h);
}
function mergeLatency(list2) {
  const some = list2.filter((l) => l.count > 0);
  return {
    count: sum2(list2.map((l) => l.count)),
    sum_us: sum2(list2.map((l) => l.sum_us)),
    min_us: some.length ? Math.min(...some.map((l) => l.min_us)) : 0,
    max_us: Math.max(0, ...list2.map((l) => l.max_us)),
    hdr: addHdr(list2.map((l) => l.hdr))
  };
}
var sum2 = (xs) => xs.reduce((a, b) => a + b, 0);
function addCounts(maps) {
  const out = {};
  for (const m of maps) for (const [k, v] of Object.entries(m)) out[k] = (out[k] ?? 0) + v;
  return out;
}
function mergeRuns(runs) {
  const first = runs[0];
  const started = Math.min(...runs.map((r2) => r2.started_ms));
  const ended = Math.max(...runs.map((r2) => r2.ended_ms));
  const endpoints = first.endpoints.map((_, k) => runs.map((r2) => r2.endpoints[k]));
  const seconds2 = /* @__PURE__ */ new Map();
  for (const r2 of runs) for (const s of r2.seconds) seconds2.set(s.at, [...seconds2.get(s.at) ?? [], s]);
  const messages = /* @__PURE__ */ new Map();
  for (const r2 of runs)
    for (const m of r2.error_messages) {
      const k = `${m.type}\0${m.message}`;
      const had = messages.get(k);
      messages.set(k, had ? { ...had, count: had.count + m.count } : { ...m });
    }
  const buckets = /* @__PURE__ */ new Map();
  for (const r2 of runs)
    for (const b of r2.latency_histogram) {
      const had = buckets.get(b.from);
      buckets.set(b.from, had ? { ...had, count: had.count + b.count } : { ...b });
    }
  const paced = runs.map((r2) => r2.pacing).filter((p) => p !== void 0);
  const generators = runs.map((r2) => r2.generator).filter((g) => g !== void 0);
  return {
    format: 1,
    shard: { index: 1, of: 1 },
    started_ms: started,
    ended_ms: ended,
    // the shards ran side by side: the whole measured from the first start to the last end
    active_seconds: round(Math.max(...runs.map((r2) => r2.active_seconds), (ended - started) / 1e3), 6),
    users: sum2(runs.map((r2) => r2.users)),
    ...first.rps !== void 0 ? { rps: round(sum2(runs.map((r2) => r2.rps ?? 0)), 6) } : {},
    latency: mergeLatency(runs.map((r2) => r2.latency)),
    ...runs.every((r2) => r2.service_time) ? { service_time: mergeLatency(runs.map((r2) => r2.service_time)) } : {},
    unsent: sum2(runs.map((r2) => r2.unsent)),
    endpoints: endpoints.map((list2) => ({
      endpoint: list2[0].endpoint,
      method: list2[0].method,
      path: list2[0].path,
      requests: sum2(list2.map((e) => e.requests)),
      failed: sum2(list2.map((e) => e.failed)),
      unsent: sum2(list2.map((e) => e.unsent)),
      latency: mergeLatency(list2.map((e) => e.latency)),
      ...mergeErrors(list2.map((e) => e.errors)),
      ...list2[0].journey ? { journey: list2[0].journey, step: list2[0].step, once: list2[0].once, think: list2[0].think } : {}
    })),
    seconds: [...seconds2.keys()].sort((a, b) => a - b).map((at) => {
      const list2 = seconds2.get(at);
      return {
        at,
        requests: sum2(list2.map((s) => s.requests)),
        errors: sum2(list2.map((s) => s.errors)),
        unsent: sum2(list2.map((s) => s.unsent)),
        refused: list2.some((s) => s.refused),
        answered: list2.some((s) => s.answered),
        hdr: addHdr(list2.map((s) => s.hdr))
      };
    }),
    ...first.stages ? { stages: mergeStages(runs.map((r2) => r2.stages ?? [])) } : {},
    status_codes: addCounts(runs.map((r2) => r2.status_codes)),
    error_messages: sortMessages([...messages.values()]),
    latency_histogram: [...buckets.values()].sort((a, b) => a.from - b.from),
    ...generators.length ? {
      generator: {
        event_loop_p99_ms: Math.max(...generators.map((g) => g.event_loop_p99_ms)),
        cpu_percent: Math.max(...generators.map((g) => g.cpu_percent))
      }
    } : {},
    ...paced.length ? {
      pacing: {
        ...paced[0].paces ? { paces: paced[0].paces } : {},
        target_rps: round(sum2(paced.map((p) => p.target_rps)), 6),
        late_requests: sum2(paced.map((p) => p.late_requests)),
        dropped_requests: sum2(paced.map((p) => p.dropped_requests)),
        dropped_at_end: sum2(paced.map((p) => p.dropped_at_end)),
        max_users: sum2(paced.map((p) => p.max_users)),
        users_reached: sum2(paced.map((p) => p.users_reached)),
        due: sum2(paced.map((p) => p.due)),
        sent: sum2(paced.map((p) => p.sent))
      }
    } : {},
    latency_basis: first.latency_basis,
    thresholds: first.thresholds,
    test: first.test,
    error_types: addCounts(runs.map((r2) => r2.error_types)),
    ...mergeSessions(runs)
  };
}
function mergeSessions(runs) {
  const all = runs.flatMap((r2) => r2.sessions ? [sessionSummaryOf(r2.sessions)] : []);
  const merged = all.length === runs.length ? mergeSessionSummaries(all) : void 0;
  return merged ? { sessions: mergeableSessions(merged) } : {};
}
function mergeErrors(lists) {
  const by = /* @__PURE__ */ new Map();
  for (const list2 of lists) for (const e of list2 ?? []) addError(by, e);
  return by.size ? { errors: topErrors([...by.values()]) } : {};
}
function mergeStages(lists) {
  const by = /* @__PURE__ */ new Map();
  for (const list2 of lists) for (const s of list2) by.set(s.stage, [...by.get(s.stage) ?? [], s]);
  return [...by.keys()].sort((a, b) => a - b).map((stage3) => {
    const list2 = by.get(stage3);
    return {
      stage: stage3,
      users: sum2(list2.map((s) => s.users)),
      started_ms: Math.min(...list2.map((s) => s.started_ms)),
      ended_ms: Math.max(...list2.map((s) => s.ended_ms)),
      requests: sum2(list2.map((s) => s.requests)),
      error_types: addCounts(list2.map((s) => s.error_types)),
      hdr: addHdr(list2.map((s) => s.hdr)),
      event_loop_p99_ms: Math.max(...list2.map((s) => s.event_loop_p99_ms)),
      cpu_percent: Math.max(...list2.map((s) => s.cpu_percent))
    };
  });
}

// src/run/shards-apart.ts
init_errors();
function apart(shards) {
  const starts = shards.map((s) => s.mergeable.started_ms);
  const spread = (Math.max(...starts) - Math.min(...starts)) / 1e3;
  const allowed = Math.max(3, 0.05 * shards[0].mergeable.test.duration);
  if (spread <= allowed) return [];
  return [
    `the shards started ${spread.toFixed(1)} s apart (more than ${allowed.toFixed(0)} s): they did not load the service together; ` + (shards[0].mergeable.test.start_at ? "a shard started after its --start-at (a runner that came up late, or a job re-run alone): run them all again, with a later --start-at (input start-at)" : "give them one --start-at (input start-at)")
  ];
}
var MAX_SHARDS_APART_MS = 12 * 36e5;
function refuseFarApart(shards, field) {
  const byStart = [...shards].sort((a, b) => a.mergeable.started_ms - b.mergeable.started_ms);
  const [early, late] = [byStart[0], byStart[byStart.length - 1]];
  const spread = late.mergeable.started_ms - early.mergeable.started_ms;
  if (spread > MAX_SHARDS_APART_MS)
    throw new InputError(
      field,
      `${late.dir} and ${early.dir} started ${dhm(spread)} apart (more than ${dhm(MAX_SHARDS_APART_MS)}): they are not shards of one test run at once (a wrong clock, or a shard of another day); run the shards again together`
    );
}

// src/run/merge-runs.ts
init_input_file();

// src/run/run-dir-files.ts
init_errors();
init_input_file();
import { createWriteStream as createWriteStream2 } from "node:fs";
import { access, readdir as readdir3, rename as rename2, stat as stat5 } from "node:fs/promises";
import { join as join8 } from "node:path";
import { once } from "node:events";
async function expandRunDirs(paths, field) {
  const out = [];
  for (const p of paths) {
    const s = await stat5(p).catch(() => void 0);
    if (!s) throw new InputError(field, `${p} does not exist`);
    if (!s.isDirectory() || await exists(join8(p, "metrics.json"))) {
      out.push(p);
      continue;
    }
    const inside = await runDirsIn(p, 2);
    if (inside.length === 0)
      throw new InputError(field, `${p} holds no run directory (no metrics.json in it or in its folders)`);
    out.push(...inside);
  }
  return out;
}
async function runDirsIn(dir, depth) {
  const out = [];
  const entries = (await readdir3(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries.filter((x) => x.isDirectory())) {
    const sub = join8(dir, e.name);
    if (await exists(join8(sub, "metrics.json"))) out.push(sub);
    else if (depth > 1) out.push(...await runDirsIn(sub, depth - 1));
  }
  return out;
}
var exists = (p) => access(p).then(
  () => true,
  () => false
);
async function concatCsv(files, to, field) {
  const part = `${to}.part`;
  const out = createWriteStream2(part);
  if (files.length === 0) out.write(CSV_HEADER + "\n");
  for (const [k, f] of files.entries()) {
    let header = k > 0;
    let carry = "";
    const { handle: handle2 } = await openInputFile(f, {
      field,
      expected: "a shard's results.csv",
      maxBytes: Infinity,
      tooLarge: () => ""
    });
    for await (const chunk of handle2.createReadStream({ encoding: "utf8" })) {
      let text = carry + chunk;
      if (header) {
        const nl = text.indexOf("\n");
        if (nl < 0) {
          carry = text;
          continue;
        }
        text = text.slice(nl + 1);
        header = false;
      }
      carry = "";
      if (!out.write(text)) await once(out, "drain");
    }
  }
  out.end();
  await once(out, "finish");
  await rename2(part, to);
}

// src/run/merge-runs.ts
async function mergeShardRuns(paths, options = {}) {
  const field = options.field ?? "run-dir";
  const shards = await readShards(paths, field);
  const first = shards[0];
  const of = first.mergeable.shard.of;
  const given = new Set(shards.map((s) => s.mergeable.shard.index));
  const missing = Array.from({ length: of }, (_, k) => k + 1).filter((i) => !given.has(i));
  const output = {
    dir: options.outputDir ?? DEFAULT_OUTPUT_DIR,
    label: options.outputLabel ?? "outputDir"
  };
  await checkRunOutput(output);
  const merged = mergeRuns(shards.map((s) => s.mergeable));
  const { mode, service } = first.doc;
  const metrics = metricsFromMergeable(merged, first.doc.test_name);
  const gate = evaluateThresholds(metrics, merged.thresholds.overall, merged.thresholds.per_endpoint);
  const failOn = options.failOn ?? "critical";
  const reasons = incomplete(shards, missing);
  const abortReason = reasons.length > 0 ? reasons.join("; ") : void 0;
  const stopped = shards.find((s) => s.doc.threshold_abort)?.doc.threshold_abort;
  const judgement = judgeRun({
    metrics,
    gate,
    thresholds: merged.thresholds.overall,
    rps: merged.rps,
    failOn,
    partial: abortReason !== void 0,
    ...abortReason ? { abortReason } : {},
    ...stopped ? { thresholdAbort: abortFact(stopped) } : {}
  });
  const document = {
    ...mergedDocument(shards, merged, metrics, judgement, failOn, abortReason),
    ...stopped ? { threshold_abort: stopped } : {}
  };
  const dir = await makeRunDir({
    ...output,
    testName: first.doc.test_name,
    startedAt: new Date(merged.started_ms)
  });
  try {
    await concatCsv(
      shards.map((s) => join9(s.dir, "results.csv")),
      join9(dir, "results.csv"),
      field
    );
    const metricsFile = join9(dir, "metrics.json");
    await writeFileAtomic(metricsFile, JSON.stringify(document, null, 2) + "\n");
    const reports = await writeReports(dir, document);
    return {
      result: {
        mode,
        target: { service },
        settings: settingsOf(document.config),
        outcome: { partial: abortReason !== void 0, ...abortReason ? { abortReason } : {} }
      },
      metrics,
      gate,
      saved: {
        dir,
        csv: join9(dir, "results.csv"),
        metrics: metricsFile,
        html: reports["report.html"],
        summary: reports["summary.md"],
        junit: reports["junit.xml"],
        document
      },
      failOn,
      shards: { merged: shards.length, of },
      outcome: judgement.outcome,
      exitCode: judgement.outcome.exit_code
    };
  } catch (e) {
    await rm2(dir, { recursive: true, force: true });
    throw e;
  }
}
async function readShards(paths, field) {
  if (paths.length === 0) throw new InputError(field, "give the run directories of the shards to merge");
  const shards = [];
  for (const p of paths) {
    const { dir, doc } = await readRunDocument(p, field);
    if (!doc.mergeable) {
      throw new InputError(
        field,
        `${p} was not run as a shard: its metrics.json has no mergeable figures; run each machine with --shard I/N (the action's input shard)`
      );
    }
    if (!isMergeable(doc.mergeable)) {
      throw new InputError(
        field,
        `${p}: its mergeable figures are not of a form this perf-gate reads (format ${JSON.stringify(doc.mergeable.format)}); merge with the perf-gate version the shards ran`
      );
    }
    const bad = mergeableHistogramProblem(doc.mergeable);
    if (bad) throw new InputError(field, `${join9(dir, "metrics.json")}: ${bad[0]} ${bad[1]}`);
    await inputKind(join9(dir, "results.csv"), { field, expected: "a shard's results.csv" }).catch((e) => {
      if (e instanceof InputError) throw e;
      throw new InputError(field, `${p} has no results.csv; give the whole run directory of each shard`);
    });
    shards.push({ dir, doc, mergeable: doc.mergeable });
  }
  const first = shards[0];
  refuseFarApart(shards, field);
  const seen = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const differs = (what, a2, b2) => {
      if (a2 !== b2)
        throw new InputError(
          field,
          `${s.dir} is not a shard of the same test: ${what} ${b2}, not ${a2} as in ${first.dir}`
        );
    };
    differs("service", first.doc.service, s.doc.service);
    differs("mode", first.doc.mode, s.doc.mode);
    differs("shards", first.mergeable.shard.of, s.mergeable.shard.of);
    const [a, b] = [first.mergeable.test, s.mergeable.test];
    differs("users", a.users, b.users);
    differs("duration", a.duration, b.duration);
    differs("rps", a.rps, b.rps);
    differs("steps", a.steps, b.steps);
    differs("base URL", a.base_url, b.base_url);
    differs("endpoints", a.endpoints.join(", "), b.endpoints.join(", "));
    differs("journeys", journeysOf(first.mergeable), journeysOf(s.mergeable));
    differs("start-at", a.start_at, b.start_at);
    const i = s.mergeable.shard.index;
    if (seen.has(i))
      throw new InputError(
        field,
        `shard ${i}/${s.mergeable.shard.of} is given twice: ${seen.get(i)} and ${s.dir}`
      );
    seen.set(i, s.dir);
  }
  return shards;
}
function journeysOf(m) {
  const names = m.sessions?.journeys.map((j) => j.name) ?? [];
  return names.length ? names.join(", ") : "(none)";
}
function incomplete(shards, missing) {
  const of = shards[0].mergeable.shard.of;
  const stages = shards.map((s) => s.mergeable.stages?.length ?? 0);
  return [
    ...missing.length ? [`shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${of} not given`] : [],
    ...shards.filter((s) => s.doc.partial).map(
      (s) => `shard ${s.mergeable.shard.index}/${of} stopped early (${s.doc.abort_reason ?? "partial"})`
    ),
    ...apart(shards),
    ...new Set(stages).size > 1 ? [`the shards ran different numbers of stages (${stages.join(", ")})`] : []
  ];
}
function mergedDocument(shards, merged, metrics, { gate, outcome, stress }, failOn, abortReason) {
  const first = shards[0].doc;
  const provenance2 = shards.find((s) => s.doc.provenance)?.doc.provenance;
  const csv = new Set(shards.map((s) => s.doc.config.csv ?? DEFAULT_CSV));
  const config2 = {
    ...first.config,
    csv: csv.size > 1 ? "mixed" : [...csv][0],
    shard: `merged ${shards.length}/${shards[0].mergeable.shard.of}`,
    users: merged.users,
    fail_on: failOn,
    ...merged.rps !== void 0 ? { rps: merged.rps } : {},
    ...first.config.max_users !== void 0 ? { max_users: shards.reduce((t, s) => t + (s.doc.config.max_users ?? 0), 0) } : {}
  };
  const { per_endpoint, journeys, ...seed } = metrics;
  return {
    ...seed,
    schema_version: SCHEMA_VERSION,
    service: first.service,
    mode: first.mode,
    partial: abortReason !== void 0,
    ...abortReason ? { abort_reason: abortReason } : {},
    verdict: outcome.verdict,
    outcome,
    fail_on: failOn,
    ...checksFields(gate, per_endpoint, journeys),
    config: config2,
    ...stress ? stressFields(stress) : {},
    ...provenance2 ? { provenance: provenance2 } : {}
  };
}
function isMergeable(m) {
  const r2 = m;
  return typeof r2 === "object" && r2 !== null && r2.format === 1 && typeof r2.test === "object" && Array.isArray(r2.endpoints) && Array.isArray(r2.seconds) && typeof r2.latency?.hdr === "string";
}
export {
  ABORTABLE_THRESHOLDS,
  BreachStreak,
  BreachWatch,
  CSV_CHOICES_TEXT,
  CsvFilter,
  CsvWriter,
  DEFAULTS,
  DEFAULT_CSV,
  DEFAULT_HISTORY_RUNS,
  DEFAULT_MIN_REQUESTS,
  DEFAULT_OUTPUT_DIR,
  DEFAULT_THRESHOLDS,
  DEFAULT_TOLERANCES,
  ERROR_TYPES,
  EXIT_CODES,
  InputError,
  LIMITS,
  LOAD_DEFAULTS,
  MIN_ABORT_AFTER_SEC,
  MIN_CHANGE_POINT_STEP,
  MIN_HISTORY_RUNS,
  REPORT_FILES,
  Recorder,
  STRESS_DEFAULTS,
  UnreachableError,
  bandStatus,
  breachRules,
  calculateMetrics,
  changePoints,
  combineOutcomes,
  compareRuns,
  compareSlices,
  compareWithHistory,
  configJsonSchema,
  csvChoice,
  csvChoiceProblem,
  csvFilter,
  decideOutcome,
  detectProvenance,
  evaluateThresholds,
  expandRunDirs,
  findBreakingPoint,
  gateFails,
  judgeChange,
  judgeResult,
  judgeRun,
  loadConfig,
  loadTest,
  mergeRuns,
  mergeShardRuns,
  metricsFromMergeable,
  parseConfigText,
  performTest2 as performTest,
  readRunDocument,
  regressionFails,
  renderHtmlReport,
  renderJunit,
  renderSummary,
  runWindows,
  sampleEvery,
  saveResults,
  secondValue,
  sinceLastChange,
  soakTest,
  startDemoServices,
  stressStages,
  stressTest,
  writeCsv,
  writeReports
};
