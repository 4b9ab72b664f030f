import { describe, expect, it } from '@jest/globals'
import { Recorder } from '../../src/engine/recorder.js'
import {
  BreachStreak,
  breachRules,
  secondValue,
  type BreachRule,
  type SecondFigures
} from '../../src/gate/breach-streak.js'
import { BreachWatch } from '../../src/gate/breach-watch.js'

/** p95 ≥ 200 ms is critical; 2 s of it in a row stops the run. */
const P95: BreachRule = {
  name: 'p95_response_time',
  scope: 'overall',
  label: '95th percentile',
  unit: 'seconds',
  band: { warning: 0.1, critical: 0.2, abort_after: 2 },
  higherIsBetter: false,
  abortAfter: 2
}

/** A second in which `n` requests completed, each in `ms`, `failed` of them failed. */
const second = (ms: number, n = 20, failed = 0, seconds = 1): SecondFigures => ({
  seconds,
  requests: n,
  failed,
  latenciesUs: new Uint32Array(n).fill(ms * 1000)
})

/** Feeds one figure a second on a fake clock from `t0`; the breach and the second it came at. */
function feed(streak: BreachStreak, seconds: SecondFigures[], t0 = 1_000_000) {
  let now = t0
  for (const [k, f] of seconds.entries()) {
    now += f.seconds * 1000
    const b = streak.observe(f, now)
    if (b) return { breach: b, at: k + 1 }
  }
  return undefined
}

describe('BreachStreak: abort_after on a fake clock', () => {
  it('stops once the critical band held abort_after, and says since when', () => {
    const got = feed(new BreachStreak(P95), [second(5), second(5), second(5), second(300), second(300)])
    expect(got?.at).toBe(5)
    // the breach began with the first critical second: it ended at t0 + 4 s, so it began at t0 + 3 s
    expect(got?.breach.sinceMs).toBe(1_003_000)
    expect(got?.breach.atMs).toBe(1_005_000)
    expect(got?.breach.value).toBeCloseTo(0.3)
  })

  it('a good or warning second breaks the streak: the band must hold continuously', () => {
    const streak = new BreachStreak(P95)
    // critical, then warning (150 ms), then critical again: never two critical seconds in a row
    const broken = [second(300), second(150), second(300), second(5), second(300), second(150)]
    expect(feed(streak, broken)).toBeUndefined()
    // the next two critical seconds stop it, counted from the first of them
    const got = feed(streak, [second(300), second(300)], 2_000_000)
    expect(got?.breach.sinceMs).toBe(2_000_000)
  })

  it('a second where no request completed neither breaks a streak nor starts one', () => {
    // nothing to judge before any breach: no streak starts
    expect(feed(new BreachStreak(P95), [second(0, 0), second(0, 0), second(0, 0)])).toBeUndefined()
    // a hang after a critical second: the service is no better, the streak's time runs on
    const got = feed(new BreachStreak(P95), [second(5), second(300), second(0, 0)])
    expect(got?.at).toBe(3)
    expect(got?.breach.value).toBeCloseTo(0.3)
  })

  it('throughput is judged in a silent second (0 req/s), higher being better', () => {
    const rule: BreachRule = {
      ...P95,
      name: 'requests_per_second',
      label: 'Throughput (successful)',
      unit: 'rps',
      band: { warning: 10, critical: 5, abort_after: 2 },
      higherIsBetter: true
    }
    expect(feed(new BreachStreak(rule), [second(1, 20), second(1, 6), second(1, 30)])).toBeUndefined()
    const got = feed(new BreachStreak(rule), [second(1, 20), second(1, 0), second(1, 3)])
    expect(got?.at).toBe(3)
    expect(got?.breach.value).toBe(3)
  })

  it('counts seconds of load, not windows: two half-seconds are one, and timer drift is forgiven', () => {
    const halves = [second(300, 10, 0, 0.5), second(300, 10, 0, 0.5), second(300, 10, 0, 0.5)]
    expect(feed(new BreachStreak(P95), halves)).toBeUndefined()
    // 0.999 + 0.999 s of load hold a 2 s rule: the ticker's drift does not cost a third second
    const got = feed(new BreachStreak(P95), [second(300, 10, 0, 0.999), second(300, 10, 0, 0.999)])
    expect(got?.at).toBe(2)
  })
})

describe('secondValue: a second judged on its own figures', () => {
  const f: SecondFigures = {
    seconds: 2,
    requests: 10,
    failed: 2,
    latenciesUs: Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((ms) => ms * 1000))
  }
  it('error rate in percent, successful throughput per second, times in seconds (R-7 percentiles)', () => {
    expect(secondValue('error_rate', f)).toBe(20)
    expect(secondValue('requests_per_second', f)).toBe(4)
    expect(secondValue('avg_response_time', f)).toBeCloseTo(0.0055)
    expect(secondValue('p50_response_time', { ...f, latenciesUs: f.latenciesUs.slice() })).toBeCloseTo(0.0055)
    expect(secondValue('p95_response_time', { ...f, latenciesUs: f.latenciesUs.slice() })).toBeCloseTo(
      0.00955
    )
  })
  it('a second with no completed request has no latency or error rate', () => {
    const none = { ...f, requests: 0, failed: 0 }
    expect(secondValue('p99_response_time', none)).toBeUndefined()
    expect(secondValue('error_rate', none)).toBeUndefined()
    expect(secondValue('requests_per_second', none)).toBe(0)
  })
})

describe('breachRules', () => {
  it('takes the thresholds that say abort_after, overall and per endpoint, and no other', () => {
    const rules = breachRules({
      thresholds: {
        p95_response_time: { warning: 0.1, critical: 0.2, abort_after: 30 },
        error_rate: { warning: 1, critical: 5 }
      },
      endpoints: [
        { name: 'GET /a' },
        { name: 'GET /b', thresholds: { error_rate: { warning: 1, critical: 10, abort_after: 5 } } }
      ]
    })
    expect(rules.map((r) => [r.name, r.scope, r.endpoint, r.abortAfter])).toEqual([
      ['p95_response_time', 'overall', undefined, 30],
      ['error_rate', 'GET /b', 1, 5]
    ])
  })
})

describe('BreachWatch: windows of records', () => {
  /** `n` records ending by `endMs`, `ms` each, on endpoint `ep`, every `failEvery`-th failed. */
  function add(r: Recorder, n: number, ms: number, ep = 0, failEvery = 0): void {
    const err = r.errorId('http_5xx', 'HTTP 500')
    for (let i = 0; i < n; i++) {
      const fail = failEvery > 0 && (i + 1) % failEvery === 0
      r.add(r.length * 1000, ms * 1000, ep, fail ? 500 : 200, fail ? err : 0, 10)
    }
  }

  it('judges each window as a second, adds short windows together, and stops once', () => {
    let now = 0
    const breaches: unknown[] = []
    const watch = new BreachWatch(
      [P95],
      (b) => breaches.push(b),
      () => now
    )
    const r = new Recorder(0)
    const window = (n: number, ms: number, seconds: number): void => {
      const from = r.length
      add(r, n, ms)
      now += seconds * 1000
      watch.window(r, { from, to: r.length, seconds })
    }
    window(50, 5, 1)
    window(50, 300, 1)
    // a tail of 0.2 s is not judged alone: it waits for the next window
    window(3, 5, 0.2)
    expect(watch.breach).toBeUndefined()
    // with it, 53 requests of which 3 fast: the p95 is still critical, 2.2 s of load in a row
    window(50, 300, 1)
    expect(breaches).toHaveLength(1)
    expect(watch.breach?.sinceMs).toBe(1000)
    expect(watch.breach?.atMs).toBe(3200)
    // once stopped, nothing more is judged
    window(50, 300, 1)
    expect(breaches).toHaveLength(1)
  })

  it("an endpoint's own rule reads that endpoint's requests only", () => {
    const rule: BreachRule = {
      ...P95,
      name: 'error_rate',
      scope: 'GET /b',
      endpoint: 1,
      unit: 'percent',
      band: { warning: 1, critical: 10, abort_after: 1 },
      abortAfter: 1
    }
    let now = 0
    const watch = new BreachWatch(
      [rule],
      () => undefined,
      () => (now += 1000)
    )
    const r = new Recorder(0)
    // endpoint 0 fails every other request; endpoint 1 one in 20 (5%, below critical)
    add(r, 100, 1, 0, 2)
    add(r, 100, 1, 1, 20)
    watch.window(r, { from: 0, to: r.length, seconds: 1 })
    expect(watch.breach).toBeUndefined()
    const from = r.length
    add(r, 100, 1, 1, 5)
    watch.window(r, { from, to: r.length, seconds: 1 })
    expect(watch.breach?.value).toBe(20)
  })
})
