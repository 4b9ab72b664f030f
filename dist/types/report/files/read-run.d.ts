import { type RunDocument } from '../run-document.js';
/** Reads a run's metrics.json (from the run directory or the file itself) and checks it is one of ours. */
export declare function readRunDocument(path: string, field?: string): Promise<{
    dir: string;
    doc: RunDocument;
}>;
