/**
 * Open-model pacing, as wrk2 and k6's constant-arrival-rate do it: request k
 * is due at start + k/rate, fixed in advance, whatever the target does. At
 * its due time a request goes to an idle connection; when none is idle it
 * waits in a backlog (it is *late*, and its latency still counts from its due
 * time) while more connections are asked for; a request that waited longer
 * than the timeout is *dropped*, never sent. The rate is never lowered.
 */

/** A connection the pacer can hand a request to. */
export interface PacedConnection {
  /**
   * Send the next request now. `lateSinceUs` is its due time when it had to
   * wait for a connection (the target held every connection): its latency then
   * counts from there. A request sent at its first chance gets undefined: the
   * timer's own lag is the generator's, not the target's.
   */
  send(lateSinceUs: number | undefined): boolean
}

export interface PacerTimers {
  nowUs(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface PacerOptions {
  /** requests per second */
  rate: number
  /**
   * Only every `of`-th request of the schedule from `index` on (0-based): one
   * of `of` workers' part of one schedule. Its `stats.rate` is its share.
   */
  share?: { index: number; of: number }
  /** µs on the timers' clock of request 0 */
  startUs: number
  /**
   * µs on the same clock where the schedule ends: a run of T seconds at R
   * req/s asks for R·T requests (rounded), counted, not compared with a time,
   * although its end timer fires a little after T
   */
  endUs?: number
  /** a request waiting longer than this for a connection is dropped (the request timeout) */
  dropAfterUs: number
  timers: PacerTimers
  /**
   * false: a cap, not an arrival rate. A request that finds no idle
   * connection is skipped (neither late nor dropped): at most `rate` a second,
   * evenly spread, and the connections set the load (a stress test's stages).
   */
  waitForConnection?: boolean
  /** called when a request found no idle connection; `waiting` is the backlog's length */
  onShortage?: (waiting: number) => void
  /** called for each request dropped: it waited past the timeout, or was still waiting at stop */
  onDrop?: (dueUs: number, why: 'timeout' | 'ended') => void
}

export interface PacingStats {
  /** requests per second asked for */
  rate: number
  /** requests that were due by the end */
  due: number
  sent: number
  /** sent after waiting for a free connection */
  late: number
  /** never sent: waited longer than the timeout, or still waiting at the end */
  dropped: number
  /** of those, still waiting when the run ended */
  droppedAtEnd: number
}

/** Most requests dispatched per timer callback; the rest follow on the next turn of the event loop. */
const MAX_PER_WAKEUP = 10_000

export class Pacer {
  private readonly intervalUs: number
  private next = 0
  private readonly idle: PacedConnection[] = []
  private readonly isIdle = new Set<PacedConnection>()
  /** due times of requests waiting for a connection, oldest first */
  private backlog: number[] = []
  private backlogHead = 0
  private timer: unknown
  private running = false
  private sent = 0
  private late = 0
  private dropped = 0
  private droppedAtEnd = 0

  private startUs: number
  /** requests the schedule holds */
  private readonly total: number

  /** this pacer's requests are the schedule's phase, phase + step, phase + 2·step … */
  private readonly phase: number
  private readonly step: number

  constructor(private readonly o: PacerOptions) {
    this.intervalUs = 1e6 / o.rate
    this.startUs = o.startUs
    this.phase = o.share?.index ?? 0
    this.step = o.share?.of ?? 1
    const whole = o.endUs === undefined ? Infinity : Math.round(((o.endUs - o.startUs) * o.rate) / 1e6)
    this.total = Math.max(0, Math.ceil((whole - this.phase) / this.step))
  }

  /** Starts the schedule; `atUs` moves its start there, e.g. once connections are open. */
  start(atUs?: number): void {
    if (atUs !== undefined) this.startUs = atUs
    this.running = true
    this.wake()
  }

  /**
   * Lets every request due by now fall due at once, before the run stops
   * sending: the end timer may fire before the pacer's own last wake-up.
   */
  catchUp(): void {
    if (!this.running) return
    const now = this.o.timers.nowUs()
    while (this.next < this.total && this.dueUs(this.next) <= now) this.fallDue(this.dueUs(this.next++))
  }

  /** No more requests fall due; those still waiting are dropped. Stopping twice is stopping once. */
  stop(): void {
    this.running = false
    this.o.timers.clearTimeout(this.timer)
    while (this.waiting() > 0) this.drop(this.backlog[this.backlogHead++], 'ended')
    this.backlog = []
    this.backlogHead = 0
  }

  /** A connection is free: it takes the oldest waiting request, or waits for the next due one. */
  ready(c: PacedConnection): void {
    if (this.isIdle.has(c)) return
    const now = this.o.timers.nowUs()
    while (this.waiting() > 0) {
      const due = this.backlog[this.backlogHead++]
      if (now - due > this.o.dropAfterUs) {
        this.drop(due, 'timeout')
        continue
      }
      if (this.dispatch(c, due, true)) this.late++
      return
    }
    this.isIdle.add(c)
    this.idle.push(c)
  }

  /** Forget a connection (closed for good); it is no longer handed requests. */
  remove(c: PacedConnection): void {
    if (!this.isIdle.delete(c)) return
    this.idle.splice(this.idle.indexOf(c), 1)
  }

  get stats(): PacingStats {
    return {
      rate: this.o.rate / this.step,
      due: this.next,
      sent: this.sent,
      late: this.late,
      dropped: this.dropped,
      droppedAtEnd: this.droppedAtEnd
    }
  }

  dueUs(k: number): number {
    return this.startUs + (this.phase + k * this.step) * this.intervalUs
  }

  waiting(): number {
    return this.backlog.length - this.backlogHead
  }

  private wake(): void {
    if (!this.running) return
    const now = this.o.timers.nowUs()
    let n = 0
    while (this.next < this.total && this.dueUs(this.next) <= now && n++ < MAX_PER_WAKEUP)
      this.fallDue(this.dueUs(this.next++))
    if (this.next >= this.total) return
    const ms = Math.max(0, (this.dueUs(this.next) - this.o.timers.nowUs()) / 1000)
    this.timer = this.o.timers.setTimeout(() => this.wake(), ms)
  }

  private fallDue(due: number): void {
    // oldest idle first, so the requests spread evenly over the connections
    const c = this.idle.shift()
    if (c) {
      this.isIdle.delete(c)
      this.dispatch(c, due, false)
      return
    }
    if (this.o.waitForConnection === false) return
    if (this.backlogHead > 1024 && this.backlogHead * 2 > this.backlog.length) {
      this.backlog = this.backlog.slice(this.backlogHead)
      this.backlogHead = 0
    }
    this.backlog.push(due)
    this.o.onShortage?.(this.waiting())
  }

  private drop(due: number, why: 'timeout' | 'ended'): void {
    this.dropped++
    if (why === 'ended') this.droppedAtEnd++
    this.o.onDrop?.(due, why)
  }

  /** Hands a request to a connection; one that may no longer send (the run is ending) drops it. */
  private dispatch(c: PacedConnection, due: number, late: boolean): boolean {
    if (!c.send(late ? due : undefined)) {
      this.drop(due, 'ended')
      return false
    }
    this.sent++
    return true
  }
}
