/** A monotonic microsecond clock anchored to wall-clock time once, at creation. */
export interface Clock {
    /** wall-clock ms (since 1970) at nowUs() = 0 */
    readonly epochMs: number;
    nowUs(): number;
}
export declare function createClock(): Clock;
