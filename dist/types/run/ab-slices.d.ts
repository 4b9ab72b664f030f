import type { Clock } from '../engine/clock.js';
import { type Side } from './ab-side.js';
import type { AbOptions } from './ab-test.js';
/**
 * How an A/B run's slices run: one side at a time (runSlices) or both at
 * once (runDuet), each slice through the plan executor as every run, and
 * kept on its side with its figures.
 */
/**
 * The slices from `from` to `to`, A B, B A, …, until the last, a signal, or
 * a sustained breach on either side; true when the run was cut short.
 */
export declare function runSlices(a: Side, b: Side, range: {
    from: number;
    to: number;
}, clock: Clock, options: AbOptions): Promise<boolean>;
/**
 * A duet's slices from `from` to `to`: A's and B's side by side, pair by
 * pair, each pair started together; true when the run was cut short.
 */
export declare function runDuet(a: Side, b: Side, range: {
    from: number;
    to: number;
}, clock: Clock, options: AbOptions): Promise<boolean>;
