import type { ChangeKind } from './bootstrap.js';
/**
 * How much two neighbouring segments of a history differ, with a 95%
 * interval from Welch's t (unequal variances, Welch–Satterthwaite degrees
 * of freedom). The runs of a history are separate CI jobs, so unlike the
 * windows of one run they are close to independent and a t interval fits;
 * a bootstrap would add a seed and nothing else. A relative change is
 * taken on the log of the ratio of the means (delta method), so its
 * interval stays above −100% and is as wide either way on a log scale, as
 * the bootstrap's widened intervals are (student-t.ts).
 */
export interface SegmentChange {
    /** after / before − 1 (relative) or after − before (points) */
    change: number;
    /** the change's 95% interval; NaN for a relative change when a mean is not above 0 */
    ci_low: number;
    ci_high: number;
}
/** The change from `before` to `after` (each at least 2 figures). */
export declare function segmentChange(before: readonly number[], after: readonly number[], kind: ChangeKind): SegmentChange;
