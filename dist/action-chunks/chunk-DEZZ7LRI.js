import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  GENERATORS,
  GENERATOR_HELP,
  InputError,
  formatDuration,
  valueNames
} from "./chunk-ZW2WJTKK.js";

// src/config/abort-after.ts
import { basename } from "node:path";
var ABORTABLE_THRESHOLDS = [
  "error_rate",
  "avg_response_time",
  "p50_response_time",
  "p95_response_time",
  "p99_response_time",
  "requests_per_second"
];
var MIN_ABORT_AFTER_SEC = 1;
function isAbortable(name) {
  return ABORTABLE_THRESHOLDS.includes(name);
}
function checkAbortAfter(target, runSec, config) {
  const file = config.source ? `${basename(config.source)} ` : "";
  const own = config.services[target.service]?.thresholds;
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

// src/config/field-path.ts
function formatPath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}

// node_modules/leven/index.js
var array = [];
var characterCodeCache = [];
function leven(first, second, options) {
  if (first === second) {
    return 0;
  }
  const maxDistance = options?.maxDistance;
  const swap = first;
  if (first.length > second.length) {
    first = second;
    second = swap;
  }
  let firstLength = first.length;
  let secondLength = second.length;
  while (firstLength > 0 && first.charCodeAt(~-firstLength) === second.charCodeAt(~-secondLength)) {
    firstLength--;
    secondLength--;
  }
  let start = 0;
  while (start < firstLength && first.charCodeAt(start) === second.charCodeAt(start)) {
    start++;
  }
  firstLength -= start;
  secondLength -= start;
  if (maxDistance !== void 0 && secondLength - firstLength > maxDistance) {
    return maxDistance;
  }
  if (firstLength === 0) {
    return maxDistance !== void 0 && secondLength > maxDistance ? maxDistance : secondLength;
  }
  let bCharacterCode;
  let result;
  let temporary;
  let temporary2;
  let index = 0;
  let index2 = 0;
  while (index < firstLength) {
    characterCodeCache[index] = first.charCodeAt(start + index);
    array[index] = ++index;
  }
  while (index2 < secondLength) {
    bCharacterCode = second.charCodeAt(start + index2);
    temporary = index2++;
    result = index2;
    for (index = 0; index < firstLength; index++) {
      temporary2 = bCharacterCode === characterCodeCache[index] ? temporary : temporary + 1;
      temporary = array[index];
      result = array[index] = temporary > result ? temporary2 > result ? result + 1 : temporary2 : temporary2 > temporary ? temporary + 1 : temporary2;
    }
    if (maxDistance !== void 0) {
      let rowMinimum = result;
      for (index = 0; index < firstLength; index++) {
        if (array[index] < rowMinimum) {
          rowMinimum = array[index];
        }
      }
      if (rowMinimum > maxDistance) {
        return maxDistance;
      }
    }
  }
  array.length = firstLength;
  characterCodeCache.length = firstLength;
  return maxDistance !== void 0 && result > maxDistance ? maxDistance : result;
}

// src/config/name-sources.ts
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
  const scored = [...new Set(names)].map((n) => ({ n, d: leven(name.toLowerCase(), n.toLowerCase()) }));
  const best = Math.min(...scored.map((x) => x.d));
  const at = scored.filter((x) => x.d === best);
  if (best <= most && at.length === 1) return at[0].n;
  const stem = scored.filter((x) => x.n.length >= 4 && name.toLowerCase().startsWith(x.n.toLowerCase()));
  return stem.length === 1 ? stem[0].n : void 0;
}
function lateNameNote(where, name, step, dataFile) {
  return `⚠ ${where}: {{${name}}} is captured by ${step.after.get(name)} (this step or a later one), so each user sends it empty in its first iteration and filled from its second; to have it from the first, capture it in an earlier step or give it a default (a column ${name} of ${dataFile ?? "the data file"})`;
}

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
var NotRegularFileError = class extends InputError {
  constructor(field, detail) {
    super(field, detail);
  }
};
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
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await handle.stat();
    if (!s.isFile()) await refuse(path, s, rule.field, rule.expected);
    if (s.size > rule.maxBytes) throw new InputError(rule.field, rule.tooLarge(path));
    return { handle, size: s.size };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
async function readInputFile(path, rule) {
  const { handle, size } = await openInputFile(path, rule);
  try {
    let buffer = Buffer.allocUnsafe(Math.min(size, rule.maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, rule.maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > rule.maxBytes) throw new InputError(rule.field, rule.tooLarge(path));
    }
    return buffer.toString("utf8", 0, length);
  } finally {
    await handle.close();
  }
}

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
  monitoringDir: "monitoring",
  /** `soak`: an hour, recorded as histograms */
  soakDuration: 3600,
  soakRecord: "histograms"
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
var MODES = ["load", "stress", "soak"];
var RECORD_MODES = ["requests", "histograms"];

// src/config/ab-pairing.ts
var AB_PAIRINGS = ["alternate", "duet"];

// src/config/data-file.ts
import { basename as basename2, extname } from "node:path";
var DATA_ORDERS = ["sequence", "random", "unique", "per_user"];
var MAX_DATA_BYTES = 256 * 2 ** 20;
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
      const v = Object.hasOwn(r, c) ? r[c] : void 0;
      return v === void 0 || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v);
    })
  );
  return { columns, rows };
}

// src/config/csv-choice.ts
var DEFAULT_CSV = "all";
var SOAK_CSV = "sample:1000";
var MAX_CSV_SAMPLE = 1e9;
var CSV_CHOICES_TEXT = "all, errors, sample:N (every failed request and one in N of the others) or none";
function sampleEvery(choice) {
  return choice.startsWith("sample:") ? Number(choice.slice(7)) : void 0;
}
function csvChoiceProblem(value) {
  const v = value.trim();
  if (v === "all" || v === "errors" || v === "none") return void 0;
  const m = /^sample:(\d+)$/.exec(v);
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= MAX_CSV_SAMPLE) return void 0;
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

export {
  inputKind,
  openInputFile,
  readInputFile,
  ABORTABLE_THRESHOLDS,
  MIN_ABORT_AFTER_SEC,
  isAbortable,
  checkAbortAfter,
  formatPath,
  checkNames,
  nearestName,
  lateNameNote,
  DEFAULTS,
  LIMITS,
  MODES,
  RECORD_MODES,
  AB_PAIRINGS,
  DATA_ORDERS,
  readDataFile,
  DEFAULT_CSV,
  SOAK_CSV,
  sampleEvery,
  csvChoiceProblem,
  csvChoice
};
