import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  ABORTABLE_THRESHOLDS,
  AB_PAIRINGS,
  DATA_ORDERS,
  LIMITS,
  MIN_ABORT_AFTER_SEC,
  csvChoiceProblem,
  formatPath,
  isAbortable,
  nearestName,
  require_dist
} from "./chunk-HMGXK34K.js";
import {
  DEFAULT_MIN_REQUESTS,
  DRIFT_NAMES,
  FAIL_ON_REGRESSION_VALUES,
  FAIL_ON_VALUES,
  InputError,
  JOURNEY_THRESHOLDS,
  SERVICE_THRESHOLDS,
  THRESHOLD_DEFINITIONS,
  THRESHOLD_NAMES,
  TOLERANCE_NAMES,
  checkJourneyNames,
  checkSteps,
  driftSchema,
  encodeRequestPath,
  external_exports,
  hasControlCharacter,
  headerValueProblem,
  parseBytes,
  parseJsonPath,
  parsePercent,
  parsePlainNumber,
  parseSeconds,
  requestPathProblem
} from "./chunk-PSEXFDSF.js";
import {
  __toESM
} from "./chunk-DC6P6ICG.js";

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/request-schema.ts
var METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
var checkedString = (problem, fix = (v) => v, notAString) => external_exports.string(notAString ? { error: notAString } : void 0).transform((value, ctx) => {
  const why = problem(value);
  if (why === void 0) return fix(value);
  ctx.addIssue({ code: "custom", message: why });
  return external_exports.NEVER;
});
var headersSchema = external_exports.record(
  external_exports.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "must be a valid HTTP header name"),
  checkedString(headerValueProblem)
).describe(
  "HTTP headers; values may use ${ENV_VAR} or ${ENV_VAR:-default} (treated as secrets) and {{name}} placeholders"
);
var requestFields = {
  path: external_exports.string().startsWith("/", "must start with /").pipe(checkedString(requestPathProblem, encodeRequestPath)).describe(
    "request path and query; may use {{name}} placeholders and ${ENV_VAR}; spaces and other characters a URL cannot hold are %-encoded"
  ),
  method: external_exports.string().default("GET").transform((m) => m.toUpperCase()).pipe(external_exports.enum(METHODS, { message: `must be one of ${METHODS.join(", ")}` })),
  body: external_exports.union([external_exports.string(), external_exports.record(external_exports.string(), external_exports.unknown()), external_exports.array(external_exports.unknown())], {
    error: "must be a text, or a mapping or list sent as JSON"
  }).optional().describe(
    "request body; an object or array is sent as JSON; may use {{name}} placeholders and ${ENV_VAR}"
  ),
  headers: headersSchema.optional()
};
var CAPTURE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var duration = (what) => external_exports.union([external_exports.number(), external_exports.string()], { error: "must be a duration such as 10s or 1m" }).describe(what).transform((value, ctx) => {
  const n = parseSeconds(value);
  if (n === void 0 || n > LIMITS.duration) {
    ctx.addIssue({
      code: "custom",
      message: `must be a duration such as 10s or 1m (got ${JSON.stringify(value)})`
    });
    return external_exports.NEVER;
  }
  return n;
});

// src/config/threshold-schema.ts
var UNIT_PARSERS = {
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
function limit(unit) {
  const { parse, hint } = UNIT_PARSERS[unit];
  return external_exports.union([external_exports.number(), external_exports.string()]).describe(hint).transform((value, ctx) => {
    const n = parse(value);
    if (n === void 0) {
      ctx.addIssue({
        code: "custom",
        message: `must be ${hint} (got ${JSON.stringify(value)})`
      });
      return external_exports.NEVER;
    }
    return n;
  });
}
var abortAfter = external_exports.union([external_exports.number(), external_exports.string()]).describe(
  "stop the run (and fail it) once the critical band has held every second for this long, e.g. 30s (at least 1s)"
).transform((value, ctx) => {
  const n = parseSeconds(value);
  if (n === void 0 || n < MIN_ABORT_AFTER_SEC || n > LIMITS.duration) {
    ctx.addIssue({
      code: "custom",
      message: `must be a duration of at least ${MIN_ABORT_AFTER_SEC}s such as 30s or 2m: each second is judged on its own figures (got ${JSON.stringify(value)})`
    });
    return external_exports.NEVER;
  }
  return n;
});
function band(name) {
  const { unit, higherIsBetter } = THRESHOLD_DEFINITIONS[name];
  const fields = { warning: limit(unit), critical: limit(unit), abort_after: abortAfter.optional() };
  const { abort_after: _, ...judgedOnTheWhole } = fields;
  return external_exports.strictObject(isAbortable(name) ? fields : judgedOnTheWhole).refine((b) => higherIsBetter ? b.warning >= b.critical : b.warning <= b.critical, {
    message: higherIsBetter ? "warning must be at least critical (for throughput, lower is worse)" : "warning must not be above critical"
  }).refine((b) => unit !== "percent" || Math.max(b.warning, b.critical) <= 100, {
    // a share cannot pass 100%: a band above it would judge every run the same
    message: "a percentage is at most 100% (e.g. warning: 90%)"
  });
}
var thresholdsSchema = external_exports.strictObject({
  ...Object.fromEntries(THRESHOLD_NAMES.map((n) => [n, band(n).optional()])),
  min_requests: external_exports.number({ error: "must be a whole number of requests, such as 20" }).int({ error: "must be a whole number of requests, such as 20" }).min(1, { error: "must be at least 1 (1 judges every check however few its requests)" }).max(1e6, { error: "must be at most 1,000,000" }).optional().describe(
    `fewer requests than this behind a check make it "not enough requests", at least a warning (default ${DEFAULT_MIN_REQUESTS})`
  )
}).describe("Warning and critical limits per metric; unset metrics keep the defaults");
var endpointThresholdsSchema = thresholdsSchema.refine(
  (t) => SERVICE_THRESHOLDS.every((n) => t[n] === void 0),
  {
    path: [SERVICE_THRESHOLDS[0]],
    message: "judges the service's own process, not an endpoint: set it under the service's thresholds or the top-level ones"
  }
);
var journeyThresholdsSchema = external_exports.strictObject({
  ...Object.fromEntries(
    [...JOURNEY_THRESHOLDS, "check_pass_rate"].map((n) => [n, band(n).optional()])
  ),
  min_requests: external_exports.number().int().min(1).max(1e6).optional().describe('fewer iterations than this behind a check make it "not enough requests", at least a warning')
}).describe("Warning and critical limits of this journey's iterations, durations and checks");
var tolerance = (points) => external_exports.union([external_exports.number(), external_exports.string()]).describe(points ? "percentage points, such as 0.5" : "a percentage such as 10%").transform((value, ctx) => {
  const n = parsePercent(value);
  if (n === void 0 || n > 1e3) {
    ctx.addIssue({
      code: "custom",
      message: `must be ${points ? "percentage points such as 0.5" : "a percentage such as 10%"} (got ${JSON.stringify(value)})`
    });
    return external_exports.NEVER;
  }
  return points ? n : n / 100;
});
var tolerancesSchema = external_exports.strictObject(
  Object.fromEntries(TOLERANCE_NAMES.map((n) => [n, tolerance(n === "error_rate").optional()]))
).describe(
  "How large a change against a baseline must be to count (default 10%; error rate 0.5 percentage points)"
);

// src/config/journey-schema.ts
var jsonPath = checkedString(
  (p) => {
    const steps = parseJsonPath(p);
    return typeof steps === "string" ? steps : void 0;
  },
  void 0,
  "must be a JSON path into the body, such as $.token"
);
var regexSource = checkedString(
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
var CAPTURE_FORMS = '$.path, { json: $.path }, { header: name } or { regex: "…(…)…" }';
var GROUP = "must be a whole number from 1 to 9: which (group) to take";
var captureSource = external_exports.union(
  [
    jsonPath.describe("a JSON path into the body: $.token"),
    external_exports.strictObject({ json: jsonPath.describe("a JSON path into the body: $.token") }),
    external_exports.strictObject({
      header: external_exports.string({ error: "must be an HTTP header name" }).regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "must be an HTTP header name").describe("a response header, by name (any case)")
    }),
    external_exports.strictObject({
      regex: regexSource.describe(
        "a JavaScript regular expression run on the body; its first (group) is taken"
      ),
      group: external_exports.number({ error: GROUP }).int(GROUP).min(1, GROUP).max(9, GROUP).default(1).describe("which (group) to take")
    })
  ],
  { error: `must be ${CAPTURE_FORMS}` }
).describe(CAPTURE_FORMS);
var captureSchema = external_exports.record(
  external_exports.string().regex(CAPTURE_NAME, "capture names use letters, digits, _ and - (and start with a letter or _)"),
  captureSource,
  { error: "must be a mapping of names to where each value is: { token: $.token }" }
).describe(
  "values taken from the answer for {{name}} in this user's later requests; each user keeps its own; treated as secrets"
);
var STATUS = "expected an HTTP status 100–599 or a list of them: 200 or [200, 201]";
var CONTAINS = "must be a text the body must contain, or a list of them (none empty)";
var statusCode = external_exports.number({ error: STATUS }).int(STATUS).min(100, STATUS).max(599, STATUS);
var checkSchema = external_exports.strictObject(
  {
    status: external_exports.union([statusCode, external_exports.array(statusCode).min(1, STATUS)], { error: STATUS }).optional().describe("the status (or statuses) the answer must have; without it any 2xx or 3xx passes"),
    exists: external_exports.array(jsonPath, { error: "must be a list of JSON paths: [$.username]" }).min(1, "must be a list of JSON paths: [$.username]").optional().describe("JSON paths that must be present in the body and not null: [$.username]"),
    equals: external_exports.record(
      jsonPath,
      external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean(), external_exports.null()], {
        error: "must be a text, a number, true, false or null: the value the path must have"
      }),
      { error: "must be a mapping of JSON paths to values: { $.role: admin }" }
    ).optional().describe("JSON paths and the value each must have: { $.role: admin }"),
    contains: external_exports.union([external_exports.string().min(1, CONTAINS), external_exports.array(external_exports.string().min(1, CONTAINS)).min(1, CONTAINS)], {
      error: CONTAINS
    }).optional().describe("text (or texts) the body must contain"),
    max_latency: duration("the longest response time that passes (e.g. 500ms)").optional()
  },
  { error: "must be a mapping of status, exists, equals, contains or max_latency" }
).describe("what the answer must be; a failed check counts as a failed request (error type check_failed)");
var thinkSchema = external_exports.union(
  [
    duration("a pause: 1s"),
    external_exports.tuple([duration("shortest pause"), duration("longest pause")], {
      error: "a range is two pauses, the shorter first: [0.5s, 2s]"
    }).refine(([a, b]) => a <= b, { message: "write the shorter pause first: [0.5s, 2s]" })
  ],
  { error: "must be a pause such as 1s, or the shortest and longest of a range: [0.5s, 2s]" }
).describe("a pause after this request, before the user sends its next: 1s, or [0.5s, 2s] drawn uniformly");
var ON_FAIL = ["continue", "restart", "login"];
var ON_FAIL_ERROR = `must be ${ON_FAIL.slice(0, -1).join(", ")} or ${ON_FAIL[ON_FAIL.length - 1]}`;
var sessionFields = {
  capture: captureSchema.optional(),
  check: checkSchema.optional(),
  think: thinkSchema.optional()
};
var stepSchema = external_exports.strictObject(
  {
    name: external_exports.string().regex(/^[A-Za-z0-9_.-]+$/, "step names use letters, digits, _ . -").optional().describe("how figures name the step (journey/step); default: its place, step1, step2…"),
    ...requestFields,
    ...sessionFields,
    once: external_exports.boolean({ error: "must be true or false" }).default(false).describe(
      "sent once in each user's life (a login) once it passed: a user whose once-steps failed sends them again at its next iteration; once-steps come first, the rest loop"
    ),
    on_fail: external_exports.enum(ON_FAIL, { error: ON_FAIL_ERROR }).optional().describe(
      "after a failed answer or check: continue with the next step, restart the journey's loop, or login: forget the user's session (its captured values and cookies) and start again from the once-steps, as a user whose session expired logs in again"
    ),
    thresholds: endpointThresholdsSchema.optional()
  },
  { error: "must be a mapping: a request (path, method, headers, body) with capture, check, think, once…" }
);
var JOURNEY_NAME = "journey names use letters, digits, _ . -";
var journeySchema = external_exports.strictObject(
  {
    name: external_exports.string({ error: `needs a name: ${JOURNEY_NAME}` }).regex(/^[A-Za-z0-9_.-]+$/, JOURNEY_NAME),
    weight: external_exports.number({ error: "must be a whole number from 1 to 1000" }).int("must be a whole number").min(1, "must be at least 1").max(1e3, "must be at most 1000").default(1).describe("the journey's share of the iterations users start"),
    think: thinkSchema.optional().describe("every step's pause, where the step sets none"),
    on_fail: external_exports.enum(ON_FAIL, { error: ON_FAIL_ERROR }).default("continue").describe("every step's on_fail, where the step sets none"),
    steps: external_exports.array(stepSchema, {
      error: "must be a list of steps: [{ path: /login, once: true }, { path: /cart }]"
    }).min(1, "needs at least one step").max(100, "at most 100 steps: split the journey"),
    thresholds: journeyThresholdsSchema.optional()
  },
  { error: "must be a mapping with a name and steps" }
).superRefine(checkSteps);

// src/config/schema.ts
var csvSchema = (where) => external_exports.string().describe(
  `which requests get a row in results.csv${where}: all, errors (only failed ones), sample:N (every failed one and one in N of the others) or none (the header only), when the run sets none of its own (--csv)`
).transform((value, ctx) => {
  const problem = csvChoiceProblem(value);
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return external_exports.NEVER;
  }
  const v = value.trim();
  return v.startsWith("sample:") ? `sample:${Number(v.slice(7))}` : v;
});
var endpointSchema = external_exports.strictObject({
  ...requestFields,
  ...sessionFields,
  weight: external_exports.number().int("must be a whole number").min(1, "must be at least 1").max(1e3).default(1),
  thresholds: endpointThresholdsSchema.optional()
});
var setupRequestSchema = external_exports.strictObject({
  ...requestFields,
  capture: external_exports.record(
    external_exports.string().regex(CAPTURE_NAME, "capture names use letters, digits, _ and - (and start with a letter or _)"),
    checkedString((p) => {
      const steps = parseJsonPath(p);
      return typeof steps === "string" ? steps : void 0;
    })
  ).optional().describe(
    "values taken from the JSON response, by path ($.access_token), for {{name}} in later requests; treated as secrets"
  )
});
var dataSchema = external_exports.strictObject({
  file: external_exports.string().min(1).describe("CSV with a header row, or a JSON array of objects; relative to this file"),
  order: external_exports.enum(DATA_ORDERS).default("sequence").describe(
    "sequence (in order, then again), random, unique (each row once, then the run ends), or per_user (a row per virtual user for its whole life: its credentials)"
  )
}).describe("rows that fill {{column}} placeholders, one row per request that uses them");
var serviceSchema = external_exports.strictObject({
  base_url: external_exports.url({
    protocol: /^https?$/,
    message: "must be an http:// or https:// URL"
  }).refine((u) => !hasControlCharacter(u), {
    message: "must not contain control characters such as CR or LF"
  }).refine((u) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(u), {
    message: 'must not contain credentials (user:password@): they would be logged; send them in a header, e.g. headers: { Authorization: "Basic ${PERF_GATE_BASIC_AUTH}" }'
  }).optional().describe("scheme, host and port (and an optional path prefix) of the service"),
  port: external_exports.number().int().min(1).max(65535).optional().describe("port on localhost, when base_url is not set"),
  headers: headersSchema.optional(),
  endpoints: external_exports.array(endpointSchema).min(1, "needs at least one endpoint").optional(),
  journeys: external_exports.array(journeySchema, { error: "must be a list of journeys, each with a name and steps" }).min(1, "needs at least one journey").max(50, "at most 50 journeys").superRefine(checkJourneyNames).optional().describe("virtual users that log in, browse and check the answers, in place of endpoints"),
  cookies: external_exports.boolean().optional().describe(
    "a cookie jar per virtual user (Set-Cookie honoured as a browser does); default: on with journeys, off with endpoints"
  ),
  thresholds: thresholdsSchema.optional(),
  rps: external_exports.number().positive("must be above 0").max(LIMITS.rps).optional().describe("requests per second, paced, when the run sets no rate of its own (--rps, input rps)"),
  data: dataSchema.optional(),
  setup: external_exports.array(setupRequestSchema).min(1).max(20).optional().describe("requests sent once, in order, before the load (a login); a failing one stops the run"),
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
var configSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  services: external_exports.record(
    external_exports.string().regex(/^[A-Za-z0-9_.-]+$/, "service names use letters, digits, _ . -"),
    serviceSchema
  ).optional(),
  thresholds: thresholdsSchema.optional(),
  fail_on: external_exports.enum(FAIL_ON_VALUES).optional(),
  csv: csvSchema(" of every service").optional(),
  tolerances: tolerancesSchema.optional(),
  drift: driftSchema.optional(),
  tls: external_exports.strictObject({
    insecure: external_exports.boolean().optional().describe(
      "skip certificate and host name checks of https targets (said in the output and the report)"
    ),
    ca: external_exports.string().min(1).optional().describe("PEM file of a CA to trust besides the built-in ones, relative to this file")
  }).optional().describe("how https targets are verified (default: certificates and host names checked)"),
  ab: external_exports.strictObject({
    max_duration: duration(
      "while undecided, look again after each further duration, up to this long in all (--max-duration, input max-duration; bisect: each step)"
    ).optional(),
    pairing: external_exports.enum(AB_PAIRINGS).optional().describe(
      "alternate (default): one side at a time, A B B A …; duet: both sides at once, slice beside slice, so a noisy machine slows both alike (--pairing, input pairing)"
    )
  }).optional().describe("A/B runs (perf-gate ab, mode ab, and each step of perf-gate bisect)"),
  fail_on_regression: external_exports.union([external_exports.enum(FAIL_ON_REGRESSION_VALUES), external_exports.boolean()]).optional().describe(
    "when a baseline comparison fails the run: regression (default, or true), inconclusive (also when undecided), never (or false)"
  )
}).describe("perf-gate configuration");

// src/config/parse.ts
function parseConfigText(text, fileName = "perf-gate.yml") {
  return parseConfigSource(text, fileName).file;
}
function parseConfigSource(text, fileName = "perf-gate.yml") {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
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
  let raw;
  try {
    raw = doc.toJS() ?? {};
  } catch (e) {
    throw new InputError(
      fileName,
      `not a usable config: ${e instanceof Error ? e.message : String(e)}; write the repeated values out instead of nesting aliases`
    );
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new InputError(fileName, "must be a mapping with services, thresholds or fail_on at the top level");
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw issueToError(fittingIssue(parsed.error.issues[0]), doc, lineCounter, fileName);
  const fieldLines = {};
  walkLines(doc.contents, [], lineCounter, fieldLines);
  return { file: parsed.data, fieldLines };
}
function walkLines(node, path, lines, out) {
  const at = (n) => {
    const range = n?.range;
    return range ? lines.linePos(range[0]).line : void 0;
  };
  const mark = (p, line) => {
    if (line !== void 0) out[formatPath(p)] = line;
  };
  if ((0, import_yaml.isMap)(node))
    for (const pair of node.items) {
      if (!(0, import_yaml.isScalar)(pair.key)) continue;
      const p = [...path, String(pair.key.value)];
      mark(p, at(pair.key));
      walkLines(pair.value, p, lines, out);
    }
  else if ((0, import_yaml.isSeq)(node))
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
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]).line;
  }
  return void 0;
}
export {
  parseConfigSource,
  parseConfigText
};
