import type { Endpoint } from '../config/resolve.js'
import type { SessionSummary } from '../engine/session/session-stats.js'
import { decodeHdr, hdrQuantile } from './hdr.js'
import { percent, round, seconds } from './summary-stats.js'
import type { CheckMetrics, EndpointMetrics, JourneyMetrics, Metrics } from './types.js'

/**
 * What the journey figures need of an endpoint, and all of it: a run reads
 * it from its target, a merged run from its shards' `mergeable`, and both
 * then compute the same figures the same way.
 */
export interface StepInfo {
  name: string
  /** a journey's step: the journey's and the step's names */
  journey?: string
  step?: string
  /** sent once in a user's life (a login) */
  once: boolean
  /** the mean pause after the step, seconds (0: none) */
  think: number
}

export function stepInfos(endpoints: readonly Endpoint[]): StepInfo[] {
  return endpoints.map((e) => ({
    name: e.name,
    ...(e.journey ? { journey: e.journey, step: e.step } : {}),
    once: e.rules?.once ?? false,
    think: e.rules?.think ? round((e.rules.think.minSec + e.rules.think.maxSec) / 2, 3) : 0
  }))
}

/** A step's own fields of per_endpoint: its journey and step, its checks' pass rate. */
export function stepFields(
  s: StepInfo,
  checkPassRate: number | undefined
): Pick<EndpointMetrics, 'journey' | 'step' | 'check_pass_rate'> {
  return {
    ...(s.journey ? { journey: s.journey, step: s.step } : {}),
    ...(checkPassRate !== undefined ? { check_pass_rate: checkPassRate } : {})
  }
}

/**
 * The figures of virtual users beyond their requests: each journey's
 * iterations and their durations (the steps' response times added up, think
 * time left out), and the pass rate of every check. From histograms and
 * counts, so they merge across workers and shards.
 */
export function sessionMetrics(
  summary: SessionSummary | undefined,
  steps: readonly StepInfo[],
  durationSec: number
): Pick<Metrics, 'journeys' | 'checks' | 'check_pass_rate'> {
  if (!summary) return {}
  const stepChecks = (name: string): { passed: number; failed: number } => {
    let passed = 0
    let failed = 0
    for (const c of summary.checks)
      if (steps[c.endpoint]?.journey === name) {
        passed += c.passed
        failed += c.failed
      }
    return { passed, failed }
  }
  const journeys = summary.journeys.map((j): JourneyMetrics => {
    const hdr = decodeHdr(j.durationHdr)
    const checked = stepChecks(j.name)
    const own = steps.filter((s) => s.journey === j.name)
    return {
      journey: j.name,
      steps: own.map((s) => s.step!),
      once_steps: own.filter((s) => s.once).length,
      step_think: own.map((s) => s.think),
      iterations: j.iterations,
      failed_iterations: j.failed,
      restarted_iterations: j.restarted,
      ...(own.some((s) => s.once) ? { once_failures: j.onceFailed } : {}),
      iterations_per_second: round(j.iterations / durationSec, 2),
      average_duration: seconds(j.iterations > 0 ? hdr.mean : 0),
      median_duration: seconds(hdrQuantile(hdr, 0.5)),
      p95_duration: seconds(hdrQuantile(hdr, 0.95)),
      p99_duration: seconds(hdrQuantile(hdr, 0.99)),
      max_duration: seconds(hdr.maxValue),
      ...(checked.passed + checked.failed > 0
        ? { check_pass_rate: percent(checked.passed, checked.passed + checked.failed) }
        : {})
    }
  })
  const byCheck = summary.checks
    .map((c) => ({
      endpoint: steps[c.endpoint]?.name ?? `#${c.endpoint}`,
      check: c.label,
      passed: c.passed,
      failed: c.failed,
      pass_rate: percent(c.passed, c.passed + c.failed)
    }))
    .sort((a, b) => b.failed - a.failed || a.endpoint.localeCompare(b.endpoint))
  const passed = byCheck.reduce((n, c) => n + c.passed, 0)
  const failed = byCheck.reduce((n, c) => n + c.failed, 0)
  const checks: CheckMetrics | undefined =
    byCheck.length > 0
      ? {
          total: passed + failed,
          passed,
          failed,
          pass_rate: percent(passed, passed + failed),
          by_check: byCheck
        }
      : undefined
  return {
    ...(journeys.length > 0 ? { journeys } : {}),
    ...(checks ? { checks, check_pass_rate: checks.pass_rate } : {})
  }
}

/** Each endpoint's (step's) share of its checks that passed, for its figures and thresholds. */
export function endpointCheckRates(
  summary: SessionSummary | undefined,
  count: number
): (number | undefined)[] {
  const passed = new Array<number>(count).fill(0)
  const run = new Array<number>(count).fill(0)
  for (const c of summary?.checks ?? []) {
    passed[c.endpoint] += c.passed
    run[c.endpoint] += c.passed + c.failed
  }
  return run.map((n, e) => (n > 0 ? percent(passed[e], n) : undefined))
}
