/** A monotonic microsecond clock anchored to wall-clock time once, at creation. */
export interface Clock {
    /** wall-clock ms (since 1970) at nowUs() = 0 */
    readonly epochMs: number;
    /** process.hrtime.bigint() at nowUs() = 0: the same instant in every thread of the process */
    readonly originNs: bigint;
    nowUs(): number;
}
/**
 * performance.now() rather than process.hrtime.bigint(): the same monotonic
 * clock at sub-microsecond resolution, without a BigInt per read (two reads a
 * request).
 */
export declare function createClock(): Clock;
/**
 * Another thread's clock, read here: performance.now() counts from each
 * thread's own start, process.hrtime from one point for the whole process, so
 * the two are tied together once and the thread's requests land on the main
 * thread's time line.
 */
export declare function sharedClock(of: {
    epochMs: number;
    originNs: bigint;
}): Clock;
