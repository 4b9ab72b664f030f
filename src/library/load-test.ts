import { DEFAULTS } from '../config/defaults.js'
import { InputError } from '../config/errors.js'
import { formatPath } from '../config/field-path.js'
import { loadConfig, type PerfGateConfig } from '../config/load.js'
import { OPTION_LABELS, parseRunRequest, type RawRunRequest } from '../config/run-request.js'
import type { ServiceInput } from '../config/schema.js'
import type { RunHooks } from '../engine/load-runner.js'
import type { LoadTestResult } from '../engine/result.js'
import { executeRunPlan } from '../run/execute-plan.js'
import { buildRunPlan, type RunPlan } from '../run/plan.js'
import { recordingOf } from '../run/recording.js'
import type { Metrics } from '../metrics/types.js'
import { prepareRun } from '../run/prepare-run.js'
import { BreachAbort } from '../run/breach-abort.js'
import { runSeconds } from '../run/perform-test.js'
import { checkAbortAfter } from '../config/abort-after.js'

/** A service defined in code: the same fields as under `services:` in perf-gate.yml. */
export interface ServiceDefinition extends Omit<ServiceInput, 'endpoints' | 'weight'> {
  name: string
  /** the endpoint list; a service of journeys needs none */
  endpoints?: Array<{
    path: string
    method?: string
    body?: string | Record<string, unknown> | unknown[]
    headers?: Record<string, string>
    weight?: number
  }>
}

export interface LoadTestOptions extends Omit<
  RunHooks,
  'recorder' | 'clock' | 'ready' | 'cpu' | 'releaseTaken' | 'recordsBeforeStageEnd' | 'onWindow'
> {
  /** a preset or configured service name, a URL (one GET endpoint), or a service defined in code */
  service: string | ServiceDefinition
  /** concurrent connections (default 10) */
  users?: number | string
  /** seconds, or a duration such as `30s`, `5m`, `1h30m` (default 60) */
  duration?: number | string
  /** requests per second, paced evenly (latency then counts from each request's due time) */
  rps?: number | string
  /** with `rps`: the most connections to open when the target slows (default 100) */
  maxUsers?: number | string
  /** per-request timeout in seconds (default 10) */
  timeout?: number | string
  /**
   * load generator threads (default 1), or `auto`: each runs its share of the
   * users and rate; their requests make one result. Needs the built package
   * (dist/), as installed from npm.
   */
  workers?: number | 'auto' | string
  /** seconds (or `10s`) of load sent first and left out of every figure (default: the service's `warmup`, else none) */
  warmup?: number | string
  /**
   * which requests `saveResults` (and `performTest`) give a row in results.csv:
   * `all`, `errors`, `sample:N` or `none` (default: the service's `csv`, else `all`)
   */
  csv?: string
  baseUrl?: string
  /** a loaded config (`loadConfig`); presets only when omitted */
  config?: PerfGateConfig
  /** skip the reachability check (it runs by default) */
  skipPreflight?: boolean
  /**
   * where notes on the config go, as the CLI prints them to stderr (a
   * `{{name}}` filled only from a user's second iteration); default: a Node
   * warning (`process.on('warning')` sees it as a `PerfGateWarning`)
   */
  log?: (line: string) => void
}

/** The library's notes when the caller gives no `log`: Node's own channel, which a caller can listen to or silence. */
export const warnNote = (line: string): void => process.emitWarning(line, 'PerfGateWarning')

export interface StressTestOptions extends Omit<LoadTestOptions, 'users' | 'duration' | 'maxUsers'> {
  /** users at the last stage (default 100) */
  maxUsers?: number | string
  /** seconds (or `5m`, `1h30m`) to reach max users (default 300) */
  rampUp?: number | string
  /** equal stages (default 10): stage k runs (k+1)·maxUsers/steps users */
  steps?: number | string
  /** end right after the first breaking stage (default: after two consecutive critical stages) */
  stopOnBreak?: boolean
}

export interface SoakTestOptions extends LoadTestOptions {
  /** seconds, or `30m`, `2h` (default an hour) */
  duration?: number | string
  /** `histograms` (default: memory flat however long the run) or `requests` (each one kept) */
  record?: 'histograms' | 'requests'
}

/** A soak's run and its figures: kept as histograms, its requests are not in the recorder to compute them from. */
export interface SoakTestResult {
  result: LoadTestResult
  /** every figure, the drift judged (`metrics.drift`); percentiles from histograms said under `recording` */
  metrics: Metrics
}

export const LOAD_DEFAULTS = Object.freeze({
  users: DEFAULTS.users,
  duration: DEFAULTS.duration,
  timeout: DEFAULTS.timeout
})

export const STRESS_DEFAULTS = Object.freeze({
  maxUsers: DEFAULTS.maxUsers,
  rampUp: DEFAULTS.rampUp,
  steps: DEFAULTS.steps
})

/**
 * Runs a load test: `users` connections for `duration` seconds against every
 * endpoint of the service, recording each request. The spec's `load_test`.
 */
export function loadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  return runFromOptions(options, { ...options, service: serviceArg(options.service), mode: 'load' })
}

/**
 * Runs a stress test: the stages of `stressStages`, connections added at
 * each step and never dropped, every request recorded with its stage. The
 * spec's `stress_test`; `calculateMetrics` then adds `stages`.
 */
export function stressTest(options: StressTestOptions): Promise<LoadTestResult> {
  return runFromOptions(options, { ...options, service: serviceArg(options.service), mode: 'stress' })
}

/**
 * Runs a soak: a steady load for a long time (an hour by default), kept as
 * histograms so its memory does not grow with its length, and judged on its
 * drift (its last window against its first). Its figures come with it.
 */
export async function soakTest(options: SoakTestOptions): Promise<SoakTestResult> {
  const plan = await planFromOptions(options, {
    ...options,
    service: serviceArg(options.service),
    mode: 'soak'
  })
  const recording = recordingOf(plan)
  const result = await runPlan(plan, options, (hooks) => recording.hooks(hooks))
  return { result, metrics: recording.metrics(result) }
}

async function runFromOptions(
  options: LoadTestOptions | StressTestOptions,
  raw: RawRunRequest
): Promise<LoadTestResult> {
  return runPlan(await planFromOptions(options, raw), options, (hooks) => hooks)
}

/** A planned run, stopped as every face's is when a threshold's abort_after holds. */
async function runPlan(
  plan: RunPlan,
  options: LoadTestOptions | StressTestOptions,
  withHooks: (hooks: RunHooks) => RunHooks
): Promise<LoadTestResult> {
  const breaches = new BreachAbort(plan.target, options.signal)
  try {
    return breaches.finish(await executeRunPlan(plan, withHooks(breaches.hooks(options))))
  } finally {
    breaches.dispose()
  }
}

async function planFromOptions(
  options: LoadTestOptions | StressTestOptions,
  raw: RawRunRequest
): Promise<RunPlan> {
  const request = parseRunRequest(raw, OPTION_LABELS)
  const { config, service } = await withService(options.config ?? (await loadConfig()), options.service)
  // the same way into a run as the CLI's, without the run directory: the setup step (a login) runs once
  const plan = buildRunPlan({ ...request, service }, config)
  checkAbortAfter(plan.target, runSeconds(plan), config)
  const { plans } = await prepareRun([plan], {
    skipPreflight: options.skipPreflight,
    signal: options.signal,
    log: options.log ?? warnNote
  })
  return plans[0]
}

/** A named service or a URL is checked with the request (a URL with baseUrl is refused); a definition later. */
function serviceArg(service: string | ServiceDefinition): string {
  return typeof service === 'string' ? service : ''
}

/** A service defined in code joins the config under its name, checked by the config file's schema. */
async function withService(
  config: PerfGateConfig,
  service: string | ServiceDefinition
): Promise<{ config: PerfGateConfig; service: string }> {
  if (typeof service === 'string') return { config, service }
  const { name, ...definition } = service
  const { serviceSchema } = await import('../config/schema.js')
  const parsed = serviceSchema.safeParse(definition)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new InputError(`service ${name} ${formatPath(issue.path as (string | number)[])}`, issue.message)
  }
  return { config: { ...config, services: { ...config.services, [name]: parsed.data } }, service: name }
}
