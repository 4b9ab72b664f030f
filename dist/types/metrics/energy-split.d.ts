/**
 * The best split of one segment by the energy statistic of Matteson & James
 * (2014, "A Nonparametric Approach for Multiple Change Point Analysis of
 * Multivariate Data", JASA 109:334), univariate with α = 1: the scaled
 * sample divergence
 *
 *   Q̂(τ, κ) = mn/(m+n) · [ 2/(mn) Σ|x−y| − 1/C(n,2) Σ|x−x'| − 1/C(m,2) Σ|y−y'| ]
 *
 * between X = z[0, τ) and Y = z[τ, κ), maximised over τ and κ. Maximising
 * over κ too (not only κ = the segment's end, as MongoDB's
 * signal_processing_algorithms does) is the paper's and Apache Otava's
 * choice (otava/change_point_divisive/calculator.py): a change that comes
 * back, a regression then its fix, stands out as the short middle piece.
 * A pair that is alone on its side has no within-sample term (C(1,2) = 0),
 * as in Otava.
 */
export interface Split {
    /** first index of the right-hand side, relative to the segment's start */
    index: number;
    /** Q̂ at the best (τ, κ); 0 when no split is allowed or the segment is constant */
    q: number;
}
/**
 * The (τ, κ) with the largest Q̂ in `z`, both sides at least `minSegment`
 * long. O(m²) time, O(m) memory: each τ adds one point to X, and Y grows
 * one point at a time while κ walks to the end. Ties keep the first τ.
 */
export declare function bestSplit(z: Float64Array, minSegment: number, work?: SplitWork): Split;
/** Scratch arrays for `bestSplit`, kept across the many calls of a permutation test. */
export declare class SplitWork {
    private toLeft;
    private before;
    constructor(size: number);
    reset(m: number): {
        toLeft: Float64Array;
        before: Float64Array;
    };
}
