import type { RunDocument } from '../run-document.js';
/**
 * A previous run to compare with: its metrics.json and its directory
 * (results.csv is not needed). Given a folder of runs (a history), `doc` is
 * the latest and `history` holds every run found, oldest first; the
 * comparison takes the last ones of its own test from it (`historyOf`).
 */
export interface Baseline extends BaselineRun {
    history?: BaselineRun[];
    /** of a history, where it was read from (the paths given) */
    from?: string;
    /** of a history, the last runs of the test to use (default 10), or `auto`: those since its last change point */
    runs?: number | 'auto';
}
export interface BaselineRun {
    dir: string;
    doc: RunDocument;
}
/**
 * Reads a baseline: one run (directory or metrics.json), or a history — a
 * folder of run directories, or several paths. `field` names the flag or
 * input in errors.
 */
export declare function readBaseline(paths: string | readonly string[], field: string, options?: {
    runs?: number | 'auto';
}): Promise<Baseline>;
/** Whether a folder holds a run anywhere in it (a history to read), found without reading one. */
export declare function holdsRuns(folder: string): Promise<boolean>;
