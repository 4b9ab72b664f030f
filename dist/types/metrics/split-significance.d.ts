/**
 * Is the best split significant? Matteson & James's permutation test, as
 * MongoDB's signal_processing_algorithms (energy_statistics.py) and Apache
 * Otava's original E-Divisive (change_point_divisive/significance_test.py)
 * run it: shuffle the values within each current segment, take the largest
 * Q̂ over all segments of the shuffled series, and count how often that
 * beats the observed one. Because every shuffle is searched for its own
 * best split, the search over all (τ, κ) is in the null distribution: no
 * Bonferroni factor is needed, unlike a t-test on the chosen split
 * (Hunter's, which therefore asks for p < 0.001).
 *
 * Deterministic and cheaper than the references in two ways that leave the
 * test unchanged: each segment has its own seeded stream of shuffles (seeded
 * from the segment's bounds), so a segment's null sample is drawn once and
 * reused by every later test that still has that segment; and a test stops
 * drawing as soon as enough shuffles have beaten the observed Q̂ that it
 * cannot be significant (Besag & Clifford's sequential p-value, 1991).
 */
export interface PermutationOptions {
    /** shuffles per test, R; the p-value is (1 + beaten) / (R + 1), so never 0 */
    permutations: number;
    alpha: number;
    minSegment: number;
    seed: number;
}
export interface Significance {
    significant: boolean;
    /** (1 + b)/(R + 1); when the test stopped early, the p-value so far (already above alpha) */
    p_value: number;
}
/** The permutation tests of one series, one per step of the divisive search. */
export declare class PermutationTest {
    private readonly z;
    private readonly o;
    private readonly nulls;
    private readonly work;
    constructor(z: Float64Array, o: PermutationOptions);
    /** The test of `observed`, the largest Q̂ over `segments` ([start, end) pairs covering the series). */
    test(segments: ReadonlyArray<readonly [number, number]>, observed: number): Significance;
    private segmentNull;
}
