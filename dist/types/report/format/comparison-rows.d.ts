import type { Comparison, HistoryView, MetricComparison } from '../../gate/compare.js';
/** A compared metric as every view shows it. */
export interface ComparisonRow {
    metric: string;
    baseline: string;
    current: string;
    /** the change and its 95% interval: `+23.0% (+15.0% … +31.0%)` */
    change: string;
    /** the tolerance either way: `±10%`, `±0.5 pp` */
    tolerance: string;
    /** with, when inconclusive, what would decide */
    verdict: string;
}
/** What the rows are made from: a comparison's metrics. */
export type ComparedFigures = Omit<MetricComparison, 'metric' | 'verdict'> & {
    metric: string;
    verdict: string;
};
/**
 * One row per compared metric, formatted the same way in the terminal,
 * report.html, summary.md and junit.xml: times in ms or s, throughput in req/s.
 */
export declare function comparisonRows(metrics: readonly ComparedFigures[]): ComparisonRow[];
/** How the changes were judged, in one sentence every view shows under its table. */
export declare function comparisonMethod(c: Pick<Comparison, 'method' | 'level' | 'windows' | 'step_level' | 'history' | 'looks'>): string;
/** A look's verdict as the progress lines say it. */
export declare function lookText(verdict: string): string;
/** The runs a history baseline was made of: `10 earlier runs (a1b2c3d … e4f5a6b)`. */
export declare function historyText(h: HistoryView): string;
/** A size of change, unsigned: `14.3%`, or `0.52 pp` for the error rate (the smallest change a comparison could see). */
export declare function detectableText(points: boolean, v: number): string;
/** A change as a signed percent, or signed points for the error rate. */
export declare function changeText(points: boolean, v: number): string;
/** A change and its 95% interval: `+23.0% (+15.0% … +31.0%)`. */
export declare function changeWithInterval(points: boolean, change: number, low: number, high: number): string;
/** An A/B comparison's verdict as the badge and headlines name it: `REGRESSION`, `NO CHANGE`. */
export declare function comparisonVerdictText(verdict: string): string;
