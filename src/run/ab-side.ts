import type { RunOutcome, StageTiming } from '../engine/load-runner.js'
import type { Recorder } from '../engine/recorder.js'
import type { LoadTestResult } from '../engine/result.js'
import { compareSlices, headline, type Comparison, type Tolerances, type Window } from '../gate/compare.js'
import { withSliceSteps, type StepPairs } from '../gate/step-comparison.js'
import type { Metrics } from '../metrics/types.js'
import { quantilesInPlace, round } from '../metrics/summary-stats.js'
import type { CsvWriter } from '../report/files/csv-writer.js'
import type { BreachAbort } from './breach-abort.js'
import type { RunPlan } from './plan.js'
import { mergedSessions } from '../engine/session/session-stats.js'
import type { UserPool } from '../engine/session/user-pool.js'

/** One side of an A/B run as its slices go by. */
export interface Side {
  name: 'A' | 'B'
  /**
   * its next slice: its target with its own setup's captured values, and
   * where in the data and the request cycle the last slice left off, so the
   * mix over the run follows the weights
   */
  plan: RunPlan
  recorder: Recorder
  /** its virtual users, the same from slice to slice (logged in once, cookies kept) */
  users: UserPool
  csv: CsvWriter
  /** its thresholds' abort_after, judged on its own seconds of load */
  breaches: BreachAbort
  /** each slice with its figures, the unit of the A/B comparison */
  slices: {
    startUs: number
    endUs: number
    outcome: RunOutcome
    window: Window
    /** the slice's figures of each looped journey step (`loopedSteps`), in that order */
    steps: Window[]
  }[]
  /** the warm-up before its first slice, when the service has one */
  warmup?: RunOutcome
}

/** One side's slices as one run: its records, its active time, its generator load and pacing summed. */
export function sideResult(s: Side, settings: LoadTestResult['settings']): LoadTestResult {
  const first = s.slices[0].outcome
  const last = s.slices[s.slices.length - 1].outcome
  const timings = s.slices.flatMap((x) => x.outcome.stages)
  const activeUs = s.slices.reduce((t, x) => t + (x.endUs - x.startUs), 0)
  const stage: StageTiming = {
    index: 0,
    users: Math.max(...timings.map((t) => t.users)),
    startUs: first.startUs,
    endUs: last.endUs,
    firstRecord: 0,
    eventLoopP99Ms: Math.max(...timings.map((t) => t.eventLoopP99Ms)),
    cpuPercent: timings.reduce((t, x) => t + x.cpuPercent * (x.endUs - x.startUs), 0) / Math.max(1, activeUs)
  }
  const paced = s.slices.map((x) => x.outcome.pacing).filter((p) => p !== undefined)
  const sum = (k: 'due' | 'sent' | 'late' | 'dropped' | 'droppedAtEnd'): number =>
    paced.reduce((t, p) => t + p[k], 0)
  return {
    // each side is one side of an A/B test, never a load test of its own (reports, summary and trends say so)
    mode: 'ab',
    target: s.plan.target,
    settings: { ...settings, duration: Math.round(activeUs / 1e3) / 1e3 },
    ...(s.warmup ? { warmup: s.warmup } : {}),
    outcome: {
      recorder: s.recorder,
      startedAtMs: first.startedAtMs,
      endedAtMs: last.endedAtMs,
      startUs: first.startUs,
      endUs: last.endUs,
      partial: s.slices.some((x) => x.outcome.partial),
      abortReason: s.slices.find((x) => x.outcome.abortReason)?.outcome.abortReason,
      stages: [stage],
      slices: s.slices.map((x) => ({ startUs: x.startUs, endUs: x.endUs })),
      ...mergedSessions(s.slices.map((x) => x.outcome)),
      ...(paced.length
        ? {
            pacing: {
              rate: paced[0].rate,
              due: sum('due'),
              sent: sum('sent'),
              late: sum('late'),
              dropped: sum('dropped'),
              droppedAtEnd: sum('droppedAtEnd'),
              maxUsers: Math.max(...paced.map((p) => p.maxUsers)),
              usersReached: Math.max(...paced.map((p) => p.usersReached))
            }
          }
        : {})
    }
  }
}

/** The k-th slice of A with the k-th slice of B: they ran back to back, or side by side (duet). */
export function slicePairs(a: Side, b: Side): { baseline: Window; current: Window }[] {
  const n = Math.min(a.slices.length, b.slices.length)
  return Array.from({ length: n }, (_, k) => ({ baseline: a.slices[k].window, current: b.slices[k].window }))
}

/** A window as metrics.json keeps it: times to the µs, lengths to the 0.1 ms. */
export function rounded(w: Window): Window {
  return { ...w, p50: round(w.p50, 6), p95: round(w.p95, 6), seconds: round(w.seconds, 4) }
}

/**
 * One slice's figures: records [from, to) of its side's recorder, or of
 * one endpoint's among them (a journey's step, judged alone).
 */
export function sliceWindow(
  r: Recorder,
  from: number,
  to: number,
  { startUs, endUs }: RunOutcome,
  endpoint?: number
): Window {
  let errors = 0
  let sent = 0
  let n = 0
  const all = endpoint === undefined
  const latencies = all ? r.latencies(from, to) : new Uint32Array(to - from)
  for (let i = from; i < to; i++) {
    if (!all) {
      if (r.endpoint(i) !== endpoint) continue
      latencies[n] = r.latencyUs(i)
    }
    n++
    if (r.errorIdAt(i) !== 0) errors++
    if (r.wasSent(i)) sent++
  }
  const [p50, p95] = n > 0 ? quantilesInPlace(latencies.subarray(0, n), [0.5, 0.95]) : [0, 0]
  return {
    requests: n,
    sent,
    errors,
    p50: p50 / 1e6,
    p95: p95 / 1e6,
    seconds: (endUs - startUs) / 1e6
  }
}

/** The looped steps of the service's journeys (once-steps run once a side: no pairs to judge). */
export function loopedSteps(target: RunPlan['target']): number[] {
  return target.endpoints.flatMap((e, k) => (e.journey && !e.rules?.once ? [k] : []))
}

/** B against A: the run's pairs of slices, and each looped journey step's alone. */
export function abComparison(
  a: Side,
  b: Side,
  metrics: { a: Metrics; b: Metrics },
  tolerances: Tolerances | undefined,
  /** the intervals' level (a look's, under --max-duration; default 0.95) */
  level?: number,
  duet?: boolean
): Comparison {
  const o = { tolerances, ...(level !== undefined ? { level } : {}), ...(duet ? { duet } : {}) }
  return withSliceSteps(
    compareSlices(slicePairs(a, b), { baseline: headline(metrics.a), current: headline(metrics.b) }, o),
    stepPairs(a, b, metrics),
    o
  )
}

/** Each looped step's pairs of slices, and each side's figures of it, for its own verdict. */
function stepPairs(a: Side, b: Side, metrics: { a: Metrics; b: Metrics }): StepPairs[] {
  const n = Math.min(a.slices.length, b.slices.length)
  return loopedSteps(b.plan.target).map((ep, k) => ({
    endpoint: b.plan.target.endpoints[ep].name,
    pairs: Array.from({ length: n }, (_, i) => ({
      baseline: a.slices[i].steps[k],
      current: b.slices[i].steps[k]
    })),
    headlines: {
      baseline: headline(metrics.a.per_endpoint[ep]),
      current: headline(metrics.b.per_endpoint[ep])
    }
  }))
}
