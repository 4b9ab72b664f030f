import { InputError } from '../config/errors.js'
import type { MergeableRun } from '../metrics/mergeable.js'
import { dhm } from '../metrics/mergeable-schema.js'

/** A shard as `merge` read it: where it is, and its figures' clock and test. */
export interface TimedShard {
  dir: string
  mergeable: Pick<MergeableRun, 'started_ms' | 'test'>
}

/**
 * Shards that did not load the service together: their sum is not the load
 * of the test (a shard re-run alone, a runner that started long after the
 * others). Allowed: a few seconds, or 5% of the run.
 */
export function apart(shards: readonly TimedShard[]): string[] {
  const starts = shards.map((s) => s.mergeable.started_ms)
  const spread = (Math.max(...starts) - Math.min(...starts)) / 1000
  const allowed = Math.max(3, 0.05 * shards[0].mergeable.test.duration)
  if (spread <= allowed) return []
  return [
    `the shards started ${spread.toFixed(1)} s apart (more than ${allowed.toFixed(0)} s): they did not load the service together; ` +
      (shards[0].mergeable.test.start_at
        ? 'a shard started after its --start-at (a runner that came up late, or a job re-run alone): run them all again, with a later --start-at (input start-at)'
        : 'give them one --start-at (input start-at)')
  ]
}

/**
 * Shards that started this far apart are not one test at all (a clock days
 * off, a shard of last week's run): refused before anything is built, as the
 * per-second series spans every second from the first start to the last end.
 * Closer ones still merge, partial (`apart`).
 */
export const MAX_SHARDS_APART_MS = 12 * 3_600_000

export function refuseFarApart(shards: readonly TimedShard[], field: string): void {
  const byStart = [...shards].sort((a, b) => a.mergeable.started_ms - b.mergeable.started_ms)
  const [early, late] = [byStart[0], byStart[byStart.length - 1]]
  const spread = late.mergeable.started_ms - early.mergeable.started_ms
  if (spread > MAX_SHARDS_APART_MS)
    throw new InputError(
      field,
      `${late.dir} and ${early.dir} started ${dhm(spread)} apart (more than ${dhm(MAX_SHARDS_APART_MS)}): ` +
        'they are not shards of one test run at once (a wrong clock, or a shard of another day); run the shards again together'
    )
}
