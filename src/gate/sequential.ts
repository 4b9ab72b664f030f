import { errorFunction } from 'simple-statistics'
import { MAX_LOOKS } from '../config/ab-request.js'

/**
 * A group-sequential design for an A/B run that may look again before its
 * cap (`--max-duration`): K looks, equally spaced (each after the same number
 * of slice pairs), with O'Brien–Fleming boundaries. Looking K times at the
 * nominal 95% would raise false alarms far more often than 1 in 20 (five
 * looks: about 1 in 7); these boundaries spend almost none of the 5% early
 * (look 1 of 4 at z 4.05) and keep the last look near the fixed design's
 * 1.96, so the whole run's chance of a false alarm stays 5%.
 *
 * C(K): Jennison & Turnbull, Group Sequential Methods with Applications to
 * Clinical Trials (2000), table 2.3 (two-sided α = 0.05, equal group sizes);
 * the boundary at look k is C(K) · √(K / k).
 */
const OBRIEN_FLEMING_C: Record<number, number> = {
  1: 1.96,
  2: 1.977,
  3: 2.004,
  4: 2.024,
  5: 2.04,
  6: 2.053,
  7: 2.063,
  8: 2.072,
  9: 2.08,
  10: 2.087
}

export { MAX_LOOKS } from '../config/ab-request.js'

export const SEQUENTIAL_DESIGN =
  "O'Brien–Fleming group-sequential boundaries (Jennison & Turnbull 2000, table 2.3)"

/** The confidence level of each look's intervals, looks 1…K. */
export function sequentialLevels(looks: number): number[] {
  const c = OBRIEN_FLEMING_C[looks]
  if (c === undefined) throw new Error(`looks must be 1 to ${MAX_LOOKS}, got ${looks}`)
  return Array.from({ length: looks }, (_, i) => twoSidedLevel(c * Math.sqrt(looks / (i + 1))))
}

/** P(|Z| < z) for a standard normal Z. */
function twoSidedLevel(z: number): number {
  return errorFunction(z / Math.SQRT2)
}

/** What an A/B run with looks did: how many it made of how many, and why it stopped. */
export interface LooksView {
  design: string
  planned: number
  made: number
  /** decided: a look gave a verdict; cap: the last look (max-duration) was reached; stopped: a signal or breach */
  stopped: 'decided' | 'cap' | 'stopped'
  /** each look's interval level */
  levels: number[]
}
