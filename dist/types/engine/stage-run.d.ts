import type { RunHooks, RunOutcome, StagePlan } from './load-runner.js';
/**
 * One run's state, named. Its life: `run` starts stage 0; each stage's timer
 * calls `endStage`, which starts the next stage or `beginDrain`s; draining
 * stops every instance once nothing is in flight; `abort` (signal, dead
 * target) stops them at once. The run is over when, after either, the last
 * autocannon instance has finished.
 */
export declare class StageRun {
    private readonly plan;
    private readonly hooks;
    private readonly clock;
    private readonly recorder;
    private readonly requests;
    private readonly cycle;
    private readonly renderer;
    private readonly totalSec;
    private startUs;
    private readonly connections;
    private readonly timings;
    private readonly pacer?;
    private readonly feed;
    private readonly meter;
    private readonly session?;
    private stage;
    private draining;
    private drainedAtUs?;
    private abortReason?;
    private stoppedEarly?;
    private stageTimer?;
    private drainPoll?;
    private ticker?;
    private settle;
    private fail;
    private readonly over;
    constructor(plan: StagePlan, hooks: RunHooks);
    /**
     * The endpoint a dropped request is filed under: the cycle's next, or for
     * journeys the first looped step of the next journey (the iteration that never started).
     */
    private droppedEndpoint;
    run(): Promise<RunOutcome>;
    /**
     * A paced run's schedule starts once its first connections are open: due
     * requests that found them still connecting would count as late, and
     * the shortage would open connections it does not need.
     */
    private startPaced;
    /** Starts the load once `hooks.ready` said so (at once without it), unless aborted meanwhile. */
    private startWhenReady;
    private stageStart;
    private startStage;
    private endStage;
    private decide;
    private afterStage;
    /**
     * The load cannot go on (a `unique` data file used up): the running stage
     * ends now, unjudged, and the run drains as at its end; it is complete, not partial.
     */
    private endEarly;
    /** The running stage's record; load figures only when it ran its course (an aborted stage gets zeros). */
    private timing;
    /** Send nothing new; stop as soon as nothing is in flight. */
    private beginDrain;
    private abort;
    /** The run is over once it is draining or aborted and no instance is left running. */
    private settleWhenIdle;
    /** Once a second: progress, and records out to `onRecords`. */
    private tick;
    private outcome;
}
