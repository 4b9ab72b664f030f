import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-BOETRJAM.js";

// src/config/thresholds.ts
var THRESHOLD_NAMES = [
  "error_rate",
  "avg_response_time",
  "p50_response_time",
  "p95_response_time",
  "p99_response_time",
  "requests_per_second",
  "late_requests",
  "dropped_requests",
  "run_completion"
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
  }
};
var DEFAULT_MIN_REQUESTS = 20;
var DEFAULT_THRESHOLDS = Object.freeze({
  error_rate: { warning: 1, critical: 5 },
  avg_response_time: { warning: 1, critical: 3 },
  p95_response_time: { warning: 2, critical: 5 },
  requests_per_second: { warning: 10, critical: 1 },
  late_requests: { warning: 10, critical: 30 },
  dropped_requests: { warning: 1, critical: 5 },
  run_completion: { warning: 90, critical: 0 }
});
function withRateThroughputBands(thresholds, rate) {
  if (thresholds.requests_per_second !== DEFAULT_THRESHOLDS.requests_per_second) return thresholds;
  const r = (v) => Math.round(v * 100) / 100;
  return { ...thresholds, requests_per_second: { warning: r(rate * 0.95), critical: r(rate * 0.5) } };
}
var FAIL_ON_VALUES = ["critical", "warning", "never"];

// src/config/regression.ts
var COMPARED_METRICS = [
  "median_response_time",
  "p95_response_time",
  "requests_per_second",
  "error_rate"
];
var COMPARED_METRIC_VIEW = {
  median_response_time: { label: "Median response time", unit: "seconds" },
  p95_response_time: { label: "95th percentile", unit: "seconds" },
  requests_per_second: { label: "Throughput", unit: "rps" },
  error_rate: { label: "Error rate", unit: "percent" }
};
var DEFAULT_TOLERANCES = {
  median_response_time: 0.1,
  p95_response_time: 0.1,
  requests_per_second: 0.1,
  error_rate: 0.5
};
var TOLERANCE_NAMES = [
  "p50_response_time",
  "p95_response_time",
  "requests_per_second",
  "error_rate"
];
function toleranceMetric(name) {
  return THRESHOLD_DEFINITIONS[name].metric;
}
var FAIL_ON_REGRESSION_VALUES = ["regression", "inconclusive", "never"];

// src/config/defaults.ts
var DEFAULTS = Object.freeze({
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
  monitoringDir: "monitoring"
});
var LIMITS = Object.freeze({
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
var MODES = ["load", "stress"];

// src/config/units.ts
var NUMBER = String.raw`\d+(?:\.\d+)?`;
var DURATION = new RegExp(
  String.raw`^(?:(${NUMBER})h)?(?:(${NUMBER})m(?!s))?(?:(${NUMBER})s)?(?:(${NUMBER})ms)?$`,
  "i"
);
var PLAIN_NUMBER = new RegExp(`^${NUMBER}$`);
var PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/;
function parseSeconds(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  const text = value.trim().replace(/\s+/g, "");
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const m = DURATION.exec(text);
  if (!m || text === "") return void 0;
  const [h, min, s, ms] = m.slice(1).map((x) => x === void 0 ? 0 : Number(x));
  return h * 3600 + min * 60 + s + ms / 1e3;
}
function formatDuration(seconds) {
  if (seconds < 1) return `${+(seconds * 1e3).toFixed(3)}ms`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds % 3600 / 60);
  const s = +(seconds % 60).toFixed(3);
  return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s || !h && !m ? `${s}s` : ""}`;
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

// src/config/data-file.ts
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
var DATA_ORDERS = ["sequence", "random", "unique"];
var MAX_DATA_BYTES = 256 * 2 ** 20;
async function readDataFile(path, order, field) {
  const file = basename(path);
  let text;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_DATA_BYTES)
      throw new InputError(
        field,
        `${file} is larger than ${MAX_DATA_BYTES / 2 ** 20} MiB; split it across shards`
      );
    text = await readFile(path, "utf8");
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
  const { parse } = await import("./sync-W2ZKOC66.js");
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
  if (!Array.isArray(doc) || doc.some((r) => r === null || typeof r !== "object" || Array.isArray(r)))
    throw new InputError(field, `${file} must be a JSON array of objects, one per row ([{"id": 1}, …])`);
  const columns = [...new Set(doc.flatMap((r) => Object.keys(r)))];
  const rows = doc.map(
    (r) => columns.map((c) => {
      const v = r[c];
      return v === void 0 || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v);
    })
  );
  return { columns, rows };
}

// src/config/json-path.ts
var STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/;
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

export {
  THRESHOLD_NAMES,
  THRESHOLD_DEFINITIONS,
  DEFAULT_MIN_REQUESTS,
  DEFAULT_THRESHOLDS,
  withRateThroughputBands,
  FAIL_ON_VALUES,
  COMPARED_METRICS,
  COMPARED_METRIC_VIEW,
  DEFAULT_TOLERANCES,
  TOLERANCE_NAMES,
  toleranceMetric,
  FAIL_ON_REGRESSION_VALUES,
  DEFAULTS,
  LIMITS,
  MODES,
  parseSeconds,
  formatDuration,
  parsePercent,
  parsePlainNumber,
  DATA_ORDERS,
  readDataFile,
  parseJsonPath,
  atJsonPath
};
