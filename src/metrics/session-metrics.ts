import type { Endpoint } from '../config/resolve.js'
import type { SessionSummary } from '../engine/session/session-stats.js'
import { decodeHdr, hdrQuantile } from './hdr.js'
import { percent, round, seconds } from './summary-stats.js'
import type { CheckMetrics, JourneyMetrics, Metrics } from './types.js'

/**
 * The figures of virtual users beyond their requests: each journey's
 * iterations and their durations (the steps' response times added up, think
 * time left out), and the pass rate of every check. From histograms and
 * counts, so they merge across workers and shards.
 */
export function sessionMetrics(
  summary: SessionSummary | undefined,
  endpoints: readonly Endpoint[],
  durationSec: number
): Pick<Metrics, 'journeys' | 'checks' | 'check_pass_rate'> {
  if (!summary) return {}
  const stepChecks = (name: string): { passed: number; failed: number } => {
    let passed = 0
    let failed = 0
    for (const c of summary.checks)
      if (endpoints[c.endpoint]?.journey === name) {
        passed += c.passed
        failed += c.failed
      }
    return { passed, failed }
  }
  const journeys = summary.journeys.map((j): JourneyMetrics => {
    const hdr = decodeHdr(j.durationHdr)
    const checked = stepChecks(j.name)
    return {
      journey: j.name,
      steps: endpoints.filter((e) => e.journey === j.name).map((e) => e.step!),
      once_steps: endpoints.filter((e) => e.journey === j.name && e.rules?.once).length,
      step_think: endpoints
        .filter((e) => e.journey === j.name)
        .map((e) => (e.rules?.think ? round((e.rules.think.minSec + e.rules.think.maxSec) / 2, 3) : 0)),
      iterations: j.iterations,
      failed_iterations: j.failed,
      restarted_iterations: j.restarted,
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
      endpoint: endpoints[c.endpoint]?.name ?? `#${c.endpoint}`,
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
