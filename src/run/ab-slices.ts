import type { Clock } from '../engine/clock.js'
import type { RunOutcome } from '../engine/load-runner.js'
import { loopedSteps, sliceWindow, type Side } from './ab-side.js'
import type { AbOptions } from './ab-test.js'
import { executeRunPlan } from './execute-plan.js'

/**
 * How an A/B run's slices run: one side at a time (runSlices) or both at
 * once (runDuet), each slice through the plan executor as every run, and
 * kept on its side with its figures.
 */

/**
 * The slices from `from` to `to`, A B, B A, …, until the last, a signal, or
 * a sustained breach on either side; true when the run was cut short.
 */
export async function runSlices(
  a: Side,
  b: Side,
  range: { from: number; to: number },
  clock: Clock,
  options: AbOptions
): Promise<boolean> {
  const stopped = (): boolean => cutShort(a, b, options.signal)
  const count = range.to
  for (let k = range.from; k < count; k++) {
    if (stopped()) return true
    // A B, then B A: each side runs first in half the pairs, so a trend in time cancels out
    const s = k % 2 === Math.floor(k / 2) % 2 ? a : b
    const outcome = await recordedSlice(s, { index: k, of: count }, clock, options)
    if (outcome.partial) return true
  }
  return stopped()
}

/**
 * A duet's slices from `from` to `to`: A's and B's side by side, pair by
 * pair, each pair started together; true when the run was cut short.
 */
export async function runDuet(
  a: Side,
  b: Side,
  range: { from: number; to: number },
  clock: Clock,
  options: AbOptions
): Promise<boolean> {
  const stopped = (): boolean => cutShort(a, b, options.signal)
  for (let k = range.from; k < range.to; k += 2) {
    if (stopped()) return true
    const outcomes = await Promise.all(
      [a, b].map((s, i) => recordedSlice(s, { index: k + i, of: range.to }, clock, options))
    )
    if (outcomes.some((o) => o.partial)) return true
  }
  return stopped()
}

/** A signal, or a sustained breach on either side, ends the run. */
function cutShort(a: Side, b: Side, signal: AbortSignal | undefined): boolean {
  return a.breaches.signal.aborted || b.breaches.signal.aborted || !!signal?.aborted
}

/** One slice of one side, run and kept with its figures; its outcome. */
async function recordedSlice(
  s: Side,
  at: { index: number; of: number },
  clock: Clock,
  options: AbOptions
): Promise<RunOutcome> {
  const from = s.recorder.length
  const outcome = await runSlice(s, clock, options.signal)
  const to = s.recorder.length
  const w = sliceWindow(s.recorder, from, to, outcome)
  const steps = loopedSteps(s.plan.target).map((ep) => sliceWindow(s.recorder, from, to, outcome, ep))
  s.slices.push({ startUs: outcome.startUs, endUs: outcome.endUs, outcome, window: w, steps })
  options.onSlice?.({ ...at, side: s.name, requests: w.requests, p95Ms: w.p95 * 1000 })
  return outcome
}

/**
 * One slice of one side, through the plan executor as every run. It goes on
 * through the data and the endpoint mix where the side's last slice left
 * them: each slice starting afresh would send the first endpoints of the
 * cycle more often than their weight. A warm-up runs before the side's first
 * slice only.
 */
async function runSlice(s: Side, clock: Clock, signal: AbortSignal | undefined): Promise<RunOutcome> {
  const first = s.slices.length === 0
  const { warmup: _, ...settings } = s.plan.settings
  const result = await executeRunPlan(
    first ? s.plan : { ...s.plan, settings },
    s.breaches.hooks({
      recorder: s.recorder,
      userPool: s.users,
      clock,
      ...(signal ? { signal } : {}),
      onRecords: (r, lo, hi) => s.csv.append(r, lo, hi)
    })
  )
  if (first && result.warmup) s.warmup = result.warmup
  const { outcome } = result
  const { inputs } = s.plan
  s.plan = {
    ...s.plan,
    ...(inputs && outcome.dataTaken ? { inputs: { ...inputs, taken: outcome.dataTaken } } : {}),
    cycleStart: outcome.cycleNext ?? 0
  }
  return outcome
}
