import type { RunDocument } from '../run-document.js';
/** One figure of the report: an id to link to, a caption, and SVG built by charts/. */
export interface ChartView {
    id: string;
    caption: string;
    svg: string;
}
/** Charts keep at most this many points per series; longer runs are downsampled. */
export declare const MAX_CHART_POINTS = 300;
/** Runs over ten minutes are plotted in minutes, so the ticks land on round minutes. */
export declare function elapsedAxis(doc: RunDocument): {
    scale: number;
    label: string;
    tick: (v: number) => string;
};
/** The report's charts: latency, throughput, errors, histogram, and for a stress run users against rps and p95. */
export declare function charts(doc: RunDocument): ChartView[];
