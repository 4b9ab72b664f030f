/** Linear scales with "nice" ticks (1, 2, 2.5, 5 × 10^k), as axis labels people can read. */
export interface LinearScale {
    domain: [number, number];
    range: [number, number];
    (value: number): number;
    ticks: number[];
}
export declare function niceStep(span: number, count: number): number;
/** A scale from [min, max] onto [r0, r1]; the domain is widened to whole ticks. */
export declare function linearScale(min: number, max: number, r0: number, r1: number, tickCount?: number): LinearScale;
