/**
 * The search of `perf-gate bisect`, apart from git and load: candidates are
 * the commits after the good one, oldest first, the last being the bad one.
 * A step judges one candidate against the good build: `bad` (a regression),
 * `good` (no change), or `skip` (still inconclusive after its longest run,
 * or it did not build), as `git bisect skip`: the search goes on around it
 * and, when only skipped commits are left between the last good and the
 * first bad, names them all.
 */
export type StepJudgement = 'bad' | 'good' | 'skip';
export type BisectResult = {
    kind: 'first_bad';
    index: number;
}
/** the first bad commit is one of these (skipped ones, then the first known bad) */
 | {
    kind: 'one_of';
    indices: number[];
};
export declare class BisectSearch {
    readonly candidates: number;
    /** the last candidate known good (-1: the good commit itself) and the first known bad */
    private lastGood;
    private firstBad;
    private readonly skipped;
    constructor(candidates: number);
    /** The next candidate to judge: the untried one nearest the middle of what is left; undefined when done. */
    next(): number | undefined;
    /** Candidates not yet tried between the last good and the first bad. */
    left(): number;
    record(index: number, judgement: StepJudgement): void;
    /** What is known once `next()` is undefined. */
    result(): BisectResult;
    /** Candidates strictly between the last good and the first bad (once done, all of them skipped). */
    private between;
}
