import type { ThresholdAbort } from '../config/abort-after.js'
import type { Target } from '../config/resolve.js'
import type { RunHooks } from '../engine/load-runner.js'
import type { LoadTestResult } from '../engine/result.js'
import { breachRules, type Breach } from '../gate/breach-streak.js'
import { BreachWatch } from '../gate/breach-watch.js'
import { thresholdAbortSentence } from '../report/format/sentences.js'

/**
 * A run watched for its thresholds' `abort_after`: its hooks judge each
 * second, and a sustained breach stops it the way a signal does (the load
 * stops, what was recorded is kept); its result then says which threshold
 * stopped it and since when. A target without `abort_after` is left as it is.
 */
export class BreachAbort {
  private readonly controller = new AbortController()
  private readonly watch: BreachWatch
  private readonly watching: boolean
  private readonly side?: 'A' | 'B'
  private readonly unlink: () => void

  constructor(
    target: Pick<Target, 'thresholds' | 'endpoints'>,
    /** the face's signal (Ctrl-C): still stops the run, and a breach is no longer looked for */
    private readonly outer?: AbortSignal,
    options: { side?: 'A' | 'B'; nowMs?: () => number } = {}
  ) {
    this.side = options.side
    const rules = breachRules(target)
    this.watching = rules.length > 0
    this.watch = new BreachWatch(rules, () => this.controller.abort(), options.nowMs)
    const follow = (): void => this.controller.abort()
    outer?.addEventListener('abort', follow, { once: true })
    if (outer?.aborted) follow()
    this.unlink = () => outer?.removeEventListener('abort', follow)
  }

  /** The breach that stopped the run, when one did, and on which side of an A/B run. */
  get stop(): BreachStop | undefined {
    const breach = this.watch.breach
    return breach && { breach, ...(this.side ? { side: this.side } : {}) }
  }

  /** Fired by a breach, or by the face's signal. */
  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** A run's hooks with the watch added: its windows judged, its signal also fired by a breach. */
  hooks<H extends RunHooks>(h: H): H {
    if (!this.watching) return h
    const own = h.onWindow
    return {
      ...h,
      signal: this.controller.signal,
      onWindow: (recorder, w) => {
        own?.(recorder, w)
        // after a Ctrl-C the run is ending anyway: it is the signal's, not a breach's
        if (!this.outer?.aborted) this.watch.window(recorder, w)
      }
    }
  }

  /**
   * The run's result, saying the breach that stopped it (this watch's, or
   * an A/B run's other side's), its seconds counted from `runStartMs`.
   */
  finish(result: LoadTestResult, stop = this.stop, runStartMs = result.outcome.startedAtMs): LoadTestResult {
    if (!stop) return result
    const thresholdAbort = describeBreach(stop, runStartMs)
    return {
      ...result,
      thresholdAbort,
      outcome: { ...result.outcome, partial: true, abortReason: thresholdAbortSentence(thresholdAbort) }
    }
  }

  dispose(): void {
    this.unlink()
  }
}

/** A breach, and the side of an A/B run whose load breached. */
export interface BreachStop {
  breach: Breach
  side?: 'A' | 'B'
}

/** A breach as metrics.json records it. */
function describeBreach({ breach: b, side }: BreachStop, runStartMs: number): ThresholdAbort {
  const second = (ms: number): number => Math.max(0, Math.round((ms - runStartMs) / 100) / 10)
  const r = b.rule
  return {
    threshold: r.name,
    scope: r.scope,
    label: r.label,
    unit: r.unit,
    abort_after: r.abortAfter,
    critical: r.band.critical,
    higher_is_better: r.higherIsBetter,
    value: Math.round(b.value * 1e6) / 1e6,
    since: new Date(b.sinceMs).toISOString(),
    since_second: second(b.sinceMs),
    at: new Date(b.atMs).toISOString(),
    at_second: second(b.atMs),
    ...(side ? { side } : {})
  }
}
