import { shownPath, type Endpoint } from '../config/resolve.js'
import type { ErrorType } from '../engine/error-types.js'
import type { Recorder } from '../engine/recorder.js'
import { addError, topErrors } from './endpoint-errors.js'
import {
  decodedHdr,
  mergeableStep,
  sortMessages,
  type MergeableLatency,
  type MergeableRun,
  type MergeableSecond
} from './mergeable.js'
import { encodeHdr, hdrQuantile, newHdr, type LatencyHdr } from './hdr.js'
import { BUCKETS, bucketOf, bucketsOf } from './histogram.js'
import { stepInfos } from './session-metrics.js'
import type { EndpointErrorCount, ErrorMessageCount } from './types.js'

/**
 * A run kept as histograms instead of its requests (`--record histograms`,
 * the soak's default): records are folded in as they arrive, then the
 * recorder frees them. What stays is counts, exact sums and extremes, and µs
 * HdrHistograms (3 significant digits: a percentile read back is within 0.1%
 * of the exact one) for the whole run, each endpoint and each wall-clock
 * second, the last ones compressed as their second closes. Memory is that of
 * a few live histograms plus about a kilobyte a second of run, whatever the
 * rate; the form is the mergeable one, so a shard and `merge` need nothing else.
 */
export class RunHistograms {
  private readonly overall = new LatencyTally()
  private readonly service?: LatencyTally
  private readonly endpoints: EndpointTally[]
  /** seconds still receiving records (workers' batches arrive up to a second or two late) */
  private readonly open = new Map<number, SecondTally>()
  private readonly closed = new Map<number, MergeableSecond>()
  private readonly statusCodes: Record<string, number> = {}
  private readonly byErrorId = new Map<number, number>()
  private readonly buckets = new Array<number>(BUCKETS).fill(0)
  private unsent = 0
  private latest = -Infinity
  private errorsOf?: Recorder

  constructor(
    endpointCount: number,
    /** paced runs: service times (latency less the wait) too */
    paced: boolean,
    /**
     * a shard keeps each second's histogram (about 3 KB), for `merge` to add
     * up; a run of its own keeps its percentiles only (about 100 B), so a
     * 12-hour soak holds megabytes, not hundreds of them
     */
    private readonly secondHistograms = false
  ) {
    this.endpoints = Array.from({ length: endpointCount }, () => new EndpointTally())
    if (paced) this.service = new LatencyTally()
  }

  /** Folds in records [from, to) of `r`; the recorder may free them afterwards. */
  add(r: Recorder, from: number, to: number): void {
    this.errorsOf = r
    const epochUs = r.epochMs * 1000
    for (let i = from; i < to; i++) {
      const latency = r.latencyUs(i)
      const id = r.errorIdAt(i)
      const sent = r.wasSent(i)
      const status = r.status(i)
      const ep = this.endpoints[r.endpoint(i)]
      this.overall.record(latency)
      this.service?.record(latency - r.waitUs(i))
      ep.latency.record(latency)
      ep.requests++
      this.buckets[bucketOf(latency)]++
      if (status !== 0) this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1
      const at = Math.floor((epochUs + r.endUs(i)) / 1e6)
      const second = this.second(at)
      second.requests++
      second.hdr.recordValue(Math.max(1, latency))
      if (id === 0) {
        second.answered = true
        continue
      }
      this.byErrorId.set(id, (this.byErrorId.get(id) ?? 0) + 1)
      ep.failed++
      addError(ep.errors, { type: r.errorOf(id)!.type as ErrorType, status, count: 1 })
      second.errors++
      if (r.errorOf(id)!.type === 'connection_refused') second.refused = true
      else second.answered = true
      if (!sent) {
        this.unsent++
        ep.unsent++
        second.unsent++
      }
    }
    this.closeBefore(this.latest - 2)
  }

  private second(at: number): SecondTally {
    if (at > this.latest) this.latest = at
    let s = this.open.get(at)
    if (s) return s
    s = new SecondTally()
    const done = this.closed.get(at)
    // a straggler for a second already closed: it opens again, its histogram read back
    if (done) {
      this.closed.delete(at)
      s.reopen(done)
    }
    this.open.set(at, s)
    return s
  }

  private closeBefore(at: number): void {
    for (const [k, s] of this.open)
      if (k < at) {
        this.closed.set(k, s.close(k, this.secondHistograms))
        this.open.delete(k)
      }
  }

  /** What the run's figures are made from: the shape `metricsFromMergeable` reads. */
  figures(endpoints: readonly Endpoint[]): RunHistogramFigures {
    this.closeBefore(Infinity)
    const r = this.errorsOf
    const steps = stepInfos(endpoints)
    const messages: ErrorMessageCount[] = []
    const types: Partial<Record<ErrorType, number>> = {}
    for (const [id, count] of this.byErrorId) {
      const e = r!.errorOf(id)!
      const type = e.type as ErrorType
      types[type] = (types[type] ?? 0) + count
      messages.push({ type, message: e.message, count })
    }
    return {
      latency: this.overall.mergeable(),
      ...(this.service ? { service_time: this.service.mergeable() } : {}),
      unsent: this.unsent,
      endpoints: endpoints.map((e, k) => {
        const step = mergeableStep(steps[k])
        const t = this.endpoints[k]
        const errors = topErrors([...t.errors.values()])
        return {
          endpoint: e.name,
          method: e.method,
          path: shownPath(e),
          requests: t.requests,
          failed: t.failed,
          unsent: t.unsent,
          latency: t.latency.mergeable(),
          ...(errors.length ? { errors } : {}),
          ...step
        }
      }),
      seconds: [...this.closed.values()].sort((a, b) => a.at - b.at),
      status_codes: { ...this.statusCodes },
      error_messages: sortMessages(messages),
      error_types: types,
      latency_histogram: bucketsOf(this.buckets)
    }
  }
}

export type RunHistogramFigures = Pick<
  MergeableRun,
  | 'latency'
  | 'service_time'
  | 'unsent'
  | 'endpoints'
  | 'seconds'
  | 'status_codes'
  | 'error_messages'
  | 'error_types'
  | 'latency_histogram'
>

class LatencyTally {
  count = 0
  sum = 0
  min = Infinity
  max = 0
  readonly hdr: LatencyHdr = newHdr()

  record(us: number): void {
    this.count++
    this.sum += us
    if (us < this.min) this.min = us
    if (us > this.max) this.max = us
    this.hdr.recordValue(Math.max(1, us))
  }

  mergeable(): MergeableLatency {
    return {
      count: this.count,
      sum_us: this.sum,
      min_us: this.count ? this.min : 0,
      max_us: this.max,
      hdr: encodeHdr(this.hdr)
    }
  }
}

class EndpointTally {
  requests = 0
  failed = 0
  unsent = 0
  readonly latency = new LatencyTally()
  readonly errors = new Map<string, EndpointErrorCount>()
}

class SecondTally {
  requests = 0
  errors = 0
  unsent = 0
  refused = false
  answered = false
  hdr: LatencyHdr = newHdr()

  /** percentiles of a second closed without its histogram: a straggler is counted, not in them */
  private kept?: [number, number, number]

  reopen(s: MergeableSecond): void {
    this.requests = s.requests
    this.errors = s.errors
    this.unsent = s.unsent
    this.refused = s.refused
    this.answered = s.answered
    if (s.hdr) this.hdr = decodedHdr(s.hdr)
    else this.kept = s.quantiles
  }

  close(at: number, withHistogram: boolean): MergeableSecond {
    const counts = {
      at,
      requests: this.requests,
      errors: this.errors,
      unsent: this.unsent,
      refused: this.refused,
      answered: this.answered
    }
    if (withHistogram) return { ...counts, hdr: encodeHdr(this.hdr) }
    const q =
      this.kept ?? ([0.5, 0.95, 0.99].map((p) => hdrQuantile(this.hdr, p)) as [number, number, number])
    return { ...counts, hdr: '', quantiles: q }
  }
}
