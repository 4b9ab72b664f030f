import { mergeSessionSummaries } from '../engine/session/session-stats.js'
import { addError, topErrors } from './endpoint-errors.js'
import { encodeHdr, newHdr, type LatencyHdr } from './hdr.js'
import type { HistogramBucket } from './histogram.js'
import {
  decodedHdr,
  mergeableSessions,
  sessionSummaryOf,
  sortMessages,
  type MergeableEndpoint,
  type MergeableLatency,
  type MergeableRun,
  type MergeableSecond,
  type MergeableStage
} from './mergeable.js'
import { round } from './summary-stats.js'
import type { EndpointErrorCount, ErrorMessageCount } from './types.js'

function addHdr(texts: readonly string[]): string {
  const h: LatencyHdr = newHdr()
  for (const t of texts) h.add(decodedHdr(t))
  return encodeHdr(h)
}

function mergeLatency(list: readonly MergeableLatency[]): MergeableLatency {
  const some = list.filter((l) => l.count > 0)
  return {
    count: sum(list.map((l) => l.count)),
    sum_us: sum(list.map((l) => l.sum_us)),
    min_us: some.length ? Math.min(...some.map((l) => l.min_us)) : 0,
    max_us: Math.max(0, ...list.map((l) => l.max_us)),
    hdr: addHdr(list.map((l) => l.hdr))
  }
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

function addCounts<K extends string>(maps: readonly Partial<Record<K, number>>[]): Record<K, number> {
  const out = {} as Record<K, number>
  for (const m of maps) for (const [k, v] of Object.entries(m) as [K, number][]) out[k] = (out[k] ?? 0) + v
  return out
}

/**
 * Runs made apart as one: shards of one test (each a share of the users and
 * the rate, at the same time), merged. The shard figures become those of the
 * whole: `{ index: 1, of: 1 }`.
 */
export function mergeRuns(runs: readonly MergeableRun[]): MergeableRun {
  const first = runs[0]
  const started = Math.min(...runs.map((r) => r.started_ms))
  const ended = Math.max(...runs.map((r) => r.ended_ms))
  // the same endpoints in the same order in every shard (checked before): merged by position
  const endpoints = first.endpoints.map((_, k) => runs.map((r) => r.endpoints[k]))
  const seconds = new Map<number, MergeableSecond[]>()
  for (const r of runs) for (const s of r.seconds) seconds.set(s.at, [...(seconds.get(s.at) ?? []), s])
  const messages = new Map<string, ErrorMessageCount>()
  for (const r of runs)
    for (const m of r.error_messages) {
      const k = `${m.type}\u0000${m.message}`
      const had = messages.get(k)
      messages.set(k, had ? { ...had, count: had.count + m.count } : { ...m })
    }
  const buckets = new Map<number, HistogramBucket>()
  for (const r of runs)
    for (const b of r.latency_histogram) {
      const had = buckets.get(b.from)
      buckets.set(b.from, had ? { ...had, count: had.count + b.count } : { ...b })
    }
  const paced = runs.map((r) => r.pacing).filter((p) => p !== undefined)
  const generators = runs.map((r) => r.generator).filter((g) => g !== undefined)
  return {
    format: 1,
    shard: { index: 1, of: 1 },
    started_ms: started,
    ended_ms: ended,
    // the shards ran side by side: the whole measured from the first start to the last end
    active_seconds: round(Math.max(...runs.map((r) => r.active_seconds), (ended - started) / 1000), 6),
    users: sum(runs.map((r) => r.users)),
    ...(first.rps !== undefined ? { rps: round(sum(runs.map((r) => r.rps ?? 0)), 6) } : {}),
    latency: mergeLatency(runs.map((r) => r.latency)),
    ...(runs.every((r) => r.service_time)
      ? { service_time: mergeLatency(runs.map((r) => r.service_time!)) }
      : {}),
    unsent: sum(runs.map((r) => r.unsent)),
    endpoints: endpoints.map((list) => ({
      endpoint: list[0].endpoint,
      method: list[0].method,
      path: list[0].path,
      requests: sum(list.map((e) => e.requests)),
      failed: sum(list.map((e) => e.failed)),
      unsent: sum(list.map((e) => e.unsent)),
      latency: mergeLatency(list.map((e) => e.latency)),
      ...mergeErrors(list.map((e) => e.errors)),
      ...(list[0].journey
        ? { journey: list[0].journey, step: list[0].step, once: list[0].once, think: list[0].think }
        : {})
    })),
    seconds: [...seconds.keys()]
      .sort((a, b) => a - b)
      .map((at) => {
        const list = seconds.get(at)!
        return {
          at,
          requests: sum(list.map((s) => s.requests)),
          errors: sum(list.map((s) => s.errors)),
          unsent: sum(list.map((s) => s.unsent)),
          refused: list.some((s) => s.refused),
          answered: list.some((s) => s.answered),
          hdr: addHdr(list.map((s) => s.hdr))
        }
      }),
    ...(first.stages ? { stages: mergeStages(runs.map((r) => r.stages ?? [])) } : {}),
    status_codes: addCounts(runs.map((r) => r.status_codes)),
    error_messages: sortMessages([...messages.values()]),
    latency_histogram: [...buckets.values()].sort((a, b) => a.from - b.from),
    ...(generators.length
      ? {
          generator: {
            event_loop_p99_ms: Math.max(...generators.map((g) => g.event_loop_p99_ms)),
            cpu_percent: Math.max(...generators.map((g) => g.cpu_percent))
          }
        }
      : {}),
    ...(paced.length
      ? {
          pacing: {
            ...(paced[0].paces ? { paces: paced[0].paces } : {}),
            target_rps: round(sum(paced.map((p) => p.target_rps)), 6),
            late_requests: sum(paced.map((p) => p.late_requests)),
            dropped_requests: sum(paced.map((p) => p.dropped_requests)),
            dropped_at_end: sum(paced.map((p) => p.dropped_at_end)),
            max_users: sum(paced.map((p) => p.max_users)),
            users_reached: sum(paced.map((p) => p.users_reached)),
            due: sum(paced.map((p) => p.due)),
            sent: sum(paced.map((p) => p.sent))
          }
        }
      : {}),
    latency_basis: first.latency_basis,
    thresholds: first.thresholds,
    test: first.test,
    error_types: addCounts(runs.map((r) => r.error_types)),
    ...mergeSessions(runs)
  }
}

/**
 * The shards' virtual users added up, their journeys by position (the same
 * journeys in every shard: checked before). Only when every shard has them:
 * the iterations of some shards would pass for the whole's.
 */
function mergeSessions(runs: readonly MergeableRun[]): Pick<MergeableRun, 'sessions'> {
  const all = runs.flatMap((r) => (r.sessions ? [sessionSummaryOf(r.sessions)] : []))
  const merged = all.length === runs.length ? mergeSessionSummaries(all) : undefined
  return merged ? { sessions: mergeableSessions(merged) } : {}
}

function mergeErrors(
  lists: readonly (EndpointErrorCount[] | undefined)[]
): Pick<MergeableEndpoint, 'errors'> {
  const by = new Map<string, EndpointErrorCount>()
  for (const list of lists) for (const e of list ?? []) addError(by, e)
  return by.size ? { errors: topErrors([...by.values()]) } : {}
}

function mergeStages(lists: readonly MergeableStage[][]): MergeableStage[] {
  const by = new Map<number, MergeableStage[]>()
  for (const list of lists) for (const s of list) by.set(s.stage, [...(by.get(s.stage) ?? []), s])
  return [...by.keys()]
    .sort((a, b) => a - b)
    .map((stage) => {
      const list = by.get(stage)!
      return {
        stage,
        users: sum(list.map((s) => s.users)),
        started_ms: Math.min(...list.map((s) => s.started_ms)),
        ended_ms: Math.max(...list.map((s) => s.ended_ms)),
        requests: sum(list.map((s) => s.requests)),
        error_types: addCounts(list.map((s) => s.error_types)),
        hdr: addHdr(list.map((s) => s.hdr)),
        event_loop_p99_ms: Math.max(...list.map((s) => s.event_loop_p99_ms)),
        cpu_percent: Math.max(...list.map((s) => s.cpu_percent))
      }
    })
}
