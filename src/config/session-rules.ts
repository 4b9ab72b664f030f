import type { CaptureConfig, CheckConfig, ThinkConfig } from './journey-schema.js'
import { parseJsonPath, type PathStep } from './json-path.js'
import { formatDuration } from './units.js'
import type { Thresholds } from './thresholds.js'

/**
 * What a virtual user does around one request: the values it captures from
 * the answer, the checks the answer must pass, and its pause afterwards.
 * Plain data: it travels to worker threads as it is.
 */
export interface StepRules {
  capture: Capture[]
  checks: Check[]
  /** the pause after the answer, drawn uniformly from [min, max] seconds */
  think?: { minSec: number; maxSec: number }
  /** sent once in a user's life (a login) */
  once: boolean
  /** after a failed answer or check: on to the next step, back to the loop's first step, or a new session from the once-steps */
  onFail: 'continue' | 'restart' | 'login'
}

export type Capture =
  | { name: string; from: 'json'; steps: PathStep[] }
  | { name: string; from: 'header'; header: string }
  | { name: string; from: 'regex'; source: string; group: number }

/**
 * One check; `label` names it in every output (never a value of the answer).
 * `field` is where the config wrote a value that may read `{{name}}`
 * (`check.equals.$.role`): how errors about that name point at it.
 */
export type Check =
  | { label: string; kind: 'status'; statuses: number[] }
  | { label: string; kind: 'exists'; steps: PathStep[] }
  | {
      label: string
      kind: 'equals'
      steps: PathStep[]
      value: string | number | boolean | null
      field: string
    }
  | { label: string; kind: 'contains'; text: string; field: string }
  | { label: string; kind: 'max_latency'; maxUs: number }

/** A journey as the engine walks it: its steps are endpoints of the target, by index. */
export interface Journey {
  name: string
  weight: number
  /** the target's endpoint index of each step, in order */
  steps: number[]
  /** how many of the first steps run once per user */
  once: number
  /** its own bands (its iterations, durations and checks) */
  thresholds?: Thresholds
}

export interface SessionConfig {
  capture?: CaptureConfig
  check?: CheckConfig
  think?: ThinkConfig
  once?: boolean
  on_fail?: 'continue' | 'restart' | 'login'
}

/** The rules of one request as configured; undefined when it has none (a plain endpoint). */
export function stepRules(c: SessionConfig, defaults: Partial<SessionConfig> = {}): StepRules | undefined {
  const think = c.think ?? defaults.think
  const rules: StepRules = {
    capture: captures(c.capture ?? {}),
    checks: checks(c.check),
    ...(think !== undefined ? { think: thinkRange(think) } : {}),
    once: c.once ?? false,
    onFail: c.on_fail ?? defaults.on_fail ?? 'continue'
  }
  const plain = rules.capture.length === 0 && rules.checks.length === 0 && !rules.think && !rules.once
  return plain && rules.onFail === 'continue' ? undefined : rules
}

function thinkRange(t: ThinkConfig): { minSec: number; maxSec: number } {
  return typeof t === 'number' ? { minSec: t, maxSec: t } : { minSec: t[0], maxSec: t[1] }
}

function captures(c: CaptureConfig): Capture[] {
  return Object.entries(c).map(([name, from]): Capture => {
    if (typeof from === 'string') return { name, from: 'json', steps: parseJsonPath(from) as PathStep[] }
    if ('json' in from) return { name, from: 'json', steps: parseJsonPath(from.json) as PathStep[] }
    if ('header' in from) return { name, from: 'header', header: from.header.toLowerCase() }
    return { name, from: 'regex', source: from.regex, group: from.group }
  })
}

function checks(c: CheckConfig | undefined): Check[] {
  if (!c) return []
  const out: Check[] = []
  if (c.status !== undefined) {
    const statuses = Array.isArray(c.status) ? c.status : [c.status]
    out.push({ label: `status ${statuses.join(' or ')}`, kind: 'status', statuses })
  }
  for (const path of c.exists ?? [])
    out.push({ label: `${path} exists`, kind: 'exists', steps: parseJsonPath(path) as PathStep[] })
  for (const [path, value] of Object.entries(c.equals ?? {}))
    out.push({
      label: `${path} equals ${JSON.stringify(value)}`,
      kind: 'equals',
      steps: parseJsonPath(path) as PathStep[],
      value,
      field: `check.equals.${path}`
    })
  const texts = c.contains === undefined ? [] : Array.isArray(c.contains) ? c.contains : [c.contains]
  texts.forEach((text, i) =>
    out.push({
      label: `body contains ${JSON.stringify(text)}`,
      kind: 'contains',
      text,
      field: Array.isArray(c.contains) ? `check.contains[${i}]` : 'check.contains'
    })
  )
  if (c.max_latency !== undefined)
    out.push({
      label: `response time ≤ ${formatDuration(c.max_latency)}`,
      kind: 'max_latency',
      maxUs: Math.round(c.max_latency * 1e6)
    })
  return out
}

/** Whether the answer's body must be read: a capture or check looks into it. */
export function readsBody(r: StepRules | undefined): boolean {
  if (!r) return false
  return (
    r.capture.some((c) => c.from !== 'header') ||
    r.checks.some((c) => c.kind === 'exists' || c.kind === 'equals' || c.kind === 'contains')
  )
}
