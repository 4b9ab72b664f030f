import { DEFAULTS, LIMITS, MODES, RECORD_MODES, type Mode, type RecordMode } from './defaults.js'
import { InputError } from './errors.js'
import { durationSeconds, httpUrl, positiveNumber, wholeNumber } from './validate.js'
import { parseShard, parseStartAt, type Shard } from './shard.js'
import { urlService } from './url-service.js'
import { csvChoice, type CsvChoice } from './csv-choice.js'

/** The seed's stress test: `steps` equal stages up to `maxUsers`, over `rampUp` seconds. */
export interface StressSettings {
  maxUsers: number
  rampUp: number
  steps: number
  /** end at the first breaking stage (default: after two consecutive critical stages) */
  stopOnBreak: boolean
}

interface RequestCommon {
  /** a preset or configured service name, or a URL (one GET endpoint; see url-service.ts) */
  service: string
  /** cap on total requests per second */
  rps?: number
  /** per-request timeout, seconds */
  timeout: number
  /** replaces the service's configured origin (and path prefix) */
  baseUrl?: URL
  /** this machine runs the `index`-th of `of` shares of the load (its users and rate) */
  shard?: Shard
  /** when the load starts (after the target answered): the same time on every shard */
  startAt?: Date
  /** load generator threads on this machine (default 1), or `auto` (resolved once the target is known) */
  workers?: number | 'auto'
  /** seconds of load sent first and measured by nothing (0: none, also over the config's `warmup`) */
  warmup?: number
  /** histograms only (memory flat however long the run); unset: each request kept (exact percentiles) */
  record?: 'histograms'
  /** which requests results.csv keeps a row of (unset: the config's `csv`, else every request) */
  csv?: CsvChoice
}

/** `users` connections for `duration` seconds (a soak: a long one, recorded as histograms). */
export interface LoadRequest extends RequestCommon {
  mode: 'load' | 'soak'
  users: number
  duration: number
  /** with `rps`: the most connections to open when the target slows (at least `users`) */
  maxUsers: number
}

/** Users rising in equal stages to `stress.maxUsers`. */
export interface StressRequest extends RequestCommon {
  mode: 'stress'
  stress: StressSettings
}

/**
 * One test as every face asks for it, already checked: numbers, an enum and
 * a URL object. Faces build it once from their own input (flags, action
 * inputs, library options); nothing below them parses or validates again.
 */
export type RunRequest = LoadRequest | StressRequest

type RawValue = string | number | undefined

/** A face's input before parsing: strings from flags and inputs, numbers or strings from code. */
export interface RawRunRequest {
  service: string
  mode?: string
  users?: RawValue
  duration?: RawValue
  maxUsers?: RawValue
  rampUp?: RawValue
  steps?: RawValue
  stopOnBreak?: boolean
  rps?: RawValue
  timeout?: RawValue
  baseUrl?: string
  shard?: string
  startAt?: string
  workers?: RawValue
  warmup?: RawValue
  record?: string
  csv?: string
}

export type RunRequestField = Exclude<keyof RawRunRequest, 'service' | 'stopOnBreak'>

/** How a face names each field in its messages: `--users` on the CLI, `users` in the action. */
export type FieldLabels = Readonly<Record<RunRequestField, string>>

/** The library's labels: its option names. */
export const OPTION_LABELS: FieldLabels = Object.freeze({
  mode: 'mode',
  users: 'users',
  duration: 'duration',
  maxUsers: 'maxUsers',
  rampUp: 'rampUp',
  steps: 'steps',
  rps: 'rps',
  timeout: 'timeout',
  baseUrl: 'baseUrl',
  shard: 'shard',
  startAt: 'startAt',
  workers: 'workers',
  warmup: 'warmup',
  record: 'record',
  csv: 'csv'
})

/**
 * Checks every field the face set, whatever the mode, so a typo in an unused
 * input is still reported; empty and missing fields take `DEFAULTS`.
 */
export function parseRunRequest(raw: RawRunRequest, labels: FieldLabels): RunRequest {
  const mode = (raw.mode === undefined || raw.mode === '' ? DEFAULTS.mode : raw.mode) as Mode
  if (!MODES.includes(mode)) {
    throw new InputError(labels.mode, `must be ${MODES.join(' or ')} (got ${JSON.stringify(raw.mode)})`)
  }
  const users = wholeNumber(labels.users, raw.users, DEFAULTS.users, 1, LIMITS.users)
  const soak = mode === 'soak'
  const duration = durationSeconds(
    labels.duration,
    raw.duration,
    soak ? DEFAULTS.soakDuration : DEFAULTS.duration,
    LIMITS.duration
  )
  const maxUsers = wholeNumber(labels.maxUsers, raw.maxUsers, DEFAULTS.maxUsers, 1, LIMITS.users)
  const rampUp = durationSeconds(labels.rampUp, raw.rampUp, DEFAULTS.rampUp, LIMITS.duration)
  const steps = wholeNumber(labels.steps, raw.steps, DEFAULTS.steps, 1, LIMITS.steps)
  const givenBaseUrl = raw.baseUrl !== undefined && raw.baseUrl !== ''
  // a URL is checked here, before anything runs; its origin is the target, so a second one is a mistake
  if (urlService(raw.service) && givenBaseUrl)
    throw new InputError(
      labels.baseUrl,
      `does not apply when the service is a URL (${raw.service.trim()}): the URL is the target; leave ${labels.baseUrl} out, or name a service of the config`
    )
  const fewestUsers = mode === 'stress' ? Math.max(1, Math.round(maxUsers / steps)) : users
  const shards = sharding(raw, labels, fewestUsers)
  const common: RequestCommon = {
    service: raw.service,
    rps: positiveNumber(labels.rps, raw.rps, undefined, LIMITS.rps, 'requests per second'),
    timeout: durationSeconds(labels.timeout, raw.timeout, DEFAULTS.timeout, LIMITS.timeout),
    baseUrl: givenBaseUrl ? baseUrl(labels.baseUrl, raw.baseUrl!) : undefined,
    ...shards,
    workers: workerCount(raw, labels, fewestUsers, shards.shard?.of ?? 1),
    ...(raw.warmup !== undefined && raw.warmup !== ''
      ? { warmup: durationSeconds(labels.warmup, raw.warmup, 0, LIMITS.duration, { allowZero: true }) }
      : {}),
    ...(recordMode(raw, labels, mode) === 'histograms' ? { record: 'histograms' as const } : {}),
    ...csvOf(raw, labels)
  }
  if (mode === 'stress')
    return { ...common, mode, stress: { maxUsers, rampUp, steps, stopOnBreak: raw.stopOnBreak ?? false } }
  // the action's runner passes max-users' default (100) whether or not the step set it, so the
  // default itself is never an error: it rises to `users`, as an unset one does
  const givenMax = raw.maxUsers !== undefined && raw.maxUsers !== '' && maxUsers !== DEFAULTS.maxUsers
  if (common.rps !== undefined && givenMax && maxUsers < users) {
    // the bound on connections a rate may grow to starts from the users it already has
    const usersGiven = raw.users !== undefined && raw.users !== ''
    throw new InputError(
      labels.maxUsers,
      `must be at least ${labels.users} (${users}${usersGiven ? '' : ', its default'}): it bounds the connections a rate may add to them (got ${maxUsers})`
    )
  }
  return { ...common, mode, users, duration, maxUsers: Math.max(users, maxUsers) }
}

/** `record`: requests (a load or stress test's default) or histograms (a soak's). */
function recordMode(raw: RawRunRequest, labels: FieldLabels, mode: Mode): RecordMode {
  const v = raw.record?.trim()
  if (v === undefined || v === '') return mode === 'soak' ? DEFAULTS.soakRecord : 'requests'
  if (!(RECORD_MODES as readonly string[]).includes(v))
    throw new InputError(
      labels.record,
      `must be ${RECORD_MODES.join(' or ')} (got ${JSON.stringify(raw.record)})`
    )
  // a stress test judges each stage from its requests as it ends
  if (v === 'histograms' && mode === 'stress')
    throw new InputError(
      labels.record,
      'histograms is for load and soak runs: a stress test judges each stage from its requests; leave it out'
    )
  return v as RecordMode
}

/** `csv`, checked; unset leaves it to the config, then to the run's default. */
function csvOf(raw: RawRunRequest, labels: FieldLabels): Pick<RequestCommon, 'csv'> {
  const csv = csvChoice(labels.csv, raw.csv)
  return csv ? { csv } : {}
}

/** `shard` and `startAt`, checked: every shard needs one user at least. */
function sharding(
  raw: RawRunRequest,
  labels: FieldLabels,
  users: number
): Pick<RequestCommon, 'shard' | 'startAt'> {
  const given = (v: string | undefined): v is string => v !== undefined && v !== ''
  const shard = given(raw.shard) ? parseShard(labels.shard, raw.shard) : undefined
  const startAt = given(raw.startAt) ? parseStartAt(labels.startAt, raw.startAt) : undefined
  if (shard && users < shard.of) {
    if (raw.mode === 'stress')
      throw new InputError(
        labels.maxUsers,
        `gives the first stress stage ${users} user${users > 1 ? 's' : ''} (${labels.maxUsers} / ${labels.steps}), fewer than the shards (${shard.of}): each machine needs one user in every stage; raise it or use fewer shards`
      )
    throw new InputError(
      labels.users,
      `must be at least the number of shards (${shard.of}): each machine runs one user at least (got ${users})`
    )
  }
  if (startAt && !shard) throw new InputError(labels.startAt, `aligns shards: give it with ${labels.shard}`)
  return { ...(shard ? { shard } : {}), ...(startAt ? { startAt } : {}) }
}

/**
 * `workers`: a number, or `auto`. Each worker runs one user at least in
 * every stage (of this machine's share, under --shard).
 */
function workerCount(
  raw: RawRunRequest,
  labels: FieldLabels,
  fewestUsers: number,
  shards: number
): number | 'auto' {
  const v = typeof raw.workers === 'string' ? raw.workers.trim() : raw.workers
  if (v === 'auto') return 'auto'
  if (v === undefined || v === '') return DEFAULTS.workers
  const n = /^\d+$/.test(String(v)) ? Number(v) : NaN
  if (!Number.isInteger(n) || n < 1 || n > LIMITS.workers)
    throw new InputError(
      labels.workers,
      `must be auto or a whole number of threads from 1 to ${LIMITS.workers} (got ${JSON.stringify(raw.workers)})`
    )
  const each = Math.floor(fewestUsers / shards)
  if (n > each) {
    const whose =
      raw.mode === 'stress'
        ? `the first stress stage's ${fewestUsers} users (${labels.maxUsers} / ${labels.steps})`
        : `${labels.users} (${fewestUsers})`
    const share = shards > 1 ? ` (${each} on each of ${shards} shards)` : ''
    throw new InputError(
      labels.workers,
      `must be at most ${whose}${share}: each worker runs one user at least (got ${n}); use fewer workers or more users`
    )
  }
  return n
}

/** A target's base URL: scheme, host, port and a path prefix; a query or fragment would be dropped silently. */
function baseUrl(field: string, value: string): URL {
  const url = httpUrl(field, value)
  if (url.search || url.hash || value.includes('#'))
    throw new InputError(
      field,
      'must not contain a query (?…) or a fragment (#…); put a query in the endpoint paths'
    )
  return url
}
