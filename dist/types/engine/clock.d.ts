/** A monotonic microsecond clock anchored to wall-clock time once, at creation. */
export interface Clock {
    /** wall-clock ms (since 1970) at nowUs() = 0 */
    readonly epochMs: number;
    nowUs(): number;
}
/**
 * performance.now() rather than process.hrtime.bigint(): the same monotonic
 * clock at sub-microsecond resolution, without a BigInt per read (two reads a
 * request).
 */
export declare function createClock(): Clock;
