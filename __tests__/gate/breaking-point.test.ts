import { describe, expect, it } from '@jest/globals'
import { findBreakingPoint, isKnee, stageStatus } from '../../src/gate/breaking-point.js'
import { DEFAULT_THRESHOLDS } from '../../src/config/thresholds.js'
import type { StageMetrics } from '../../src/metrics/stages.js'

function stage(
  stage: number,
  users: number,
  rps: number,
  p95: number,
  error_rate = 0,
  generator_bound = false
): StageMetrics {
  return {
    stage,
    users,
    start: stage - 1,
    duration: 1,
    requests: rps,
    rps,
    p50: p95 / 2,
    p95,
    p99: p95 * 1.2,
    error_rate,
    error_types: {},
    generator: { event_loop_p99_ms: generator_bound ? 120 : 5, cpu_percent: generator_bound ? 99 : 30 },
    generator_bound
  }
}

describe('knee detection', () => {
  it('is a knee when doubling users gives no throughput and doubles latency', () => {
    expect(isKnee(stage(1, 10, 1000, 0.01), stage(2, 20, 1010, 0.02))).toBe(true)
  })
  it('is no knee while throughput grows with users, or when latency does not climb', () => {
    expect(isKnee(stage(1, 10, 1000, 0.01), stage(2, 20, 1900, 0.0105))).toBe(false)
    expect(isKnee(stage(1, 10, 1000, 0.01), stage(2, 20, 1000, 0.011))).toBe(false)
  })
})

describe('findBreakingPoint', () => {
  const t = DEFAULT_THRESHOLDS
  it('reports the first critical stage and the last good one', () => {
    const v = findBreakingPoint(
      [stage(1, 10, 100, 0.1), stage(2, 20, 200, 0.2), stage(3, 30, 250, 0.4, 7), stage(4, 40, 100, 6, 30)],
      t
    )
    expect(v.breaking_point).toMatchObject({ stage: 3, users: 30, rps: 250, reason: 'error_rate' })
    expect(v.max_sustainable).toEqual({ stage: 2, users: 20, rps: 200, p95: 0.2 })
    expect(v.conclusion).toBe(
      'Breaking point at 30 users (250 req/s): error rate 7% reached the critical 5%. Sustains 20 users at 200 req/s.'
    )
  })

  it('never blames the service for a stage where the generator was saturated', () => {
    const v = findBreakingPoint(
      [stage(1, 10, 100, 0.1), stage(2, 20, 200, 0.2), stage(3, 30, 210, 6, 10, true)],
      t
    )
    expect(v.breaking_point).toBeUndefined()
    expect(v.generator_bound_stages).toEqual([3])
    expect(v.max_sustainable?.users).toBe(20)
    expect(v.conclusion).toMatch(
      /^No breaking point up to 20 users; from 30 users the load generator itself was saturated .* more generator capacity is needed/
    )
  })

  it('says so when nothing broke', () => {
    const v = findBreakingPoint([stage(1, 5, 50, 0.1), stage(2, 10, 100, 0.1)], t)
    expect(v).toEqual({
      max_sustainable: { stage: 2, users: 10, rps: 100, p95: 0.1 },
      generator_bound_stages: [],
      conclusion: 'No breaking point up to 10 users.'
    })
  })

  it('under a fixed rate a flat throughput is the rate, not a knee: only thresholds break it', () => {
    const flat = [stage(1, 2, 50, 0.02), stage(2, 4, 50, 0.04)]
    expect(findBreakingPoint(flat, t).breaking_point?.reason).toBe('throughput_plateau')
    expect(findBreakingPoint(flat, t, { knee: false }).breaking_point).toBeUndefined()
  })

  it('stage status uses the error-rate and p95 bands', () => {
    expect(stageStatus(stage(1, 1, 1, 0.1), t)).toBe('good')
    expect(stageStatus(stage(1, 1, 1, 2.5), t)).toBe('warning')
    expect(stageStatus(stage(1, 1, 1, 0.1, 5), t)).toBe('critical')
  })
})
