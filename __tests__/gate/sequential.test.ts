import { describe, expect, it } from '@jest/globals'
import { MAX_LOOKS, sequentialLevels } from '../../src/gate/sequential.js'
import { parseAbRequest, withConfigAb } from '../../src/config/ab-request.js'
import { AB_FLAGS } from '../../src/cli/commands/ab.js'
import { inputError } from '../helpers/input-error.js'

describe("O'Brien–Fleming looks", () => {
  it('one look is the fixed design: 95%', () => {
    expect(sequentialLevels(1)[0]).toBeCloseTo(0.95, 4)
  })

  it('four looks: z 4.048, 2.862, 2.337, 2.024 (C = 2.024 · √(4/k)), the last near the fixed 1.96', () => {
    const z = [4.048, 2.862, 2.337, 2.024]
    const levels = sequentialLevels(4)
    // P(|Z| < z) of each boundary
    const table = [0.99995, 0.9958, 0.98057, 0.95703] // python: math.erf(z / sqrt(2))
    levels.forEach((l, i) => expect(l).toBeCloseTo(table[i], 4))
    expect(z).toHaveLength(levels.length)
  })

  it('each look is stricter than the fixed design, and later looks less strict than earlier ones', () => {
    for (let k = 2; k <= MAX_LOOKS; k++) {
      const levels = sequentialLevels(k)
      expect(levels.every((l) => l > 0.95)).toBe(true)
      for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThan(levels[i - 1])
    }
    expect(() => sequentialLevels(MAX_LOOKS + 1)).toThrow()
  })

  it('in simulated A/A runs of 4 looks on one normal statistic, the false-alarm rate stays near 5% (each look alone at 95% would be about 13%)', () => {
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const normal = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random())
    const z = (level: number) => {
      // invert P(|Z| < z) = level by bisection
      let lo = 0
      let hi = 6
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2
        const p = 1 - 2 * (1 - 0.5 * (1 + erf(mid / Math.SQRT2)))
        if (p < level) lo = mid
        else hi = mid
      }
      return lo
    }
    const bounds = sequentialLevels(4).map(z)
    let sequential = 0
    let naive = 0
    const trials = 20_000
    for (let t = 0; t < trials; t++) {
      let sum = 0
      let s = false
      let n = false
      for (let k = 1; k <= 4; k++) {
        for (let j = 0; j < 10; j++) sum += normal()
        const stat = sum / Math.sqrt(10 * k)
        if (Math.abs(stat) > bounds[k - 1]) s = true
        if (Math.abs(stat) > 1.96) n = true
      }
      if (s) sequential++
      if (n) naive++
    }
    expect(sequential / trials).toBeGreaterThan(0.04)
    expect(sequential / trials).toBeLessThan(0.06)
    expect(naive / trials).toBeGreaterThan(0.11)
  })
})

describe('ab --max-duration', () => {
  const labels = AB_FLAGS
  const parse = (maxDuration?: string) =>
    parseAbRequest(
      { service: 'api', aUrl: 'http://a.test', bUrl: 'http://b.test', duration: 60, maxDuration },
      labels
    )

  it('a whole number of looks of --duration: 180s after 60 s is three looks; none set, one', () => {
    expect(parse('180s').maxDuration).toBe(180)
    expect(parse('200s').maxDuration).toBe(180)
    expect(parse().maxDuration).toBeUndefined()
    // as given: one look, over any config's ab.max_duration
    expect(parse('60s').maxDuration).toBe(60)
  })

  it('shorter than --duration, or more than 10 looks: one line naming the flag', () => {
    expect(inputError(() => parse('30s')).message).toBe(
      '--max-duration: must be from --duration (60 s: one look) to 10 times it (600 s): each look adds --duration of slices (got "30s")'
    )
    expect(inputError(() => parse('11m')).message).toMatch(/^--max-duration: must be from --duration/)
  })

  it("--pairing: unset (the config's, else alternate), duet when asked, and one line naming the flag otherwise", () => {
    expect(parse().pairing).toBeUndefined()
    const duet = parseAbRequest(
      { service: 'api', aUrl: 'http://a.test', bUrl: 'http://b.test', duration: 60, pairing: 'duet' },
      labels
    )
    expect(duet.pairing).toBe('duet')
    // the config's ab.pairing fills in for a run that set none, never over one that did
    expect(withConfigAb(parse(), { abPairing: 'duet' }, '--duration').pairing).toBe('duet')
    expect(withConfigAb({ ...duet, pairing: 'alternate' }, { abPairing: 'duet' }, '--duration').pairing).toBe(
      'alternate'
    )
    expect(
      inputError(() =>
        parseAbRequest(
          { service: 'api', aUrl: 'http://a.test', bUrl: 'http://b.test', duration: 60, pairing: 'Duet' },
          labels
        )
      ).message
    ).toBe(
      '--pairing: must be alternate (one side at a time) or duet (both at once, for a noisy machine) (got "Duet")'
    )
  })
})

function erf(x: number): number {
  // Abramowitz & Stegun 7.1.26
  const t = 1 / (1 + 0.3275911 * Math.abs(x))
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x)
  return x >= 0 ? y : -y
}
