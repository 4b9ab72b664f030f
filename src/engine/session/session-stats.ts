import { decodeHdr, encodeHdr, newHdr, type LatencyHdr } from '../latency-hdr.js'

/**
 * What the virtual users of one load generator did beyond their requests:
 * the iterations of each journey and their durations, and how each check
 * fared. Counts and histograms only, so memory stays flat however long the
 * run; the summary is plain data (a worker thread sends it to the main one).
 */
export interface SessionSummary {
  journeys: JourneyTally[]
  checks: CheckTally[]
  /** virtual users that sent at least one request */
  users: number
}

export interface JourneyTally {
  name: string
  /** iterations that ran every looped step (failed checks or not) */
  iterations: number
  /** of those, iterations with a failed request or check */
  failed: number
  /** iterations cut short by `on_fail: restart` or `login` */
  restarted: number
  /** times a user's once-steps (a login) failed: that user sends them again at its next iteration */
  onceFailed: number
  /** µs histogram (HdrHistogram V2, base64) of the iterations' durations: their steps' response times, pauses left out */
  durationHdr: string
}

export interface CheckTally {
  /** the step's endpoint index */
  endpoint: number
  label: string
  passed: number
  failed: number
}

export class SessionStats {
  private readonly tallies: {
    iterations: number
    failed: number
    restarted: number
    onceFailed: number
    hdr: LatencyHdr
  }[]
  private readonly checks = new Map<string, CheckTally>()
  users = 0

  constructor(private readonly journeyNames: readonly string[]) {
    this.tallies = journeyNames.map(() => ({
      iterations: 0,
      failed: 0,
      restarted: 0,
      onceFailed: 0,
      hdr: newHdr()
    }))
  }

  iteration(journey: number, durationUs: number, how: 'ok' | 'failed' | 'restarted'): void {
    const t = this.tallies[journey]
    if (how === 'restarted') {
      t.restarted++
      return
    }
    t.iterations++
    if (how === 'failed') t.failed++
    t.hdr.recordValue(Math.max(1, Math.round(durationUs)))
  }

  /** A user's once-steps failed: it is not logged in, and will send them again. */
  onceFailed(journey: number): void {
    this.tallies[journey].onceFailed++
  }

  check(endpoint: number, label: string, passed: boolean): void {
    const key = `${endpoint}\u0000${label}`
    let c = this.checks.get(key)
    if (!c) this.checks.set(key, (c = { endpoint, label, passed: 0, failed: 0 }))
    if (passed) c.passed++
    else c.failed++
  }

  summary(): SessionSummary {
    return {
      journeys: this.journeyNames.map((name, i) => {
        const t = this.tallies[i]
        return {
          name,
          iterations: t.iterations,
          failed: t.failed,
          restarted: t.restarted,
          onceFailed: t.onceFailed,
          durationHdr: encodeHdr(t.hdr)
        }
      }),
      checks: [...this.checks.values()].map((c) => ({ ...c })),
      users: this.users
    }
  }
}

/** Summaries of load generators that ran side by side (worker threads, shards), added up. */
export function mergeSessionSummaries(all: readonly SessionSummary[]): SessionSummary | undefined {
  if (all.length === 0) return undefined
  if (all.length === 1) return all[0]
  const journeys = all[0].journeys.map((j, i) => {
    const hdr = newHdr()
    let iterations = 0
    let failed = 0
    let restarted = 0
    let onceFailed = 0
    for (const s of all) {
      const t = s.journeys[i]
      iterations += t.iterations
      failed += t.failed
      restarted += t.restarted
      onceFailed += t.onceFailed
      hdr.add(decodeHdr(t.durationHdr))
    }
    return { name: j.name, iterations, failed, restarted, onceFailed, durationHdr: encodeHdr(hdr) }
  })
  const checks = new Map<string, CheckTally>()
  for (const s of all)
    for (const c of s.checks) {
      const key = `${c.endpoint}\u0000${c.label}`
      const had = checks.get(key)
      if (had) {
        had.passed += c.passed
        had.failed += c.failed
      } else checks.set(key, { ...c })
    }
  return { journeys, checks: [...checks.values()], users: all.reduce((n, s) => n + s.users, 0) }
}

/** The `sessions` of outcomes made side by side (workers, an A/B side's slices) as one, when any has them. */
export function mergedSessions(outs: readonly { sessions?: SessionSummary }[]): {
  sessions?: SessionSummary
} {
  const merged = mergeSessionSummaries(outs.flatMap((o) => (o.sessions ? [o.sessions] : [])))
  return merged ? { sessions: merged } : {}
}
