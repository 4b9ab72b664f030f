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
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function encodePathComponent(value) {
  return encodeURIComponent(value.replace(LONE_SURROGATE, "�"));
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
  "run_completion",
  "check_pass_rate",
  "p50_journey_duration",
  "p95_journey_duration",
  "p99_journey_duration",
  "iterations_per_second"
];
var JOURNEY_THRESHOLDS = [
  "p50_journey_duration",
  "p95_journey_duration",
  "p99_journey_duration",
  "iterations_per_second"
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
  if (name === "requests_per_second") return "requests_per_second";
  return THRESHOLD_DEFINITIONS[name].metric;
}
var FAIL_ON_REGRESSION_VALUES = ["regression", "inconclusive", "never"];

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

export {
  hasControlCharacter,
  escapeControlCharacters,
  requestPathProblem,
  encodeRequestPath,
  encodePathValue,
  encodePathComponent,
  headerValueProblem,
  InputError,
  UnreachableError,
  isInputError,
  isUnreachableError,
  THRESHOLD_NAMES,
  JOURNEY_THRESHOLDS,
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
  parseJsonPath,
  atJsonPath,
  parseSeconds,
  formatDuration,
  parsePercent,
  parsePlainNumber
};
