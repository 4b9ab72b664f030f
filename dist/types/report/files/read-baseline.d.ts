import { type RunWindows } from '../../gate/compare.js';
import type { RunDocument } from '../run-document.js';
/**
 * A previous run to compare with: its metrics.json, its directory and its
 * windows (the seconds of its time series; results.csv is not needed).
 */
export interface Baseline {
    dir: string;
    doc: RunDocument;
    windows: RunWindows;
}
/** Reads a baseline run (directory or metrics.json); `field` names the flag or input in errors. */
export declare function readBaseline(path: string, field: string): Promise<Baseline>;
