import type { Status } from '../../gate/evaluate.js';
/**
 * One compared metric as a small picture: its change and 95% interval on an
 * axis, beside the tolerance band. A regression is an interval wholly past
 * the band on the worse side; an inconclusive one crosses the band's edge.
 * SVG as text, classes only (report.css), like the other charts.
 */
export interface IntervalChartOptions {
    /** e.g. `95th percentile: 42.1 ms → 51.8 ms` */
    title: string;
    estimate: number;
    /** null: too few windows for an interval (only the estimate is drawn) */
    low: number | null;
    high: number | null;
    tolerance: number;
    /** how a value reads on the axis: `+12%`, `+0.5 pp` */
    format: (v: number) => string;
    status: Status;
    width?: number;
}
export declare function intervalChart(o: IntervalChartOptions): string;
