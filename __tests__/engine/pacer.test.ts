import { describe, expect, it } from '@jest/globals'
import { Pacer, type PacedConnection, type PacerTimers } from '../../src/engine/pacer.js'

/** A clock that moves only when told, with timers that fire in order as it passes them. */
class FakeTimers implements PacerTimers {
  now = 0
  private timers: { at: number; fn: () => void; id: number }[] = []
  private ids = 0
  nowUs = (): number => this.now
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = ++this.ids
    // real timers never fire sooner than 1 ms
    this.timers.push({ at: this.now + Math.max(1, ms) * 1000, fn, id })
    return id
  }
  clearTimeout = (id: unknown): void => {
    this.timers = this.timers.filter((t) => t.id !== id)
  }
  /** Moves the clock to `us`, firing every timer (and every later one they set) on the way. */
  advanceTo(us: number): void {
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at)
      const t = this.timers[0]
      if (!t || t.at > us) break
      this.timers.shift()
      this.now = Math.max(this.now, t.at)
      t.fn()
    }
    this.now = us
  }
  /** Runs fn at `us` (a response arriving). */
  at(us: number, fn: () => void): void {
    this.timers.push({ at: us, fn, id: ++this.ids })
  }
}

interface Sent {
  conn: number
  due: number
  sentAt: number
  late: boolean
}

/** A connection whose every request takes `serviceUs`, then asks the pacer for the next. */
function connection(
  timers: FakeTimers,
  pacer: () => Pacer,
  serviceUs: (sentAt: number) => number,
  log: Sent[],
  id: number
): PacedConnection {
  const c: PacedConnection = {
    send(lateSince) {
      const sentAt = timers.now
      // on time: due at its slot; late: the pacer says since when
      // (counted as sent once it returns true)
      const due = lateSince ?? pacer().dueUs(pacer().stats.sent)
      log.push({ conn: id, due, sentAt, late: lateSince !== undefined })
      timers.at(sentAt + serviceUs(sentAt), () => pacer().ready(c))
      return true
    }
  }
  return c
}

function setup(rate: number, connections: number, serviceUs: (sentAt: number) => number, dropAfterUs = 10e6) {
  const timers = new FakeTimers()
  const log: Sent[] = []
  const shortages: number[] = []
  const drops: [number, string][] = []
  const pacer = new Pacer({
    rate,
    startUs: 0,
    dropAfterUs,
    timers,
    onShortage: (w) => shortages.push(w),
    onDrop: (due, why) => drops.push([due, why])
  })
  const conns = Array.from({ length: connections }, (_, i) =>
    connection(timers, () => pacer, serviceUs, log, i)
  )
  const add = (): PacedConnection => {
    const c = connection(timers, () => pacer, serviceUs, log, conns.length)
    conns.push(c)
    pacer.ready(c)
    return c
  }
  for (const c of conns) pacer.ready(c)
  pacer.start()
  return { timers, pacer, log, shortages, drops, add }
}

describe('Pacer (fake clock)', () => {
  it('sends request k at k/rate exactly, spread evenly over the connections, none late', () => {
    const { timers, pacer, log } = setup(1000, 4, () => 200)
    timers.advanceTo(1_000_000 - 1)
    expect(log).toHaveLength(1000)
    log.forEach((r, k) => {
      expect(r.due).toBeCloseTo(k * 1000, 6)
      expect(r.sentAt).toBeGreaterThanOrEqual(r.due)
      expect(r.sentAt - r.due).toBeLessThan(1000) // within one timer tick
      expect(r.late).toBe(false)
    })
    const perConn = [0, 1, 2, 3].map((c) => log.filter((r) => r.conn === c).length)
    expect(perConn).toEqual([250, 250, 250, 250])
    expect(pacer.stats).toMatchObject({ rate: 1000, due: 1000, sent: 1000, late: 0, dropped: 0 })
  })

  it('keeps the rate when the target slows: requests wait for a connection (late), and count from their due time', () => {
    // 2 connections of 10 ms each carry 200 req/s; 500 req/s are asked
    const { timers, pacer, log, shortages } = setup(500, 2, () => 10_000)
    timers.advanceTo(1_000_000 - 1)
    // the schedule never slows: 500 requests fell due
    expect(pacer.stats.due).toBe(500)
    expect(pacer.stats.sent).toBeLessThanOrEqual(202)
    expect(pacer.stats.late).toBe(pacer.stats.sent - 2)
    expect(shortages.length).toBeGreaterThan(0)
    // a late request is sent long after its due time: the wait its latency will include
    const last = log[log.length - 1]
    expect(last.late).toBe(true)
    expect(last.sentAt - last.due).toBeGreaterThan(500_000)
  })

  it('more connections added on shortage take the waiting requests first, oldest first', () => {
    const { timers, pacer, log, add } = setup(1000, 1, () => 5_000)
    timers.advanceTo(20_000)
    const waiting = pacer.waiting()
    expect(waiting).toBeGreaterThan(10)
    const before = log.length
    for (let i = 0; i < 10; i++) add()
    const handed = log.slice(before, before + 10).map((r) => r.due)
    expect(handed).toEqual([...handed].sort((a, b) => a - b))
    expect(handed[0]).toBeLessThan(handed[9])
    expect(pacer.waiting()).toBe(waiting - 10)
  })

  it('drops a request that waited longer than the timeout, and those still waiting at stop', () => {
    // one connection that hangs for 3 s on its first request; 100 req/s; drop after 1 s
    const { timers, pacer, drops } = setup(100, 1, (sentAt) => (sentAt === 0 ? 3_000_000 : 1_000), 1_000_000)
    timers.advanceTo(3_500_000)
    // at 3 s the connection came back: requests due before 2 s were dropped, not sent
    expect(pacer.stats.dropped).toBeGreaterThanOrEqual(199)
    expect(pacer.stats.late).toBeGreaterThan(0)
    const { sent, dropped, due } = pacer.stats
    pacer.stop()
    expect(pacer.stats.sent + pacer.stats.dropped).toBe(due)
    expect(pacer.stats.dropped).toBeGreaterThanOrEqual(dropped)
    expect(pacer.stats.sent).toBe(sent)
    // each drop is reported with its due time, so the engine can record it as a request
    expect(drops).toHaveLength(pacer.stats.dropped)
    expect(drops.slice(0, dropped).every(([, why]) => why === 'timeout')).toBe(true)
    expect(drops.slice(dropped).every(([, why]) => why === 'ended')).toBe(true)
    expect(drops[0][0]).toBe(10_000)
  })

  it('as a cap (stress stages): a request with no idle connection is skipped, never late or dropped', () => {
    const timers = new FakeTimers()
    const sent: number[] = []
    const pacer = new Pacer({ rate: 1000, startUs: 0, dropAfterUs: 1e6, timers, waitForConnection: false })
    // one connection of 5 ms carries 200 of the 1,000 a second asked
    const c: PacedConnection = {
      send: () => {
        sent.push(timers.now)
        timers.at(timers.now + 5_000, () => pacer.ready(c))
        return true
      }
    }
    pacer.ready(c)
    pacer.start()
    timers.advanceTo(1_000_000 - 1)
    expect(sent.length).toBeGreaterThanOrEqual(199)
    expect(sent.length).toBeLessThanOrEqual(201)
    expect(pacer.stats).toMatchObject({ due: 1000, late: 0, dropped: 0 })
    expect(pacer.waiting()).toBe(0)
  })

  it('no request falls due at or after the end: T seconds at R req/s are R·T requests', () => {
    const timers = new FakeTimers()
    const pacer = new Pacer({ rate: 100, startUs: 0, endUs: 1_000_000, dropAfterUs: 1e6, timers })
    const c: PacedConnection = { send: () => (queueMicrotask(() => pacer.ready(c)), true) }
    pacer.ready(c)
    // started later than planned, at a time whose float sums do not come out even
    pacer.start(333_333.3)
    // the end timer fires late, as real ones do
    timers.advanceTo(1_400_000)
    expect(pacer.stats.due).toBe(100)
  })

  it('catchUp lets every request due by now fall due at once (the end timer fired first)', () => {
    const timers = new FakeTimers()
    const pacer = new Pacer({ rate: 1000, startUs: 0, endUs: 1_000_000, dropAfterUs: 1e6, timers })
    pacer.start()
    timers.advanceTo(500)
    // the pacer's next wake-up is a timer tick away; the run ends now
    timers.now = 999_999
    pacer.catchUp()
    expect(pacer.stats.due).toBe(1000)
  })

  it('a request handed to a connection that may no longer send is dropped at the end, not counted as sent', () => {
    const timers = new FakeTimers()
    const pacer = new Pacer({ rate: 100, startUs: 0, dropAfterUs: 1e6, timers })
    pacer.ready({ send: () => false })
    pacer.start()
    timers.advanceTo(5_000)
    expect(pacer.stats).toMatchObject({ due: 1, sent: 0, dropped: 1, droppedAtEnd: 1 })
  })

  it('a connection that reports ready twice is handed one request, not two', () => {
    const timers = new FakeTimers()
    const got: number[] = []
    const pacer = new Pacer({ rate: 100, startUs: 0, dropAfterUs: 1e6, timers })
    const c: PacedConnection = { send: (lateSince) => (got.push(lateSince ?? timers.now), true) }
    pacer.ready(c)
    pacer.ready(c)
    pacer.start()
    timers.advanceTo(25_000)
    // due at 0 ms went to c; 10 ms and 20 ms found no idle connection
    expect(got).toEqual([0])
    expect(pacer.waiting()).toBe(2)
  })
})
