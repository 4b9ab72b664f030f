import { InputError } from '../config/errors.js'
import { loadConfig, type PerfGateConfig } from '../config/load.js'
import { resolveTarget, type Target } from '../config/resolve.js'
import type { ServiceConfig } from '../config/schema.js'
import { DEFAULTS, LIMITS } from '../config/defaults.js'
import { durationSeconds, positiveNumber, wholeNumber } from '../config/validate.js'
import { formatPath } from '../config/field-path.js'
import { runStages, type RunHooks, type Stage } from './load-runner.js'
import { checkReachable } from './preflight.js'
import type { LoadTestResult, Mode, RunSettings, StressSettings } from './result.js'
import { stressStopPolicy } from '../gate/stop-policy.js'

/** A service defined in code: the same fields as under `services:` in perf-gate.yml. */
export interface ServiceDefinition extends Omit<ServiceConfig, 'endpoints' | 'weight'> {
  name: string
  endpoints: Array<{
    path: string
    method?: string
    body?: string | Record<string, unknown> | unknown[]
    headers?: Record<string, string>
    weight?: number
  }>
}

export interface LoadTestOptions extends Omit<RunHooks, 'recorder' | 'clock'> {
  /** a preset or configured service name, or a service defined in code */
  service: string | ServiceDefinition
  /** concurrent connections (default 10) */
  users?: number | string
  /** seconds, or a duration such as `30s`, `5m`, `1h30m` (default 60) */
  duration?: number | string
  /** cap on total requests per second */
  rps?: number | string
  /** per-request timeout in seconds (default 10) */
  timeout?: number | string
  baseUrl?: string
  /** a loaded config (`loadConfig`); presets only when omitted */
  config?: PerfGateConfig
  /** skip the reachability check (it runs by default) */
  skipPreflight?: boolean
  /** how to name each option in error messages (`--users` on the CLI, `users` in the action) */
  fieldNames?: Partial<Record<'users' | 'duration' | 'rps' | 'timeout' | 'baseUrl', string>>
}

export const LOAD_DEFAULTS = Object.freeze({
  users: DEFAULTS.users,
  duration: DEFAULTS.duration,
  timeout: DEFAULTS.timeout
})

/** Validates options and resolves the target without sending anything. */
export async function planLoadTest(
  options: LoadTestOptions
): Promise<{ target: Target; users: number; duration: number; rps?: number; timeout: number }> {
  const f = {
    users: 'users',
    duration: 'duration',
    rps: 'rps',
    timeout: 'timeout',
    baseUrl: 'baseUrl',
    ...options.fieldNames
  }
  const users = wholeNumber(f.users, options.users, DEFAULTS.users, 1, LIMITS.users)
  const duration = durationSeconds(f.duration, options.duration, DEFAULTS.duration, LIMITS.duration)
  const rps = positiveNumber(f.rps, options.rps, undefined, LIMITS.rps, 'requests per second')
  const timeout = durationSeconds(f.timeout, options.timeout, DEFAULTS.timeout, LIMITS.timeout)
  let config = options.config ?? (await loadConfig())
  let name: string
  if (typeof options.service === 'string') {
    name = options.service
  } else {
    const { name: n, ...definition } = options.service
    const { serviceSchema } = await import('../config/schema.js')
    const parsed = serviceSchema.safeParse(definition)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new InputError(`service ${n} ${formatPath(issue.path as (string | number)[])}`, issue.message)
    }
    name = n
    config = { ...config, services: { ...config.services, [name]: parsed.data } }
  }
  const target = resolveTarget(config, name, options.baseUrl, f.baseUrl)
  return { target, users, duration, rps, timeout }
}

/**
 * Runs a load test: `users` connections for `duration` seconds against every
 * endpoint of the service, recording each request. The spec's `load_test`.
 */
export async function loadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  const plan = await loadRunPlan(options)
  if (!options.skipPreflight) await checkReachable(plan.target, plan.settings.timeout)
  return executeRunPlan(plan, options)
}

/** A validated test, ready to run: where, which stages, and the settings reports show. */
export interface RunPlan {
  mode: Mode
  target: Target
  stages: Stage[]
  settings: RunSettings
}

export async function loadRunPlan(options: LoadTestOptions): Promise<RunPlan> {
  const p = await planLoadTest(options)
  return {
    mode: 'load',
    target: p.target,
    stages: [{ users: p.users, durationSec: p.duration }],
    settings: { users: p.users, duration: p.duration, rps: p.rps, timeout: p.timeout }
  }
}

export async function stressRunPlan(options: StressTestOptions): Promise<RunPlan> {
  const p = await planStressTest(options)
  return {
    mode: 'stress',
    target: p.target,
    stages: stressStages(p.stress),
    settings: {
      users: p.stress.maxUsers,
      duration: p.stress.rampUp,
      rps: p.rps,
      timeout: p.timeout,
      stress: p.stress
    }
  }
}

/** Runs a plan's stages; a stress ramp ends early by `stressStopPolicy` unless the hooks decide. */
export async function executeRunPlan(plan: RunPlan, hooks: RunHooks): Promise<LoadTestResult> {
  const { stress } = plan.settings
  const outcome = await runStages(
    { target: plan.target, stages: plan.stages, rps: plan.settings.rps, timeoutSec: plan.settings.timeout },
    {
      ...hooks,
      onStageEnd:
        hooks.onStageEnd ??
        (stress ? stressStopPolicy(plan.target.thresholds, stress.stopOnBreak) : undefined)
    }
  )
  return { mode: plan.mode, target: plan.target, settings: plan.settings, outcome }
}

export const STRESS_DEFAULTS = Object.freeze({
  maxUsers: DEFAULTS.maxUsers,
  rampUp: DEFAULTS.rampUp,
  steps: DEFAULTS.steps
})

export interface StressTestOptions extends Omit<LoadTestOptions, 'users' | 'duration' | 'fieldNames'> {
  /** users at the last stage (default 100) */
  maxUsers?: number | string
  /** seconds (or `5m`, `1h30m`) to reach max users (default 300) */
  rampUp?: number | string
  /** equal stages (default 10): stage k runs (k+1)·maxUsers/steps users */
  steps?: number | string
  /** end right after the first breaking stage (default: after two consecutive critical stages) */
  stopOnBreak?: boolean
  fieldNames?: Partial<Record<'maxUsers' | 'rampUp' | 'steps' | 'rps' | 'timeout' | 'baseUrl', string>>
}

/** The stage schedule of a stress test: users (k+1)·max/steps, each for rampUp/steps seconds. */
export function stressStages(s: StressSettings): Stage[] {
  return Array.from({ length: s.steps }, (_, k) => ({
    users: Math.max(1, Math.round(((k + 1) * s.maxUsers) / s.steps)),
    durationSec: s.rampUp / s.steps
  }))
}

/** Validates stress options and resolves the target without sending anything. */
export async function planStressTest(
  options: StressTestOptions
): Promise<{ target: Target; stress: StressSettings; rps?: number; timeout: number }> {
  const f = { maxUsers: 'maxUsers', rampUp: 'rampUp', steps: 'steps', ...options.fieldNames }
  const maxUsers = wholeNumber(f.maxUsers, options.maxUsers, STRESS_DEFAULTS.maxUsers, 1, LIMITS.users)
  const rampUp = durationSeconds(f.rampUp, options.rampUp, STRESS_DEFAULTS.rampUp, LIMITS.duration)
  const steps = wholeNumber(f.steps, options.steps, STRESS_DEFAULTS.steps, 1, LIMITS.steps)
  const plan = await planLoadTest({
    ...options,
    users: maxUsers,
    duration: rampUp,
    fieldNames: options.fieldNames
  })
  return {
    target: plan.target,
    stress: { maxUsers, rampUp, steps, stopOnBreak: options.stopOnBreak ?? false },
    rps: plan.rps,
    timeout: plan.timeout
  }
}

/**
 * Runs a stress test: the stages of `stressStages`, connections added at
 * each step and never dropped, every request recorded with its stage. The
 * spec's `stress_test`; `calculateMetrics` then adds `stages`.
 */
export async function stressTest(options: StressTestOptions): Promise<LoadTestResult> {
  const plan = await stressRunPlan(options)
  if (!options.skipPreflight) await checkReachable(plan.target, plan.settings.timeout)
  return executeRunPlan(plan, options)
}
