import { windowStats, type ProgressSnapshot } from './progress.js'
import type { Recorder } from './recorder.js'

/** The records [from, to) that came in over the last `seconds` of load (about one, a run's last less). */
export interface RecordWindow {
  from: number
  to: number
  seconds: number
}

export interface FeedHooks {
  onProgress?: (s: ProgressSnapshot) => void
  onRecords?: (recorder: Recorder, from: number, to: number) => void | Promise<void>
  /**
   * the same records as progress counts them, each second and once more for
   * the run's rest, synchronously (a watch judges each second on its own figures)
   */
  onWindow?: (recorder: Recorder, window: RecordWindow) => void
  /** free the records once `onRecords` took them and progress counted them (a worker thread keeps no copy) */
  releaseTaken?: boolean
}

/**
 * What a run hands its watchers once a second: a progress snapshot of the
 * records that came in since the last one, and those records (e.g. for the
 * CSV), each batch after the previous one has been taken.
 */
export class RunFeed {
  /** records already counted in progress, and failures among them */
  private ticked: number
  private errorsSoFar = 0
  /** seconds of load when the last window ended */
  private windowEnd = 0
  /** records already handed to `onRecords`, and the chain of those calls */
  private flushed: number
  private flushing: Promise<void> = Promise.resolve()

  constructor(
    private readonly recorder: Recorder,
    private readonly hooks: FeedHooks
  ) {
    this.ticked = this.flushed = recorder.length
  }

  tick(at: { elapsedSec: number; totalSec: number; users: number }): void {
    const to = this.recorder.length
    this.window(to, at.elapsedSec)
    const w = windowStats(this.recorder, this.ticked, to)
    this.errorsSoFar += w.errors
    this.ticked = to
    this.hooks.onProgress?.({
      ...at,
      requests: to,
      rps: w.sent,
      p95Ms: w.p95Us / 1000,
      errors: this.errorsSoFar
    })
    this.flush()
  }

  /** Hands on the records since the last call; settles when they (and every batch before) were taken. */
  flush(): Promise<void> {
    const to = this.recorder.length
    if (!this.hooks.onRecords || to === this.flushed) return this.flushing
    const from = this.flushed
    this.flushed = to
    this.flushing = this.flushing.then(async () => {
      await this.hooks.onRecords?.(this.recorder, from, to)
      if (this.hooks.releaseTaken) this.recorder.release(Math.min(this.ticked, to))
    })
    return this.flushing
  }

  /**
   * Hands over what is left and waits until every batch was taken; `endSec`
   * (seconds of load at the run's end) hands the last window on too.
   */
  async drained(endSec?: number): Promise<void> {
    if (endSec !== undefined) {
      const to = this.recorder.length
      this.window(to, endSec)
      this.ticked = to
    }
    this.flush()
    await this.flushing
  }

  private window(to: number, elapsedSec: number): void {
    // a paced run's clock restarts once its first connections are open: its first window starts there
    const seconds = elapsedSec >= this.windowEnd ? elapsedSec - this.windowEnd : elapsedSec
    this.windowEnd = elapsedSec
    this.hooks.onWindow?.(this.recorder, { from: this.ticked, to, seconds })
  }
}
