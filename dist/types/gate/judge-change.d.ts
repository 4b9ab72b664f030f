import type { ChangeInterval } from '../metrics/bootstrap.js';
/**
 * The verdict rule of a baseline comparison, apart from the statistics that
 * feed it: metrics/ says how sure an interval is, the gate says which
 * intervals count as a change.
 */
export type ChangeVerdict = 'regression' | 'improvement' | 'no_change' | 'inconclusive';
/**
 * A change matters only beyond the tolerance: `regression` when the whole
 * interval is beyond it on the worse side, `improvement` on the better side,
 * `no_change` when the whole interval is within it, else `inconclusive`.
 * `worse` says which direction hurts (up for times and errors, down for throughput).
 */
export declare function judgeChange(interval: ChangeInterval, tolerance: number, worse: 'up' | 'down'): ChangeVerdict;
/**
 * How many windows an inconclusive comparison would need to decide, if the
 * estimate held and the interval shrank as 1/√n: the interval's half-width
 * must fall below the estimate's distance to the nearer tolerance bound.
 * Infinity when the estimate sits on a bound.
 */
export declare function windowsToDecide(interval: ChangeInterval, tolerance: number, windows: number): number;
/**
 * The smallest change this comparison would have called a regression (or an
 * improvement) four times in five: the tolerance, plus the interval's
 * half-width (the estimate must clear the bound by it), plus the
 * estimate's own spread at 80% power. What a passing gate could not see is
 * any change below it.
 */
export declare function detectableChange(interval: Pick<ChangeInterval, 'low' | 'high'>, tolerance: number): number;
