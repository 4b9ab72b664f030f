import type { AbRequest } from '../config/ab-request.js';
import type { PerfGateConfig } from '../config/load.js';
import type { FailOnRegression } from '../config/regression.js';
import type { Target } from '../config/resolve.js';
import type { FailOn } from '../config/thresholds.js';
import type { ExitCode } from '../gate/exit-codes.js';
import type { Outcome } from '../gate/outcome.js';
import type { Provenance } from '../report/run-document.js';
import { type TestReport } from './perform-test.js';
export interface AbOptions {
    config: PerfGateConfig;
    outputDir?: string;
    failOnRegression?: FailOnRegression;
    /** thresholds fail an A/B run only when asked (default never): it is a comparison */
    failOn?: FailOn;
    /** how the face names the output folder in its messages (default `outputDir`, the library's option) */
    outputLabel?: string;
    signal?: AbortSignal;
    /** both targets answered; load is about to start (after a warm-up of `warmup` seconds on each side, when there is one) */
    onStart?: (a: Target, b: Target, runDir: string, slices: number, warmup?: number) => void;
    /** after each slice */
    onSlice?: (s: SliceDone) => void;
    /** after each look but the last (--max-duration): its verdict; inconclusive goes on */
    onLook?: (l: {
        look: number;
        of: number;
        verdict: string;
    }) => void;
    /** where what is worth knowing but no error is said */
    log?: (line: string) => void;
    /** where the run came from and what ran it (`detectProvenance`, by the face): both sides' metrics.json */
    provenance?: Provenance;
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
    /** the baseline side's report (A), in `baseline/` of B's run directory; its outcome is A's thresholds' alone */
    a: TestReport;
    /** the run's: B against A, and B's thresholds under `failOn` */
    outcome: Outcome;
    exitCode: ExitCode;
}
/**
 * An A/B run: the same load against A and B in alternating slices (A B, B A,
 * A B …), or both at once slice beside slice (`pairing: duet`), each side
 * recorded apart; then each side's metrics and reports,
 * and B compared with A pair of slices by pair of slices. One run directory:
 * B's files, with A's in `baseline/`.
 */
export declare function performAbTest(request: AbRequest, options: AbOptions): Promise<AbReport>;
