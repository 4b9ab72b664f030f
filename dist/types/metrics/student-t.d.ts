import type { ChangeInterval, ChangeKind } from './bootstrap.js';
/** Student's t 97.5% quantile (two-sided 95%) for df degrees of freedom. */
export declare function tQuantile975(df: number): number;
/**
 * A percentile interval from few resampled units is too narrow (with 6
 * pairs, by about a third): widen it about the estimate by Student's t over
 * the normal quantile, with the bootstrap's n/(n − 1) variance correction.
 * A relative change is widened as a ratio (in log space), so its interval
 * stays above −100% however wide it grows.
 */
export declare function widenByStudentT(iv: ChangeInterval, n: number, kind: ChangeKind): ChangeInterval;
