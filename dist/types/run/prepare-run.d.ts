import type { DataSet } from '../config/data-file.js';
import type { Shard } from '../config/shard.js';
import type { RunObserver } from './observer.js';
import type { RunPlan } from './plan.js';
/** Where a run directory goes, and how the face names that folder in its messages. */
export interface RunOutput {
    dir: string;
    /** `--output-dir` (CLI), `output-dir` (action) */
    label: string;
    testName: string;
    startedAt: Date;
}
export interface PrepareOptions {
    /** where the run directory goes; none is made without it (the library's `loadTest` writes no files) */
    output?: RunOutput;
    /** watches the run live: started before the target is touched, ended when preparing fails */
    observer?: RunObserver;
    shard?: Shard;
    /** skip the reachability check (the library's `skipPreflight`) */
    skipPreflight?: boolean;
    signal?: AbortSignal;
    /** where what is worth knowing but no error is said (a placeholder empty in a user's first iteration) */
    log?: (line: string) => void;
}
export interface PreparedRun {
    /** each plan with its target's setup done and its placeholders' inputs */
    plans: RunPlan[];
    /** the run directory, made last, once every check passed */
    dir?: string;
}
/**
 * The one way into a run, for every mode: the output folder checked, the
 * data file read and checked against every placeholder, the observer
 * started, each target reached, its setup step (a login) run, and the run
 * directory made. Everything that can be refused is refused before the
 * first request, and nothing is created until all of it passed. Several
 * plans are the sides of one run (A and B); they walk one data file.
 */
export declare function prepareRun(plans: readonly RunPlan[], options: PrepareOptions): Promise<PreparedRun>;
/** Whether run directories can be made there, found before any work and without leaving anything behind. */
export declare function checkRunOutput(output: Pick<RunOutput, 'dir' | 'label'>): Promise<void>;
/** The run directory, made once everything that can be refused was. */
export declare function makeRunDir(output: RunOutput): Promise<string>;
/**
 * `order: per_user` with more users than rows: the rows go round, so two
 * users log in as one person, whose sessions a real service may end or mix
 * (a login that revokes the previous token). Allowed, and said before the load.
 */
export declare function sharedRowsNote(data: DataSet, plan: Pick<RunPlan, 'settings'>): string | undefined;
