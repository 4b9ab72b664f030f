import type { Status } from '../../gate/evaluate.js';
import { type ComparisonRow } from '../format/comparison-rows.js';
import type { RunDocument } from '../run-document.js';
/** What report.html shows of a comparison with a baseline run, when the run had one. */
export interface BaselineView {
    hasBaseline: boolean;
    baselineRun?: string;
    baselineVerdict?: string;
    baselineStatus?: Status;
    baselineMethod?: string;
    baselineFailOn?: string;
    baselineWarnings?: string[];
    baselineRows?: (ComparisonRow & {
        status: Status;
    })[];
    baselineCharts?: {
        svg: string;
    }[];
}
export declare function baselineView(doc: RunDocument): BaselineView;
