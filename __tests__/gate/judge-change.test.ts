import { describe, expect, it } from '@jest/globals'
import { judgeChange, windowsToDecide } from '../../src/gate/judge-change.js'

describe('judgeChange', () => {
  const iv = (low: number, high: number) => ({ estimate: (low + high) / 2, low, high })
  it.each([
    [0.12, 0.3, 'up', 'regression'],
    [0.12, 0.3, 'down', 'improvement'],
    [-0.3, -0.12, 'up', 'improvement'],
    [-0.3, -0.12, 'down', 'regression'],
    [-0.05, 0.08, 'up', 'no_change'],
    [-0.1, 0.1, 'up', 'no_change'],
    [0.05, 0.15, 'up', 'inconclusive'],
    [-0.2, 0.2, 'down', 'inconclusive']
  ] as const)('[%p, %p], worse %p → %p', (low, high, worse, verdict) => {
    expect(judgeChange(iv(low, high), 0.1, worse)).toBe(verdict)
  })
})

describe('windowsToDecide', () => {
  it('scales the windows by (half-width / room to the nearer bound)²', () => {
    // half-width 0.05, estimate 0.08: 0.02 from the 10% bound → 6.25× the windows
    expect(windowsToDecide({ estimate: 0.08, low: 0.03, high: 0.13 }, 0.1, 60)).toBe(375)
    // already decided: as many as it had
    expect(windowsToDecide({ estimate: 0.02, low: -0.01, high: 0.05 }, 0.1, 60)).toBe(60)
    // on the bound: no run length decides
    expect(windowsToDecide({ estimate: 0.1, low: 0.05, high: 0.15 }, 0.1, 60)).toBe(Infinity)
  })
})
