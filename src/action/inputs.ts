import { DEFAULTS, LIMITS } from '../config/defaults.js'
import { InputError } from '../config/errors.js'
import { headerValueProblem } from '../config/http-grammar.js'
import { parseAbRequest, type AbRequest } from '../config/ab-request.js'
import { parseRunRequest, type FieldLabels, type RunRequest } from '../config/run-request.js'
import type { FailOn } from '../config/thresholds.js'
import type { FailOnRegression } from '../config/regression.js'
import {
  baselineRuns,
  durationSeconds,
  failOn,
  failOnRegression,
  httpUrl,
  wholeNumber
} from '../config/validate.js'
import { parseServiceStart, type ServiceStart, type ServiceStartLabels } from '../config/service-start.js'
import { parseWatchPid } from '../config/watch-pid.js'

/** The action's inputs, parsed once into one typed object; nothing downstream reads inputs. */
export interface ActionSettings {
  /** the test to run (service, mode, users, duration, stress ramp, rps, timeout, base URL); in mode ab, each slice's load */
  request: RunRequest
  /** mode ab: baseline-url (A) against base-url (B), in alternating slices */
  ab?: AbRequest
  /** mode merge: the shards' run directories (or folders holding them) */
  merge?: { runs: string[] }
  config?: string
  failOn?: FailOn
  /** one path per line: a run directory or metrics.json, or a folder of runs (a history) */
  baseline?: string[]
  /** of a history, the last runs of the same test that form the baseline */
  baselineRuns?: number | 'auto'
  /** when the comparison with `baseline` fails the job (else the config's, else regression) */
  failOnRegression?: FailOnRegression
  outputDir: string
  artifactName?: string
  uploadArtifact: boolean
  comment: boolean
  githubToken?: string
  apiKey?: string
  metricsPort?: number
  metricsLinger: number
  pushgateway?: string
  /** https: skip certificate checks (input insecure), or trust this CA file (input ca) */
  insecure?: boolean
  ca?: string
  /** inputs start / wait-for / wait-timeout: the service under test, started by the action */
  service?: ServiceStart
  /** input watch-pid: a running service whose memory and CPU are sampled (with start, the started one is) */
  watchPid?: number
}

export const START_INPUTS: ServiceStartLabels = Object.freeze({
  start: 'start',
  waitFor: 'wait-for',
  waitTimeout: 'wait-timeout'
})

/** How the action names the inputs that say which process's memory and CPU are sampled. */
export const WATCH_INPUTS = Object.freeze({ start: 'start', watchPid: 'watch-pid' })

/** How action.yml names the fields of a run. */
export const INPUT_LABELS: FieldLabels = Object.freeze({
  mode: 'mode',
  users: 'users',
  duration: 'duration',
  maxUsers: 'max-users',
  rampUp: 'ramp-up',
  steps: 'steps',
  rps: 'rps',
  timeout: 'timeout',
  baseUrl: 'base-url',
  shard: 'shard',
  startAt: 'start-at',
  workers: 'workers',
  warmup: 'warmup',
  record: 'record',
  csv: 'csv'
})

/** Reads one input as the runner passes it (empty string when unset). */
export type InputReader = (name: string) => string

/**
 * The runner sets every input of action.yml, with its default when the step
 * does not set it; a local or `act` run may set none. Both parse the same:
 * an empty input takes the default from `DEFAULTS`, which action.yml mirrors.
 */
export function parseInputs(read: InputReader): ActionSettings {
  const get = (name: string): string | undefined => {
    const v = read(name).trim()
    return v === '' ? undefined : v
  }
  const service = get('service')
  if (!service)
    throw new InputError('service', 'is required (a preset such as pkd_service, or a service from config)')
  const raw = {
    service,
    users: get('users'),
    duration: get('duration'),
    maxUsers: get('max-users'),
    rps: get('rps'),
    timeout: get('timeout')
  }
  const mode = get('mode')
  // read in every mode: the runner sets them all, and action.yml declares each input the action reads
  const abInputs = {
    aUrl: get('baseline-url'),
    bUrl: get('base-url'),
    slice: get('slice'),
    maxDuration: get('max-duration'),
    pairing: get('pairing')
  }
  if (mode !== undefined && !['load', 'stress', 'soak', 'ab', 'merge'].includes(mode))
    throw new InputError('mode', `must be load, stress, soak, ab or merge (got ${JSON.stringify(mode)})`)
  const runs = lines(get('runs'))
  const baselinePaths = lines(get('baseline'))
  if (mode === 'merge' && runs.length === 0)
    throw new InputError(
      'runs',
      "is required in mode merge: the shards' run directories, or the folder holding them"
    )
  refuseMisplaced(get, mode)
  const workers = get('workers')
  const ab =
    mode === 'ab'
      ? parseAbRequest(
          // a warm-up runs before each side's first slice
          { ...raw, ...abInputs, warmup: get('warmup'), csv: get('csv') },
          {
            run: INPUT_LABELS,
            aUrl: 'baseline-url',
            bUrl: 'base-url',
            slice: 'slice',
            maxDuration: 'max-duration',
            pairing: 'pairing'
          }
        )
      : undefined
  const request =
    ab?.load ??
    parseRunRequest(
      {
        ...raw,
        mode: mode === 'merge' ? 'load' : mode,
        rampUp: get('ramp-up'),
        baseUrl: get('base-url'),
        shard: get('shard'),
        startAt: get('start-at'),
        workers: mode === 'merge' ? undefined : workers,
        warmup: get('warmup'),
        record: get('record'),
        csv: get('csv')
      },
      INPUT_LABELS
    )
  return {
    request,
    ...(ab ? { ab } : {}),
    ...(mode === 'merge' ? { merge: { runs } } : {}),
    config: get('config'),
    failOn: get('fail-on') === undefined ? undefined : failOn('fail-on', get('fail-on'), DEFAULTS.failOn),
    ...(baselinePaths.length ? { baseline: baselinePaths } : {}),
    baselineRuns: baselineRuns('baseline-runs', get('baseline-runs')),
    failOnRegression: failOnRegression('fail-on-regression', get('fail-on-regression')),
    outputDir: get('output-dir') ?? DEFAULTS.outputDir,
    artifactName: get('artifact-name'),
    uploadArtifact: bool(get('upload-artifact'), 'upload-artifact', true),
    comment: bool(get('comment'), 'comment', true),
    githubToken: get('github-token'),
    apiKey: apiKey(get('api-key')),
    metricsPort:
      get('metrics-port') === undefined
        ? undefined
        : wholeNumber('metrics-port', get('metrics-port'), 0, 1, 65535),
    metricsLinger: durationSeconds(
      'metrics-linger',
      get('metrics-linger'),
      DEFAULTS.metricsLinger,
      LIMITS.metricsLinger,
      { allowZero: true }
    ),
    pushgateway:
      get('pushgateway') === undefined ? undefined : httpUrl('pushgateway', get('pushgateway')!).href,
    // unset: the config's tls.insecure decides
    insecure: get('insecure') === undefined ? undefined : bool(get('insecure'), 'insecure', false),
    ca: get('ca'),
    ...serviceStart(get),
    ...watchPid(get)
  }
}

/** Inputs that would be ignored in `mode` are refused, not dropped silently. */
function refuseMisplaced(get: (name: string) => string | undefined, mode: string | undefined): void {
  const misplaced = (name: string, where: string): void => {
    if (get(name) !== undefined) throw new InputError(name, `does not apply in mode ${where}`)
  }
  if (mode === 'ab')
    for (const n of ['shard', 'start-at', 'record', 'watch-pid']) misplaced(n, 'ab (one job runs both sides)')
  if (mode !== 'ab' && get('max-duration') !== undefined)
    throw new InputError('max-duration', 'applies in mode ab only: its looks add slice pairs of both sides')
  // alternate is what a run of one target does anyway: only duet is refused outside mode ab
  const pairing = get('pairing')
  if (mode !== 'ab' && pairing !== undefined && pairing !== 'alternate')
    throw new InputError('pairing', 'applies in mode ab only: how the two sides share the run')
  if (mode === 'merge') {
    for (const n of ['baseline', 'shard', 'start-at', 'start', 'wait-for', 'warmup', 'watch-pid'])
      misplaced(n, 'merge (compare the merged run afterwards: perf-gate compare, or a later step)')
    misplaced(
      'csv',
      "merge: the merged results.csv holds the shards' rows, as each shard's own csv kept them"
    )
  }
  // the runner passes workers' default whether or not the step set it: only another value is refused
  const workers = get('workers')
  if ((mode === 'ab' || mode === 'merge') && workers !== undefined && workers !== String(DEFAULTS.workers))
    throw new InputError('workers', `does not apply in mode ${mode} (it runs in one thread); leave it at 1`)
}

function watchPid(get: (name: string) => string | undefined): Pick<ActionSettings, 'watchPid'> {
  const pid = parseWatchPid(get('watch-pid'), WATCH_INPUTS, get('start') !== undefined)
  return pid === undefined ? {} : { watchPid: pid }
}

function serviceStart(get: (name: string) => string | undefined): Pick<ActionSettings, 'service'> {
  const service = parseServiceStart(
    { start: get('start'), waitFor: get('wait-for'), waitTimeout: get('wait-timeout') },
    START_INPUTS
  )
  return service ? { service } : {}
}

/** The key goes into a header: a CR/LF in it would start another one. */
function apiKey(value: string | undefined): string | undefined {
  const why = value === undefined ? undefined : headerValueProblem(value)
  if (why) throw new InputError('api-key', why)
  return value
}

function bool(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(name, `must be true or false (got ${JSON.stringify(value)})`)
}

/** Artifact names must be unique in a workflow run and must not hold `/ \\ " : < > | * ?` or line breaks. */
export function artifactName(
  explicit: string | undefined,
  runDir: string,
  job: string | undefined,
  attempt: string | undefined,
  /** a shard's run: matrix jobs share one job id, and shards one start time */
  shard?: { index: number; of: number }
): string {
  const base =
    explicit ??
    `perf-gate-${shard ? `shard-${shard.index}-of-${shard.of}-` : ''}${runDir.split(/[\\/]/).pop()}${job ? `-${job}` : ''}${attempt ? `-${attempt}` : ''}`
  return base.replace(/[\\/"':<>|*?\r\n]+/g, '-')
}

/** A multi-line input: one entry per line, blank lines and surrounding spaces left out. */
function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
}
