import type { GateResult } from '../../gate/evaluate.js';
import { type Judgement } from '../../gate/judge-run.js';
import type { FailOn } from '../../config/thresholds.js';
import type { LoadTestResult } from '../../engine/result.js';
import type { Metrics } from '../../metrics/types.js';
import type { MergeableRun } from '../../metrics/mergeable.js';
import { type BaselineView, type Provenance, type RunDocument } from '../run-document.js';
export interface SaveOptions {
    /** parent of run directories (default `reports/performance`) */
    outputDir?: string;
    /** write into this existing run directory instead of creating one */
    runDir?: string;
    /** name of the run directory before its timestamp (default `<mode>_test_<service>`) */
    testName?: string;
    failOn?: FailOn;
    /** false when results.csv was already streamed into `runDir` during the run */
    writeCsv?: boolean;
    /** comparison with a baseline run, shown in every report and gating the verdict */
    baseline?: BaselineView;
    /** a shard's run: its mergeable figures, in metrics.json */
    mergeable?: MergeableRun;
    /** where the run came from and what ran it (`detectProvenance`), in metrics.json */
    provenance?: Provenance;
}
export interface SavedRun {
    dir: string;
    csv: string;
    metrics: string;
    html: string;
    summary: string;
    junit: string;
    document: RunDocument;
}
export declare const DEFAULT_OUTPUT_DIR: "reports/performance";
/** Writes results.csv, metrics.json and the reports rendered from it (HTML + CSS, Markdown summary, JUnit XML). */
export declare function saveResults(result: LoadTestResult, metrics: Metrics, 
/** the run's threshold checks (its outcome is then judged here), or the run judged already */
judged: GateResult | Judgement, options?: SaveOptions): Promise<SavedRun>;
