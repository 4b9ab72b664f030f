import type { AbRequest } from '../config/ab-request.js';
import type { PerfGateConfig } from '../config/load.js';
import type { FailOnRegression } from '../config/regression.js';
import type { Target } from '../config/resolve.js';
import type { FailOn } from '../config/thresholds.js';
import { type TestReport } from './perform-test.js';
export interface AbOptions {
    config: PerfGateConfig;
    outputDir?: string;
    failOnRegression?: FailOnRegression;
    /** thresholds fail an A/B run only when asked (default never): it is a comparison */
    failOn?: FailOn;
    signal?: AbortSignal;
    /** both targets answered; load is about to start */
    onStart?: (a: Target, b: Target, runDir: string, slices: number) => void;
    /** after each slice */
    onSlice?: (s: SliceDone) => void;
}
export interface SliceDone {
    index: number;
    of: number;
    side: 'A' | 'B';
    requests: number;
    p95Ms: number;
}
export interface AbReport {
    /** the candidate's report (B), with the comparison against A in its `baseline` */
    b: TestReport;
    /** the baseline side's report (A), in `baseline/` of B's run directory */
    a: TestReport;
    exitCode: 0 | 1 | 3;
}
/**
 * An A/B run: the same load against A and B in alternating slices (A B, B A,
 * A B …), each side recorded apart; then each side's metrics and reports,
 * and B compared with A pair of slices by pair of slices. One run directory:
 * B's files, with A's in `baseline/`.
 */
export declare function performAbTest(request: AbRequest, options: AbOptions): Promise<AbReport>;
