import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { ABORTABLE_THRESHOLDS, isAbortable } from './abort-after.js'
import { DRIFT_NAMES } from './drift.js'
import { InputError } from './errors.js'
import { formatPath } from './field-path.js'
import { nearestName } from './name-sources.js'
import { TOLERANCE_NAMES } from './regression.js'
import { checkSchema, journeySchema } from './journey-schema.js'
import { journeyThresholdsSchema, thresholdsSchema } from './threshold-schema.js'
import {
  configSchema,
  dataSchema,
  endpointSchema,
  serviceSchema,
  setupRequestSchema,
  type ConfigFile
} from './schema.js'

/** Parses and validates config text; errors name the file, line and field. */
export function parseConfigText(text: string, fileName = 'perf-gate.yml'): ConfigFile {
  return parseConfigSource(text, fileName).file
}

/**
 * The config with where each field stands in its text: checks made later
 * (a `{{name}}` a run cannot fill) name `perf-gate.yml:14 services.api…`
 * as the schema's own errors do.
 */
export function parseConfigSource(
  text: string,
  fileName = 'perf-gate.yml'
): { file: ConfigFile; fieldLines: Record<string, number> } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true
  })
  if (doc.errors.length > 0) {
    const err = doc.errors[0]
    const line = err.linePos?.[0].line ?? lineCounter.linePos(err.pos[0]).line
    const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new InputError(`${fileName}${line ? `:${line}` : ''}`, `not valid YAML or JSON: ${what}`)
  }
  let raw: unknown
  try {
    raw = doc.toJS() ?? {}
  } catch (e) {
    // the yaml library refuses alias expansions beyond a bound ("billion laughs")
    throw new InputError(
      fileName,
      `not a usable config: ${e instanceof Error ? e.message : String(e)}; write the repeated values out instead of nesting aliases`
    )
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(fileName, 'must be a mapping with services, thresholds or fail_on at the top level')
  }
  const parsed = configSchema.safeParse(raw)
  if (!parsed.success) throw issueToError(fittingIssue(parsed.error.issues[0]), doc, lineCounter, fileName)
  const fieldLines: Record<string, number> = {}
  walkLines(doc.contents, [], lineCounter, fieldLines)
  return { file: parsed.data, fieldLines }
}

/** The line of every key and list item, by its field path as errors write it (`services.api.endpoints[0].path`). */
function walkLines(
  node: unknown,
  path: (string | number)[],
  lines: LineCounter,
  out: Record<string, number>
): void {
  const at = (n: unknown): number | undefined => {
    const range = (n as { range?: [number, number, number] } | null)?.range
    return range ? lines.linePos(range[0]).line : undefined
  }
  const mark = (p: (string | number)[], line: number | undefined): void => {
    if (line !== undefined) out[formatPath(p)] = line
  }
  if (isMap(node))
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue
      const p = [...path, String(pair.key.value)]
      mark(p, at(pair.key))
      walkLines(pair.value, p, lines, out)
    }
  else if (isSeq(node))
    node.items.forEach((item, i) => {
      mark([...path, i], at(item))
      walkLines(item, [...path, i], lines, out)
    })
}

/**
 * A value no option of a union takes (a capture: `$.path`, `{ json }`,
 * `{ header }` or `{ regex }`) is reported by zod as the union's own
 * message; the option whose type and fields the value has says better what
 * is wrong with it (`needs a (group) around the part to capture`).
 */
function fittingIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  // a record's key that its own schema refused: that schema says why (`must start with $`)
  if (issue.code === 'invalid_key' && issue.issues.length > 0)
    return fittingIssue({ ...issue.issues[0], path: [...issue.path, ...issue.issues[0].path] })
  if (issue.code !== 'invalid_union') return issue
  // an option that is itself a union none of whose types the value has does not fit it either
  const fits = issue.errors.filter(
    (option) =>
      option.length > 0 &&
      !option.some(
        (i) =>
          i.path.length === 0 &&
          (i.code === 'invalid_type' || i.code === 'unrecognized_keys' || i.code === 'invalid_union')
      )
  )
  if (fits.length !== 1) return issue
  const inner = fits[0][0]
  return fittingIssue({ ...inner, path: [...issue.path, ...inner.path] })
}

function issueToError(
  issue: z.core.$ZodIssue,
  doc: Document,
  lines: LineCounter,
  fileName: string
): InputError {
  let path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  let message = issue.message
  if (issue.code === 'unrecognized_keys') {
    path = [...path, issue.keys[0]]
    const allowed = allowedKeysHint(path)
    const near = nearestName(issue.keys[0], allowed.split(', '))
    message = `unknown field (allowed: ${allowed})${near ? `; did you mean ${near}?` : ''}`
  }
  if (issue.code === 'invalid_value') {
    // a misspelt choice (on_fail: relogin): the nearest of the choices
    const got = doc.getIn(path)
    const choices = issue.values.filter((v): v is string => typeof v === 'string')
    const near = typeof got === 'string' ? nearestName(got, choices) : undefined
    if (near) message = `${message}; did you mean ${near}?`
  }
  const line = lineOf(doc, lines, path)
  return new InputError(`${fileName}${line ? `:${line}` : ''} ${formatPath(path) || '(top level)'}`, message)
}

/** The fields allowed where an unknown one was found, from the position in the tree. */
function allowedKeysHint(path: (string | number)[]): string {
  const parents = path.slice(0, -1)
  const last = parents[parents.length - 1]
  const beforeLast = parents[parents.length - 2]
  const keys = (shape: object): string =>
    Object.keys(shape)
      .filter((k) => k !== '$schema')
      .join(', ')
  if (parents.length === 0) return keys(configSchema.shape)
  if (last === 'thresholds' && parents[parents.length - 3] === 'journeys')
    return keys(journeyThresholdsSchema.shape)
  if (last === 'thresholds') return keys(thresholdsSchema.shape)
  if (last === 'tolerances') return TOLERANCE_NAMES.join(', ')
  if (last === 'tls') return 'insecure, ca'
  if (last === 'ab' && parents.length === 1) return keys(configSchema.shape.ab.unwrap().shape)
  // drift's schema is a transform (no shape to read): its fields by name
  if (last === 'drift') return ['window', ...DRIFT_NAMES].join(', ')
  if (beforeLast === 'thresholds')
    return isAbortable(String(last))
      ? 'warning, critical, abort_after'
      : `warning, critical; abort_after only on ${ABORTABLE_THRESHOLDS.join(', ')}, which each second has figures for`
  if (last === 'check') return keys(checkSchema.shape)
  if (last === 'data') return keys(dataSchema.shape)
  if (typeof last === 'number' && beforeLast === 'journeys') return keys(journeySchema.shape)
  if (typeof last === 'number' && beforeLast === 'steps') return keys(journeySchema.shape.steps.element.shape)
  if (typeof last === 'number' && beforeLast === 'setup') return keys(setupRequestSchema.shape)
  if (typeof last === 'number') return keys(endpointSchema.shape)
  return keys(serviceSchema.shape)
}

function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line
    // a missing key: point at its parent mapping
  }
  return undefined
}
