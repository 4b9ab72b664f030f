import { type RunDocument } from '../run-document.js';
/**
 * A metrics.json holds a histogram and one entry a second: a day-long soak is
 * a few MB. Far larger is not one of ours, and would be held whole to parse.
 */
export declare const MAX_RUN_DOCUMENT_BYTES: number;
/** Reads a run's metrics.json (from the run directory or the file itself) and checks it is one of ours. */
export declare function readRunDocument(path: string, field?: string): Promise<{
    dir: string;
    doc: RunDocument;
}>;
/** Whether JSON text opens more than `limit` arrays or objects inside each other (strings skipped). */
export declare function nestsDeeperThan(text: string, limit: number): boolean;
