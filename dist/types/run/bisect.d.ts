import type { BisectRequest } from '../config/bisect-request.js';
import type { PerfGateConfig } from '../config/load.js';
import type { Provenance } from '../report/run-document.js';
import { type BisectStep } from './bisect-step.js';
import { type Commit } from './git-repo.js';
export type { BisectStep } from './bisect-step.js';
export interface BisectOptions {
    /** a folder inside the repository (default: the working directory) */
    repo?: string;
    config: PerfGateConfig;
    env: NodeJS.ProcessEnv;
    outputDir?: string;
    provenance?: Provenance;
    signal?: AbortSignal;
    /** progress: each step, each build, each look */
    log?: (line: string) => void;
    /** after each step */
    onStep?: (step: BisectStep) => void;
}
/** How a bisect ended (bisect.json's `verdict`). */
export type BisectVerdict = 'first_bad' | 'one_of' | 'no_regression' | 'inconclusive';
export interface BisectReport {
    verdict: BisectVerdict;
    good: Commit;
    bad: Commit;
    /** the commits after good up to bad, oldest first */
    candidates: Commit[];
    /** `first_bad`: the commit, and its step against the good build */
    first_bad?: BisectStep;
    /** `one_of`: the first bad commit is one of these (skipped ones, then the first known bad) */
    one_of?: Commit[];
    steps: BisectStep[];
    /** where bisect.json and every step's run directory are */
    dir: string;
    /** 1 when a regression was found (as `ab`), else 0 */
    exit_code: 0 | 1;
}
export declare const BISECT_FILE = "bisect.json";
/**
 * Finds the commit between `good` and `bad` that made the service slower:
 * the bad commit is first checked against the good one, then the commits
 * between are searched in halves, each built in a git worktree and run side
 * by side with the good build. Worktrees, builds and services are removed
 * on every way out, a Ctrl-C included; bisect.json holds every step.
 */
export declare function performBisect(request: BisectRequest, options: BisectOptions): Promise<BisectReport>;
/** bisect.json: the report, with the commits as sha and subject. */
export declare function bisectDocument(r: BisectReport): Record<string, unknown>;
