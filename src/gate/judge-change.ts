import type { ChangeInterval } from '../metrics/bootstrap.js'

/**
 * The verdict rule of a baseline comparison, apart from the statistics that
 * feed it: metrics/ says how sure an interval is, the gate says which
 * intervals count as a change.
 */

export type ChangeVerdict = 'regression' | 'improvement' | 'no_change' | 'inconclusive'

/**
 * A change matters only beyond the tolerance: `regression` when the whole
 * interval is beyond it on the worse side, `improvement` on the better side,
 * `no_change` when the whole interval is within it, else `inconclusive`.
 * `worse` says which direction hurts (up for times and errors, down for throughput).
 */
export function judgeChange(
  interval: ChangeInterval,
  tolerance: number,
  worse: 'up' | 'down'
): ChangeVerdict {
  const { low, high } = interval
  if (low > tolerance) return worse === 'up' ? 'regression' : 'improvement'
  if (high < -tolerance) return worse === 'up' ? 'improvement' : 'regression'
  if (low >= -tolerance && high <= tolerance) return 'no_change'
  return 'inconclusive'
}

/**
 * How many windows an inconclusive comparison would need to decide, if the
 * estimate held and the interval shrank as 1/√n: the interval's half-width
 * must fall below the estimate's distance to the nearer tolerance bound.
 * Infinity when the estimate sits on a bound.
 */
export function windowsToDecide(interval: ChangeInterval, tolerance: number, windows: number): number {
  const half = (interval.high - interval.low) / 2
  const room = Math.abs(Math.abs(interval.estimate) - tolerance)
  if (half <= room) return windows
  if (room === 0) return Infinity
  return Math.ceil(windows * (half / room) ** 2)
}

/** z of a one-sided 80% power: the change a test catches four times in five sits this far past its bound. */
const Z_POWER_80 = 0.8416
const Z_975 = 1.96

/**
 * The smallest change this comparison would have called a regression (or an
 * improvement) four times in five: the tolerance, plus the interval's
 * half-width (the estimate must clear the bound by it), plus the
 * estimate's own spread at 80% power. What a passing gate could not see is
 * any change below it.
 */
export function detectableChange(interval: Pick<ChangeInterval, 'low' | 'high'>, tolerance: number): number {
  const half = (interval.high - interval.low) / 2
  return tolerance + half * (1 + Z_POWER_80 / Z_975)
}
