import type { RunSample } from '../../gate/compare.js';
import type { Recorder } from '../../engine/recorder.js';
import type { RunDocument } from '../run-document.js';
/** Enough for the rank test to see a 10% shift; more only costs time. */
export declare const MAX_SAMPLES = 5000;
/** A sample of a saved run: every k-th latency of results.csv, and its per-second rates. */
export declare function sampleFromRunDir(dir: string, doc: RunDocument): Promise<RunSample>;
/** The same sample, taken from a run still in memory. */
export declare function sampleFromRecorder(recorder: Recorder, doc: Pick<RunDocument, 'timeseries' | 'total_requests' | 'failed_requests' | 'median_response_time' | 'p95_response_time' | 'requests_per_second'>): RunSample;
/** A previous run to compare with: its metrics.json, its directory and a sample of its requests. */
export interface Baseline {
    dir: string;
    doc: RunDocument;
    sample: RunSample;
}
/** Reads a baseline run (directory or metrics.json); `field` names the flag or input in errors. */
export declare function readBaseline(path: string, field: string): Promise<Baseline>;
