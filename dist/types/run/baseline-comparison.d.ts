import { runWindows, type CompareOptions, type FailOnRegression } from '../gate/compare.js';
import { type RunIdentity } from '../gate/comparability.js';
import type { LoadTestResult } from '../engine/result.js';
import type { Metrics } from '../metrics/types.js';
import type { Baseline, BaselineRun } from '../report/files/read-baseline.js';
import { type BaselineView, type Provenance } from '../report/run-document.js';
export interface BaselineGating {
    failOnRegression: FailOnRegression;
    tolerances?: CompareOptions['tolerances'];
    /** where this run came from: a baseline from another runner is said */
    provenance?: Provenance;
}
/**
 * This run against its baseline: one earlier run, compared second by second;
 * or a history, from which the last runs of the same service and mode (not
 * stopped early) form the baseline and this run is judged against their
 * spread. A history with fewer such runs than a spread needs is compared
 * with its latest, and says so.
 */
export declare function compareWithBaseline(baseline: Baseline, result: LoadTestResult, metrics: Metrics, gating: BaselineGating): BaselineView;
/** A finished run (its identity, and the figures metrics.json holds) against its baseline. */
export declare function compareRunWithBaseline(baseline: Baseline, current: RunIdentity, metrics: RunFigures, gating: BaselineGating): BaselineView;
/** The last `k` runs of this run's service and mode that ran their whole length, oldest first. */
export declare function historyOf(runs: readonly BaselineRun[], current: RunIdentity, k: number | 'auto'): BaselineRun[];
/** What the comparison reads of a run: its per-second series, headline figures and steps. */
export type RunFigures = Parameters<typeof runWindows>[0] & Pick<Metrics, 'per_endpoint'>;
