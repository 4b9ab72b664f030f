import type { RunDocument } from '../run-document.js';
/**
 * trends.html of a reports directory: per series (service, kind of run and
 * settings), p95, throughput and error rate over the runs, with runs that
 * regressed against their baseline marked, and a table linking every report. Inline SVG and classes only, like report.html.
 */
export interface TrendRun {
    dir: string;
    doc: RunDocument;
}
export declare function renderTrends(reportsDir: string, runs: readonly TrendRun[]): string;
