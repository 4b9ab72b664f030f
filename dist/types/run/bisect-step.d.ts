import { type BisectRequest } from '../config/bisect-request.js';
import type { PerfGateConfig } from '../config/load.js';
import type { ComparedMetric } from '../config/regression.js';
import type { ChangeVerdict, Comparison } from '../gate/compare.js';
import type { StepJudgement } from '../gate/bisect-search.js';
import type { Provenance } from '../report/run-document.js';
/** One step of a bisect: a commit built, started beside the good build, and judged by an A/B run. */
export interface BisectStep {
    step: number;
    commit: string;
    subject: string;
    /** `bad`: the bad commit, confirmed against the good one first; `candidate`: a commit between them */
    role: 'bad' | 'candidate';
    judgement: StepJudgement;
    /** the A/B run's verdict; unset when the commit did not build or start */
    verdict?: ChangeVerdict;
    /** the metrics the step was judged on: those that regressed at the bad commit (all, for the bad commit itself) */
    judged_on?: ComparedMetric[];
    /** the metric that decided (the first regressed one; else the median response time), and its change */
    metric?: ComparedMetric;
    change?: number;
    ci_low?: number | null;
    ci_high?: number | null;
    looks?: {
        made: number;
        planned: number;
    };
    /** seconds of load on each side */
    load_seconds?: number;
    /** the A/B run's directory (the candidate's files, the good build's in baseline/) */
    run_dir?: string;
    /** why it was skipped without a verdict, or what else is worth knowing */
    note?: string;
}
/** What every step shares: the request, the repository, the good build, where files go. */
export interface StepContext {
    request: BisectRequest;
    repo: string;
    /** a temporary folder holding the worktrees and build logs */
    work: string;
    /** the bisect's folder: each step's run directory goes in it */
    dir: string;
    config: PerfGateConfig;
    env: NodeJS.ProcessEnv;
    provenance?: Provenance;
    signal?: AbortSignal;
    log: (line: string) => void;
    onLook?: (l: {
        look: number;
        of: number;
        verdict: string;
    }) => void;
    /** records a worktree the moment it exists, so any way out removes it */
    worktrees: Set<string>;
}
export declare const BISECT_LABELS: {
    start: string;
    waitFor: string;
    waitTimeout: string;
};
/** Checks a commit out and builds it; the worktree, or why it cannot be used (the build's last lines). */
export declare function checkoutAndBuild(ctx: StepContext, sha: string): Promise<{
    tree: string;
} | {
    failed: string;
}>;
/**
 * Starts the good build and the candidate on two free ports, runs `ab`
 * between them (good as A), stops both, and judges: regression is bad, no
 * change (or an improvement) good, inconclusive after every look a skip.
 */
export declare function judgeCandidate(ctx: StepContext, trees: {
    good: string;
    candidate: string;
}, step: Pick<BisectStep, 'step' | 'commit' | 'subject' | 'role'>, 
/** the metrics that regressed at the bad commit; unset for the bad commit itself */
focus?: readonly ComparedMetric[]): Promise<BisectStep & {
    comparison?: Comparison;
}>;
/**
 * A step's verdict, judgement and the one metric its line quotes. With
 * `focus` (the metrics that regressed at the bad commit), only those judge:
 * a commit whose median is unchanged is good though its p95 stayed
 * undecided, or the search would skip every commit that changed nothing.
 */
export declare function stepFigures(comparison: Comparison, 
/** seconds of one slice: the load of a side is its slices' */
slice: number, focus?: readonly ComparedMetric[]): Pick<BisectStep, 'judgement' | 'verdict' | 'judged_on' | 'metric' | 'change' | 'ci_low' | 'ci_high' | 'looks' | 'load_seconds'>;
/** The metrics that regressed at the bad commit: what the search judges the commits between on. */
export declare function regressedMetrics(comparison: Comparison): ComparedMetric[];
