import { atJsonPath } from '../../config/json-path.js'
import type { Capture, Check, StepRules } from '../../config/session-rules.js'
import { classifyStatus } from '../error-types.js'

/** An answer as a virtual user sees it: its status, headers, body (when a rule reads it) and time. */
export interface Answer {
  status: number
  /** name, value, name, value… as received */
  headers: readonly string[]
  body?: string
  latencyUs: number
}

/** What the answer gave the user, and which check (if any) it failed. */
export interface AnswerVerdict {
  /** the step's status check decided success (else the status's own class decides) */
  statusChecked: boolean
  /** label of the first check that failed, e.g. `$.username exists`, `status 200 (got 401)` */
  failed?: string
  /** labels of the checks run, with whether each passed (for the pass rates) */
  results: { label: string; passed: boolean }[]
  /** values captured, by name */
  values: [string, string][]
}

const compiled = new Map<string, RegExp>()
function regex(source: string): RegExp {
  let r = compiled.get(source)
  if (!r) compiled.set(source, (r = new RegExp(source)))
  return r
}

/**
 * Reads one answer by a step's rules. Checks other than the status run only
 * on an answer whose status passed (a 500's body says nothing about the page);
 * captures run on every answer that passed, before those checks, and one that
 * finds nothing is a failed check of its own (`capture token`): the next step
 * would go out without it.
 */
export function readAnswer(
  rules: StepRules,
  a: Answer,
  /**
   * fills `{{name}}` in an expected value or text: from `captured` (this
   * answer's captures), else the user's values; a check's label keeps the name
   */
  fill: (text: string, captured: readonly [string, string][]) => string = (t) => t
): AnswerVerdict {
  const statusCheck = rules.checks.find((c) => c.kind === 'status')
  const results: AnswerVerdict['results'] = []
  const values: [string, string][] = []
  let failed: string | undefined
  const record = (label: string, passed: boolean, got?: string): void => {
    results.push({ label, passed })
    if (!passed) failed ??= got ? `${label} (${got})` : label
  }
  if (statusCheck) {
    const ok = statusCheck.statuses.includes(a.status)
    results.push({ label: statusCheck.label, passed: ok })
    if (!ok) failed = `${statusCheck.label} (got ${a.status || 'no answer'})`
  }
  const statusOk = statusCheck ? failed === undefined : classifyStatus(a.status) === undefined
  if (!statusOk) return { statusChecked: statusCheck !== undefined, failed, results, values }
  let doc: unknown
  let parsed = false
  const json = (): unknown => {
    if (!parsed) {
      parsed = true
      try {
        doc = JSON.parse(a.body ?? '')
      } catch {
        doc = undefined
      }
    }
    return doc
  }
  // captures first: a check may compare with a value this very answer brought (Artillery's capture, then expect)
  for (const c of rules.capture) {
    const v = captured(c, a, json)
    record(`capture ${c.name}`, v !== undefined)
    if (v !== undefined) values.push([c.name, v])
  }
  const fresh = (text: string): string => fill(text, values)
  for (const c of rules.checks) {
    if (c.kind === 'status') continue
    const ok = passes(c, a, json, fresh)
    record(c.label, ok, ok || c.kind !== 'equals' ? undefined : gotText(atJsonPath(json(), c.steps), c.value))
  }
  return { statusChecked: statusCheck !== undefined, failed, results, values }
}

function passes(
  c: Exclude<Check, { kind: 'status' }>,
  a: Answer,
  json: () => unknown,
  fill: (text: string) => string
): boolean {
  switch (c.kind) {
    case 'exists': {
      const v = atJsonPath(json(), c.steps)
      return v !== undefined && v !== null
    }
    case 'equals':
      return atJsonPath(json(), c.steps) === (typeof c.value === 'string' ? fill(c.value) : c.value)
    case 'contains':
      return (a.body ?? '').includes(fill(c.text))
    case 'max_latency':
      return a.latencyUs <= c.maxUs
  }
}

/**
 * What an `equals` found instead, said without the value where it could be a
 * user's secret (a string) and in few words, so the failures stay few kinds:
 * `got nothing`, `got the number 1` (expected a string), `got another string`.
 */
export function gotText(got: unknown, expected: unknown): string {
  if (got === undefined) return 'got nothing there'
  if (got === null) return 'got null'
  const kind = Array.isArray(got) ? 'a list' : typeof got === 'object' ? 'an object' : undefined
  if (kind) return `got ${kind}`
  if (typeof got === 'string') return typeof expected === 'string' ? 'got another string' : 'got a string'
  const shown = String(got).slice(0, 20)
  return typeof got === typeof expected ? `got ${shown}` : `got the ${typeof got} ${shown}`
}

function captured(c: Capture, a: Answer, json: () => unknown): string | undefined {
  if (c.from === 'header') {
    for (let i = 0; i < a.headers.length; i += 2)
      if (a.headers[i].toLowerCase() === c.header) return a.headers[i + 1]
    return undefined
  }
  if (c.from === 'regex') return regex(c.source).exec(a.body ?? '')?.[c.group]
  const v = atJsonPath(json(), c.steps)
  if (v === undefined || v === null) return undefined
  return typeof v === 'string' ? v : JSON.stringify(v)
}
