import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../../src/config/errors.js'
import { loadConfig } from '../../src/config/load.js'
import type { LoadRequest } from '../../src/config/run-request.js'
import { buildRunPlan, stressStages } from '../../src/run/plan.js'
import { shardPlan } from '../../src/run/shard-plan.js'
import { tempDir } from '../helpers/run-cli.js'

async function config(yaml: string) {
  const file = join(await tempDir(), 'perf-gate.yml')
  await writeFile(file, yaml)
  return loadConfig({ file, env: {} })
}

const load = (over: Partial<LoadRequest> = {}): LoadRequest => ({
  service: 'api',
  mode: 'load',
  users: 4,
  duration: 10,
  maxUsers: 100,
  timeout: 2,
  ...over
})

describe('buildRunPlan', () => {
  it('a service may set its own rate in perf-gate.yml; the run’s --rps wins over it', async () => {
    const cfg = await config('services:\n  api:\n    port: 9\n    rps: 250\n    endpoints: [{ path: /x }]\n')
    expect(buildRunPlan(load(), cfg).settings).toMatchObject({ rps: 250, maxUsers: 100, users: 4 })
    expect(buildRunPlan(load({ rps: 40 }), cfg).settings.rps).toBe(40)
  })

  it('a paced load test judges throughput against its rate unless the config sets throughput bands', async () => {
    const plain = await config('services:\n  api:\n    port: 9\n    endpoints: [{ path: /x }]\n')
    expect(buildRunPlan(load({ rps: 5 }), plain).target.thresholds.requests_per_second).toEqual({
      warning: 4.75,
      critical: 2.5
    })
    expect(buildRunPlan(load(), plain).target.thresholds.requests_per_second).toEqual({
      warning: 10,
      critical: 1
    })
    const own = await config(
      'thresholds:\n  requests_per_second: { warning: 3, critical: 2 }\nservices:\n  api:\n    port: 9\n    endpoints: [{ path: /x }]\n'
    )
    expect(buildRunPlan(load({ rps: 5 }), own).target.thresholds.requests_per_second).toEqual({
      warning: 3,
      critical: 2
    })
  })

  it('paced journeys: the rate starts journeys, so the throughput bands count their looped steps, mixed by weight', async () => {
    const journeys = await config(
      [
        'services:',
        '  api:',
        '    port: 9',
        '    journeys:',
        // 2 looped steps (the login is once per user) at weight 3, 4 at weight 1: 2.5 requests a journey
        '      - { name: a, weight: 3, steps: [{ path: /login, once: true }, { path: /x }, { path: /y }] }',
        '      - { name: b, weight: 1, steps: [{ path: /1 }, { path: /2 }, { path: /3 }, { path: /4 }] }',
        ''
      ].join('\n')
    )
    expect(buildRunPlan(load({ rps: 20 }), journeys).target.thresholds.requests_per_second).toEqual({
      warning: 47.5,
      critical: 25
    })
  })

  it('without a rate anywhere a load test is closed-loop and has no connection cap', async () => {
    const cfg = await config('services:\n  api:\n    port: 9\n    endpoints: [{ path: /x }]\n')
    const plan = buildRunPlan(load(), cfg)
    expect(plan.settings.rps).toBeUndefined()
    expect(plan.settings.maxUsers).toBeUndefined()
    expect(plan.stages).toEqual([{ users: 4, durationSec: 10 }])
  })

  it('a bad rate in the file names the field', async () => {
    await expect(
      config('services:\n  api:\n    port: 9\n    rps: 0\n    endpoints: [{ path: /x }]\n')
    ).rejects.toThrow(InputError)
    await expect(
      config('services:\n  api:\n    port: 9\n    rps: 0\n    endpoints: [{ path: /x }]\n')
    ).rejects.toThrow(/services\.api\.rps: must be above 0/)
  })

  it('a stress ramp: users (k+1)·max/steps, equal stage lengths', () => {
    expect(stressStages({ maxUsers: 10, rampUp: 20, steps: 4, stopOnBreak: false })).toEqual([
      { users: 3, durationSec: 5 },
      { users: 5, durationSec: 5 },
      { users: 8, durationSec: 5 },
      { users: 10, durationSec: 5 }
    ])
  })
})

describe('shardPlan', () => {
  it('splits users, stress stages and rate into shares that add up to the whole; throughput bands shrink alike', async () => {
    const cfg = await config(
      'services:\n  api:\n    port: 9\n    endpoints: [{ path: /x, thresholds: { requests_per_second: { warning: 40, critical: 8 } } }]\n' +
        'thresholds: { requests_per_second: { warning: 100, critical: 20 } }\n'
    )
    const whole = buildRunPlan(load({ users: 10, rps: 90 }), cfg)
    const shares = [1, 2, 3].map((index) => shardPlan(whole, { index, of: 3 }))
    expect(shares.map((p) => p.settings.users)).toEqual([4, 3, 3])
    expect(shares.map((p) => p.settings.rps)).toEqual([30, 30, 30])
    expect(shares[0].target.thresholds.requests_per_second).toEqual({ warning: 33.333, critical: 6.667 })
    expect(shares[0].target.endpoints[0].thresholds!.requests_per_second).toEqual({
      warning: 13.333,
      critical: 2.667
    })
    // the whole's other bands are unchanged
    expect(shares[0].target.thresholds.p95_response_time).toEqual(whole.target.thresholds.p95_response_time)
    const stress = buildRunPlan(
      {
        service: 'api',
        mode: 'stress',
        timeout: 2,
        stress: { maxUsers: 40, rampUp: 40, steps: 4, stopOnBreak: false }
      },
      cfg
    )
    const parts = [1, 2, 3].map((index) => shardPlan(stress, { index, of: 3 }))
    stress.stages.forEach((st, k) => expect(parts.reduce((t, p) => t + p.stages[k].users, 0)).toBe(st.users))
    expect(parts.map((p) => p.settings.stress!.maxUsers)).toEqual([14, 13, 13])
  })
})
