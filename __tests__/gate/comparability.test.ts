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

  describe('the runner that sent the load', () => {
    const runner = { cpu: 'AMD EPYC 7763 64-Core Processor', cores: 4, memory_bytes: 16_772_870_144 }
    const on = (over: Partial<typeof runner> = {}) => ({
      ...run(),
      provenance: { runner: { ...runner, ...over } }
    })

    it('warns when the CPU model, the cores or the memory differ', () => {
      expect(comparabilityWarnings(on(), on())).toEqual([])
      expect(
        comparabilityWarnings(
          on(),
          on({ cpu: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', cores: 2, memory_bytes: 8_323_002_368 })
        )
      ).toEqual([
        'runner CPUs differ: AMD EPYC 7763 64-Core Processor in the baseline, Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz now',
        'runner cores differ: 4 in the baseline, 2 now',
        'runner memory differs: 16.8 GB in the baseline, 8.32 GB now'
      ])
    })

    it('one machine type whose memory total moved by a few MB (another kernel) is the same runner', () => {
      expect(comparabilityWarnings(on(), on({ memory_bytes: runner.memory_bytes - 50_000_000 }))).toEqual([])
    })

    it('says nothing when either run recorded no runner (a run from before provenance)', () => {
      expect(comparabilityWarnings(run(), on({ cores: 64 }))).toEqual([])
      expect(comparabilityWarnings(on({ cores: 64 }), run())).toEqual([])
      expect(comparabilityWarnings({ ...run(), provenance: {} }, on())).toEqual([])
    })
  })
})
