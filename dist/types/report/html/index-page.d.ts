import type { RunDocument } from '../run-document.js';
/** One row of the index: a finished run, or a service that could not be tested. */
export type IndexEntry = {
    service: string;
    mode: string;
    dir: string;
    doc: RunDocument;
} | {
    service: string;
    mode: string;
    error: string;
};
/** index.html of an output directory: one row per run of this invocation, linking each report. */
export declare function renderIndex(outputDir: string, entries: readonly IndexEntry[], title: string, startedAt: Date): string;
