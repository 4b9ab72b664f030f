import { describe, expect, it } from '@jest/globals'
import { comparabilityWarnings } from '../../src/gate/comparability.js'

describe('comparabilityWarnings', () => {
  const run = (over: Partial<{ service: string; mode: string; users: number; duration: number }> = {}) => ({
    service: over.service ?? 'api',
    mode: over.mode ?? 'load',
    config: { users: over.users ?? 10, duration: over.duration ?? 60 }
  })
  it('is empty for runs of the same settings, and names each difference otherwise', () => {
    expect(comparabilityWarnings(run(), run())).toEqual([])
    expect(
      comparabilityWarnings(run(), run({ service: 'web', mode: 'stress', users: 20, duration: 30 }))
    ).toEqual([
      'services differ: api in the baseline, web now',
      'modes differ: load in the baseline, stress now',
      'users differ: 10 in the baseline, 20 now',
      'durations differ: 60 s in the baseline, 30 s now'
    ])
  })
  it('warns when the load went to another base URL (another host, port or deployment)', () => {
    const at = (base_url: string) => ({ ...run(), config: { ...run().config, base_url } })
    expect(comparabilityWarnings(at('http://127.0.0.1:8080'), at('http://127.0.0.1:9090'))).toEqual([
      'base URLs differ: http://127.0.0.1:8080 in the baseline, http://127.0.0.1:9090 now'
    ])
  })
})
