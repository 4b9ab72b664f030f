import { shareOf, type Shard } from '../config/shard.js'
import type { Thresholds } from '../config/thresholds.js'
import type { RunPlan } from './plan.js'

/**
 * One shard's plan: its share of the users (of every stress stage's users)
 * and of the rate; its gate judges its share of the throughput thresholds,
 * the merge judges the whole.
 */
export function shardPlan(whole: RunPlan, shard: Shard): RunPlan {
  const users = whole.settings.users
  const rps = whole.settings.rps === undefined ? undefined : whole.settings.rps / shard.of
  const stress = whole.settings.stress
  return {
    mode: whole.mode,
    target: {
      ...whole.target,
      thresholds: scaleThroughput(whole.target.thresholds, 1 / shard.of),
      endpoints: whole.target.endpoints.map((e) =>
        e.thresholds ? { ...e, thresholds: scaleThroughput(e.thresholds, 1 / shard.of) } : e
      )
    },
    stages: whole.stages.map((s) => ({ ...s, users: Math.max(1, shareOf(s.users, shard)) })),
    settings: {
      ...whole.settings,
      users: shareOf(users, shard),
      ...(rps !== undefined ? { rps } : {}),
      ...(whole.settings.maxUsers !== undefined
        ? { maxUsers: Math.max(shareOf(whole.settings.maxUsers, shard), shareOf(users, shard)) }
        : {}),
      ...(stress ? { stress: { ...stress, maxUsers: shareOf(stress.maxUsers, shard) } } : {})
    }
  }
}

/** Throughput bands times `factor`: a shard makes 1/N of the throughput of the whole. */
export function scaleThroughput(t: Thresholds, factor: number): Thresholds {
  const band = t.requests_per_second
  if (!band) return t
  const r = (v: number): number => Math.round(v * factor * 1000) / 1000
  return { ...t, requests_per_second: { ...band, warning: r(band.warning), critical: r(band.critical) } }
}
