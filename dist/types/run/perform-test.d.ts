import type { PerfGateConfig } from '../config/load.js';
import type { Target } from '../config/resolve.js';
import type { ProgressSnapshot } from '../engine/progress.js';
import type { LoadTestResult, Mode, RunSettings } from '../engine/result.js';
import type { RunObserver } from './observer.js';
import { type LoadTestOptions, type StressTestOptions } from '../engine/load-test.js';
import { type GateResult } from '../gate/evaluate.js';
import type { FailOn, Thresholds } from '../gate/thresholds.js';
import type { Metrics } from '../metrics/types.js';
import { type SavedRun } from '../report/save.js';
/** One complete test as the faces run it: plan, preflight, load, metrics, gate, files. */
export interface TestRequest extends Pick<LoadTestOptions, 'service' | 'users' | 'duration' | 'rps' | 'timeout' | 'baseUrl' | 'fieldNames'> {
    /** load (default) or stress */
    mode?: Mode;
    /** stress settings (see StressTestOptions) */
    stress?: Pick<StressTestOptions, 'maxUsers' | 'rampUp' | 'steps' | 'stopOnBreak' | 'fieldNames'>;
    config: PerfGateConfig;
    outputDir?: string;
    failOn?: FailOn;
    onProgress?: (s: ProgressSnapshot) => void;
    /** called once the target answered, before load starts, with the validated settings */
    onStart?: (target: Target, runDir: string, settings: RunSettings, mode: Mode) => void;
    signal?: AbortSignal;
    /** watches the run live (Prometheus exporter, Pushgateway) */
    observer?: RunObserver;
    /** a previous run directory or metrics.json to compare with (read before any load) */
    baseline?: string;
}
export interface TestReport {
    result: LoadTestResult;
    metrics: Metrics;
    gate: GateResult;
    saved: SavedRun;
    failOn: FailOn;
    /** 0 passed, 1 gate failed, 3 aborted (partial results were still written) */
    exitCode: 0 | 1 | 3;
}
/** Per-endpoint thresholds by endpoint name, as the gate wants them. */
export declare function endpointThresholds(target: Target): Record<string, Thresholds | undefined>;
/**
 * Runs one load test end to end and writes its run directory. Throws
 * InputError (nothing run, nothing written) or UnreachableError (nothing
 * written). A run with zero completed requests leaves no directory behind.
 */
export declare function performTest(req: TestRequest): Promise<TestReport>;
