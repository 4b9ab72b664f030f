import type { Target } from '../config/resolve.js';
import type { ProgressSnapshot } from '../engine/progress.js';
import type { Recorder } from '../engine/recorder.js';
import type { Mode } from '../engine/result.js';
import type { ResourceReading } from '../metrics/resource-series.js';
/**
 * Something that watches a run as it happens (the Prometheus exporter).
 * The core calls it; faces decide what it does.
 */
export interface RunObserver {
    /** before any load; an InputError here (a port in use) stops the run with nothing written */
    start(target: Target, mode: Mode, runId: string): Promise<void>;
    records(recorder: Recorder, from: number, to: number): void;
    progress(snapshot: ProgressSnapshot): void;
    /** a reading of the service's process (`--start`, `--watch-pid`), once a second */
    resources?(reading: ResourceReading): void;
    /** after the run (also after a failed one); `ran: false` when no result came of it: nothing to push or serve */
    end(options?: {
        ran?: boolean;
    }): Promise<void>;
}
