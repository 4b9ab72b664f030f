import type { RunSettings, RunMode } from '../../engine/result.js'
import type { Metrics } from '../../metrics/types.js'
import type { Provenance } from '../run-document.js'
import { formatBytes, formatCount, formatRunLength, formatUsers } from './numbers.js'

const KIND: Record<RunMode, string> = {
  load: 'load test',
  stress: 'stress test',
  soak: 'soak test',
  ab: 'A/B test'
}

/** What a run was, in words every view uses: `load test`, `stress test`, `A/B test`. */
export function runKind(mode: RunMode): string {
  return KIND[mode] ?? `${mode} test`
}

/** What a run does, in one phrase: `10 users for 60 s` or `up to 100 users in 10 steps over 5m`. */
export function describeRun(mode: RunMode, s: RunSettings): string {
  const rate = s.rps
    ? `, ${formatCount(s.rps)} ${s.paces === 'journeys' ? 'journeys' : 'req'}/s paced${s.maxUsers && s.maxUsers > s.users ? ` (up to ${formatUsers(s.maxUsers)} if the target slows)` : ''}`
    : ''
  if (mode === 'stress' && s.stress) {
    const cap = s.rps ? `, at most ${formatCount(s.rps)} req/s` : ''
    return `users rise to ${formatUsers(s.stress.maxUsers)} in ${s.stress.steps} steps over ${formatRunLength(s.stress.rampUp)}${cap}${onWorkers(s)}`
  }
  if (mode === 'ab')
    return `${formatUsers(s.users)} on each side${s.ab ? ` in ${formatRunLength(s.ab.slice)} slices${s.ab.pairing === 'duet' ? ' side by side' : ''}` : ''}, ${formatRunLength(s.duration)} of load on each${rate}`
  return `${formatUsers(s.users)} for ${formatRunLength(s.duration)}${rate}${onWorkers(s)}`
}

function onWorkers(s: RunSettings): string {
  return (
    (s.workers ? ` on ${s.workers} worker threads` : '') +
    (s.warmup ? `, after a ${formatRunLength(s.warmup)} warm-up` : '') +
    (s.record === 'histograms' ? ', recorded as histograms' : '')
  )
}

/** Users as a run's settings and (when a paced run opened more) its rate block say. */
export function usersUsed(users: number, rate: Pick<Metrics, 'rate'>['rate']): string {
  return rate && rate.users_reached > users
    ? `${formatUsers(users)}, grew to ${formatCount(rate.users_reached)}`
    : formatUsers(users)
}

/** How an A/B run starts, the same words in the CLI and the action; each face adds how B's thresholds count. */
export function abStartLine(
  a: { service: string; baseUrl: string },
  b: { baseUrl: string },
  run: { slices: number; slice: number; users: number; warmup?: number; pairing?: 'alternate' | 'duet' }
): string {
  const warmup = run.warmup ? `, a ${run.warmup} s warm-up before each side's first slice` : ''
  const slices =
    run.pairing === 'duet'
      ? `${run.slices / 2} pairs of ${run.slice} s slices side by side (duet), ${run.users} users on each side`
      : `${run.slices} slices of ${run.slice} s, ${run.users} users`
  return `perf-gate: A/B test ${a.service}: A ${a.baseUrl}, B ${b.baseUrl}; ${slices}${warmup}`
}

/** Which code a run measured, as people name it: `abc1234 on main`; empty when nothing was recorded. */
export function codeText(p: Provenance | undefined): string {
  const commit = p?.commit?.slice(0, 7)
  if (commit && p?.branch) return `${commit} on ${p.branch}`
  return commit ?? (p?.branch ? `branch ${p.branch}` : '')
}

/** The machine that sent the load, in one phrase: `AMD EPYC 7763, 4 cores, 16.8 GB, linux 6.8.0, node v20.18.1`. */
export function runnerText(r: Provenance['runner']): string {
  return `${r.cpu}, ${r.cores} core${r.cores === 1 ? '' : 's'}, ${formatBytes(r.memory_bytes)}, ${r.os}, node ${r.node}`
}
