/** One segment of a journey's waterfall: a step's median time, or the pause after it. */
export interface WaterfallSegment {
    label: string;
    seconds: number;
    kind: 'step' | 'think';
}
/**
 * A journey's steps laid end to end as bars of their median response time,
 * each followed by its pause (think time, drawn apart, dashed): where an
 * iteration's time goes, and how much of a user's time is waiting by design.
 * One row per segment, as a waterfall reads; the x axis is seconds.
 */
export declare function waterfallChart(o: {
    title: string;
    segments: WaterfallSegment[];
    format: (seconds: number) => string;
    width?: number;
}): string;
