import type { RunDocument } from '../run-document.js';
import type { Status } from '../../gate/evaluate.js';
/** report.html's journeys: a table, one waterfall per journey, and every check's pass count. */
export interface JourneyView {
    hasJourneys: boolean;
    journeyHeader: string[];
    journeyTable: {
        cells: string[];
    }[];
    journeyNote: string;
    /** journeys whose once-steps failed and were sent again */
    onceFailures: string[];
    waterfalls: {
        journey: string;
        svg: string;
    }[];
    hasAnswerChecks: boolean;
    answerChecksText: string;
    answerChecks: {
        endpoint: string;
        check: string;
        passed: string;
        failed: string;
        rate: string;
        /** as every view marks it: from the run's outcome (answerCheckStatus) */
        status: Status;
    }[];
}
export declare function journeyView(doc: RunDocument): JourneyView;
