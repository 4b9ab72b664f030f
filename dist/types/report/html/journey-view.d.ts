import type { RunDocument } from '../run-document.js';
/** report.html's journeys: a table, one waterfall per journey, and every check's pass count. */
export interface JourneyView {
    hasJourneys: boolean;
    journeyHeader: string[];
    journeyTable: {
        cells: string[];
    }[];
    journeyNote: string;
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
        failing: boolean;
    }[];
}
export declare function journeyView(doc: RunDocument): JourneyView;
