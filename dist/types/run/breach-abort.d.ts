import type { Target } from '../config/resolve.js';
import type { RunHooks } from '../engine/load-runner.js';
import type { LoadTestResult } from '../engine/result.js';
import { type Breach } from '../gate/breach-streak.js';
/**
 * A run watched for its thresholds' `abort_after`: its hooks judge each
 * second, and a sustained breach stops it the way a signal does (the load
 * stops, what was recorded is kept); its result then says which threshold
 * stopped it and since when. A target without `abort_after` is left as it is.
 */
export declare class BreachAbort {
    /** the face's signal (Ctrl-C): still stops the run, and a breach is no longer looked for */
    private readonly outer?;
    private readonly controller;
    private readonly watch;
    private readonly watching;
    private readonly side?;
    private readonly unlink;
    constructor(target: Pick<Target, 'thresholds' | 'endpoints'>, 
    /** the face's signal (Ctrl-C): still stops the run, and a breach is no longer looked for */
    outer?: AbortSignal | undefined, options?: {
        side?: 'A' | 'B';
        nowMs?: () => number;
    });
    /** The breach that stopped the run, when one did, and on which side of an A/B run. */
    get stop(): BreachStop | undefined;
    /** Fired by a breach, or by the face's signal. */
    get signal(): AbortSignal;
    /** A run's hooks with the watch added: its windows judged, its signal also fired by a breach. */
    hooks<H extends RunHooks>(h: H): H;
    /**
     * The run's result, saying the breach that stopped it (this watch's, or
     * an A/B run's other side's), its seconds counted from `runStartMs`.
     */
    finish(result: LoadTestResult, stop?: BreachStop | undefined, runStartMs?: number): LoadTestResult;
    dispose(): void;
}
/** A breach, and the side of an A/B run whose load breached. */
export interface BreachStop {
    breach: Breach;
    side?: 'A' | 'B';
}
