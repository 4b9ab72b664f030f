import { windowStats, type ProgressSnapshot } from './progress.js'
import type { Recorder } from './recorder.js'

export interface FeedHooks {
  onProgress?: (s: ProgressSnapshot) => void
  onRecords?: (recorder: Recorder, from: number, to: number) => void | Promise<void>
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

  /** Hands over what is left and waits until every batch was taken. */
  async drained(): Promise<void> {
    this.flush()
    await this.flushing
  }
}
