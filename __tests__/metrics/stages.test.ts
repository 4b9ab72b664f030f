import { describe, expect, it } from '@jest/globals'
import type { StageTiming } from '../../src/engine/load-runner.js'
import { Recorder } from '../../src/engine/recorder.js'
import { stageMetrics } from '../../src/metrics/stages.js'

const timing = (index: number, users: number, firstRecord: number): StageTiming => ({
  index,
  users,
  startUs: index * 1e6,
  endUs: (index + 1) * 1e6,
  firstRecord,
  eventLoopP99Ms: 1,
  cpuPercent: 10
})

describe('stageMetrics', () => {
  // stage 0: 10 requests of 1 ms; stage 1: 20 of 2 ms (one 500); stage 2: 30 of 3 ms; a stage-0 straggler completes late
  const r = new Recorder(0)
  for (let i = 0; i < 10; i++) r.add(i * 1000, 1000, 0, 200, 0, 1, 0)
  for (let i = 0; i < 20; i++)
    r.add(1e6 + i * 1000, 2000, 0, i === 0 ? 500 : 200, i === 0 ? r.errorId('http_5xx', 'HTTP 500') : 0, 1, 1)
  r.add(900_000, 1_500_000, 0, 200, 0, 1, 0)
  for (let i = 0; i < 30; i++) r.add(2e6 + i * 1000, 3000, 0, 200, 0, 1, 2)
  const all = [timing(0, 5, 0), timing(1, 10, 10), timing(2, 15, 30)]

  it('assigns each request to the stage it was sent in', () => {
    const s = stageMetrics(r, all)
    expect(s.map((x) => [x.stage, x.users, x.requests])).toEqual([
      [1, 5, 11],
      [2, 10, 20],
      [3, 15, 30]
    ])
    expect(s[1].error_types).toEqual({ http_5xx: 1 })
    expect(s[2].p50).toBe(0.003)
  })

  it('gives the same numbers for the last two stages when scanning only from where they began', () => {
    const full = stageMetrics(r, all)
    const lastTwo = stageMetrics(r, all.slice(-2), all[0].startUs, all[1].firstRecord)
    expect(lastTwo).toEqual(full.slice(-2))
  })
})
