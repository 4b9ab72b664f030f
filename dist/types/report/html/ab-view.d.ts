import type { RunDocument } from '../run-document.js';
import type { ChartView } from './report-charts.js';
export interface AbEndpointRow {
    endpoint: string;
    requestsA: string;
    requestsB: string;
    p50A: string;
    p50B: string;
    p95A: string;
    p95B: string;
    errorRateA: string;
    errorRateB: string;
}
export interface AbView {
    isAb: boolean;
    /** the page's badge: the comparison, not B's threshold verdict */
    badge?: {
        verdict: string;
        verdictText: string;
        label: string;
    };
    /** the run's exit verdict, said beside the comparison's */
    abGateText?: string;
    abThresholdNote?: string;
    abEndpoints?: AbEndpointRow[];
}
export declare function abView(doc: RunDocument): AbView;
/**
 * p95, throughput and error rate slice by slice, A beside B: the pairs the
 * comparison judged. (Each side's per-second series has a gap every other
 * slice, when the other side ran, so it is not what a reader should compare.)
 */
export declare function abCharts(doc: RunDocument): ChartView[];
