import { type DriftRow } from '../format/drift-rows.js';
import type { RunDocument } from '../run-document.js';
/** report.html's drift: the table, and the run's p50 and p95 per minute with their trend. */
export interface DriftView {
    hasDrift: boolean;
    driftRows: DriftRow[];
    driftNote: string;
    driftChart: string;
}
export declare function driftView(doc: RunDocument): DriftView;
