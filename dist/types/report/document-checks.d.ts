import type { ThresholdName } from '../config/thresholds.js';
import type { CheckView, RunDocument } from './run-document.js';
/** One threshold check of a run document, with where it applies. */
export interface DocumentCheck {
    name: ThresholdName;
    ch: CheckView;
    /** `overall`, an endpoint (`GET /a`, `shop/cart`) or `journey NAME` */
    scope: string;
}
/**
 * Every threshold check a run document holds, in the order every view lists
 * them: overall, then each endpoint's, then each journey's. One list, so a
 * view cannot leave a kind out (summary.md once lost the journeys' rows).
 */
export declare function documentChecks(doc: Pick<RunDocument, 'thresholds' | 'per_endpoint' | 'journeys'>): DocumentCheck[];
