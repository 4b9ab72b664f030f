import {
  parseAbRequest,
  withConfigAb,
  type AbLabels,
  type AbRequest,
  type RawAbRequest
} from './ab-request.js'
import { DEFAULTS, LIMITS } from './defaults.js'
import { InputError } from './errors.js'
import { durationSeconds, httpUrl } from './validate.js'

/**
 * `perf-gate bisect`: the commit between a good and a bad one where the
 * service got slower. Each step builds a candidate in a git worktree, starts
 * it beside the good build, and runs `ab` between the two.
 */
export interface BisectRequest {
  /** as the user named them (a branch, tag, sha); resolved to commits in the repository */
  good: string
  bad: string
  /** a shell command line run in each commit's worktree before it starts */
  build: string
  /** a shell command line holding `{{port}}`; run in the worktree, with PORT set too */
  start: string
  /** a URL holding `{{port}}`, awaited until it answers 2xx or 3xx; unset: until the port takes connections */
  waitFor?: string
  waitTimeoutSec: number
  /** the load of every step; its URLs are set per step (the good build's and the candidate's) */
  ab: AbRequest
}

export interface RawBisectRequest extends Omit<RawAbRequest, 'aUrl' | 'bUrl'> {
  good?: string
  bad?: string
  build?: string
  start?: string
  waitFor?: string
  waitTimeout?: string
}

export interface BisectLabels extends Omit<AbLabels, 'aUrl' | 'bUrl'> {
  good: string
  bad: string
  build: string
  start: string
  waitFor: string
  waitTimeout: string
}

/** Where the start command and the wait-for URL take each build's port. */
export const PORT_PLACEHOLDER = '{{port}}'

/** A bisect step runs this long by default: long enough to decide a 10% change on a quiet machine. */
export const BISECT_DURATION = 30

/** While a step is inconclusive it looks again, up to this many looks (`--max-duration` unset), before it is skipped. */
export const BISECT_LOOKS = 3

/** `$PORT` or `${PORT}`, as a shell names the port (PORT is set for the start command): the same as {{port}}. */
const NAMES_PORT_VARIABLE = /\$(\{PORT\}|PORT\b)/

export function withPort(template: string, port: number): string {
  return template
    .replaceAll(PORT_PLACEHOLDER, String(port))
    .replace(new RegExp(NAMES_PORT_VARIABLE, 'g'), String(port))
}

export function parseBisectRequest(raw: RawBisectRequest, labels: BisectLabels): BisectRequest {
  const text = (label: string, value: string | undefined, what: string): string => {
    if (value === undefined || value.trim() === '') throw new InputError(label, `is required: ${what}`)
    return value.trim()
  }
  const good = text(
    labels.good,
    raw.good,
    'a commit where the service was fast enough (a tag, branch or sha)'
  )
  const bad = text(labels.bad, raw.bad, 'a commit where it is slower, e.g. HEAD')
  const build = text(
    labels.build,
    raw.build,
    "the command that builds a checkout, e.g. 'npm ci && npm run build' (or 'true')"
  )
  const start = text(
    labels.start,
    raw.start,
    `the command that starts a build on a port, e.g. 'node server.js --port ${PORT_PLACEHOLDER}'`
  )
  // a start command that names no port would start both builds on one: the comparison would be of one build with itself
  if (!start.includes(PORT_PLACEHOLDER) && !NAMES_PORT_VARIABLE.test(start))
    throw new InputError(
      labels.start,
      `must hold ${PORT_PLACEHOLDER} or $PORT: the good build and the candidate are up at the same time, each on its own port (PORT is set too; for a service that reads it, say so: 'PORT=$PORT npm start')`
    )
  let waitFor: string | undefined
  if (raw.waitFor !== undefined && raw.waitFor.trim() !== '') {
    waitFor = raw.waitFor.trim()
    if (!waitFor.includes(PORT_PLACEHOLDER) && !NAMES_PORT_VARIABLE.test(waitFor))
      throw new InputError(
        labels.waitFor,
        `must hold ${PORT_PLACEHOLDER} or $PORT, e.g. http://127.0.0.1:${PORT_PLACEHOLDER}/health`
      )
    httpUrl(labels.waitFor, withPort(waitFor, 8080))
  }
  const waitTimeoutSec = durationSeconds(
    labels.waitTimeout,
    raw.waitTimeout,
    DEFAULTS.waitTimeout,
    LIMITS.waitTimeout
  )
  // the URLs are each step's; two stand-ins check everything else before anything is built
  const ab = parseAbRequest(
    {
      ...raw,
      duration: raw.duration ?? BISECT_DURATION,
      aUrl: 'http://127.0.0.1:1',
      bUrl: 'http://127.0.0.1:2'
    },
    { ...labels, aUrl: 'good', bUrl: 'candidate' }
  )
  return { good, bad, build, start, ...(waitFor ? { waitFor } : {}), waitTimeoutSec, ab }
}

/**
 * Each step's cap on looks: the request's `--max-duration`, else the
 * config's `ab.max_duration`, else BISECT_LOOKS looks: a step must be able to
 * look again before its commit is skipped.
 */
export function withBisectLooks(
  request: BisectRequest,
  config: Parameters<typeof withConfigAb>[1],
  durationLabel: string
): BisectRequest {
  const ab = withConfigAb(request.ab, config, durationLabel)
  return { ...request, ab: { ...ab, maxDuration: ab.maxDuration ?? BISECT_LOOKS * ab.load.duration } }
}
