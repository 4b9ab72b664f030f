import type { Recorder } from '../engine/recorder.js'
import type { RecordWindow } from '../engine/run-feed.js'
import { BreachStreak, type Breach, type BreachRule, type SecondFigures } from './breach-streak.js'

/**
 * Windows shorter than this are added to the next before they are judged: a
 * run's last moments, an A/B slice's tail, a paced run's start are a few
 * milliseconds with a handful of requests, no second's figures.
 */
const MIN_JUDGED_SEC = 0.5

/** A second's figures of one scope as its records come in. */
class Tally {
  requests = 0
  failed = 0
  latenciesUs = new Uint32Array(1024)

  add(latencyUs: number, failed: boolean): void {
    if (this.requests === this.latenciesUs.length) {
      const grown = new Uint32Array(this.latenciesUs.length * 2)
      grown.set(this.latenciesUs)
      this.latenciesUs = grown
    }
    this.latenciesUs[this.requests++] = latencyUs
    if (failed) this.failed++
  }

  figures(seconds: number): SecondFigures {
    return { seconds, requests: this.requests, failed: this.failed, latenciesUs: this.latenciesUs }
  }

  reset(): void {
    this.requests = 0
    this.failed = 0
  }
}

/**
 * Judges a run's `abort_after` rules second by second, on the records each
 * window of the run feed brings (RunFeed `onWindow`), and says the first
 * breach that held its rule's `abort_after`. It copies what it needs of each
 * record at once: the records may be freed after the window.
 */
export class BreachWatch {
  private readonly streaks: BreachStreak[]
  /** the run's records (key -1), and each endpoint's that a rule of its own watches */
  private readonly tallies = new Map<number, Tally>()
  private pendingSec = 0
  private found?: Breach

  constructor(
    rules: readonly BreachRule[],
    private readonly onBreach: (b: Breach) => void,
    /** wall clock, ms (a test's fake clock) */
    private readonly nowMs: () => number = Date.now
  ) {
    this.streaks = rules.map((r) => new BreachStreak(r))
    for (const r of rules) this.tallies.set(r.endpoint ?? -1, new Tally())
  }

  get breach(): Breach | undefined {
    return this.found
  }

  window(recorder: Recorder, w: RecordWindow): void {
    if (this.found || this.streaks.length === 0) return
    const all = this.tallies.get(-1)
    const byEndpoint = this.tallies.size > (all ? 1 : 0)
    for (let i = w.from; i < w.to; i++) {
      const latency = recorder.latencyUs(i)
      const failed = recorder.errorIdAt(i) !== 0
      all?.add(latency, failed)
      if (byEndpoint) this.tallies.get(recorder.endpoint(i))?.add(latency, failed)
    }
    this.pendingSec += w.seconds
    if (this.pendingSec < MIN_JUDGED_SEC) return
    this.judge(this.pendingSec, this.nowMs())
  }

  private judge(seconds: number, now: number): void {
    this.pendingSec = 0
    for (const s of this.streaks) {
      const breach = s.observe(this.tallies.get(s.rule.endpoint ?? -1)!.figures(seconds), now)
      if (breach && !this.found) this.found = breach
    }
    for (const t of this.tallies.values()) t.reset()
    if (this.found) this.onBreach(this.found)
  }
}
