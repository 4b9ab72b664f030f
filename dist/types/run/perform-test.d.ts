import type { PerfGateConfig } from '../config/load.js';
import type { Target } from '../config/resolve.js';
import type { RunRequest } from '../config/run-request.js';
import type { FailOn, Thresholds } from '../config/thresholds.js';
import type { ProgressSnapshot } from '../engine/progress.js';
import type { LoadTestResult, RunMode, RunSettings } from '../engine/result.js';
import type { Metrics } from '../metrics/types.js';
import type { FailOnRegression } from '../gate/compare.js';
import { type GateResult } from '../gate/evaluate.js';
import type { ExitCode } from '../gate/exit-codes.js';
import type { Outcome } from '../gate/outcome.js';
import type { Provenance } from '../report/run-document.js';
import type { Baseline } from '../report/files/read-baseline.js';
import { type SavedRun } from '../report/files/save.js';
import type { RunObserver } from './observer.js';
import { type RunPlan } from './plan.js';
import { type ResourceWatch } from './resource-sampler.js';
/** What a face adds to a request: where the config and files are, and who watches. */
export interface PerformOptions {
    config: PerfGateConfig;
    outputDir?: string;
    failOn?: FailOn;
    onProgress?: (s: ProgressSnapshot) => void;
    /** called once the target answered, before load starts, with the settings reports will show */
    onStart?: (target: Target, runDir: string, settings: RunSettings, mode: RunMode) => void;
    signal?: AbortSignal;
    /** watches the run live (Prometheus exporter, Pushgateway) */
    observer?: RunObserver;
    /** a previous run to compare with, read by the face before any load (`readBaseline`) */
    baseline?: Baseline;
    /** when the comparison with `baseline` fails the run (else the config's, else `regression`) */
    failOnRegression?: FailOnRegression;
    /** how the face names the output folder in its messages (default `outputDir`, the library's option) */
    outputLabel?: string;
    /** the service's process whose memory and CPU (with its children's) are sampled during the run */
    watch?: ResourceWatch;
    /** where the run says what happens beside the load (the watched process gone, its figures unavailable) */
    log?: (line: string) => void;
    /** where the run came from and what ran it (`detectProvenance`, by the face): in metrics.json, and set against the baseline's */
    provenance?: Provenance;
}
/**
 * What the faces read of a finished run — a test's, or a merge of shards,
 * which has no recorder behind it: its figures, gate, files and exit code.
 */
export interface FinishedRun {
    result: {
        mode: RunMode;
        target: {
            service: string;
        };
        settings: RunSettings;
        outcome: {
            partial: boolean;
            abortReason?: string;
        };
    };
    metrics: Metrics;
    gate: GateResult;
    saved: SavedRun;
    failOn: FailOn;
    /** the verdict, its reasons and the exit code, as the gate decided them once */
    outcome: Outcome;
    /** `outcome.exit_code`: 0 passed, 1 gate failed, 3 aborted or incomplete (the results were still written) */
    exitCode: ExitCode;
}
export interface TestReport extends FinishedRun {
    result: LoadTestResult;
}
/** Per-endpoint thresholds by endpoint name, as the gate wants them. */
export declare function endpointThresholds(target: Target): Record<string, Thresholds | undefined>;
/** A test planned: the whole test, and this machine's share of it (a shard's; else the whole). */
export interface TestPlan {
    request: RunRequest;
    whole: RunPlan;
    plan: RunPlan;
}
/** The test's target resolved and its stages laid out, once: faces read the target from it before the run. */
export declare function planTest(request: RunRequest, config: PerfGateConfig): TestPlan;
/** Seconds of load a plan runs (its stages'; the warm-up is measured by nothing). */
export declare function runSeconds(plan: Pick<RunPlan, 'stages'>): number;
/**
 * Runs one test end to end: plan, preflight, load, metrics, gate, files.
 * Throws InputError (nothing run, nothing written) or UnreachableError
 * (nothing written). A run with zero completed requests leaves no directory behind.
 */
export declare function performTest(test: RunRequest | TestPlan, options: PerformOptions): Promise<TestReport>;
