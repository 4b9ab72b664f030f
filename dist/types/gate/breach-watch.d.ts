import type { Recorder } from '../engine/recorder.js';
import type { RecordWindow } from '../engine/run-feed.js';
import { type Breach, type BreachRule } from './breach-streak.js';
/**
 * Judges a run's `abort_after` rules second by second, on the records each
 * window of the run feed brings (RunFeed `onWindow`), and says the first
 * breach that held its rule's `abort_after`. It copies what it needs of each
 * record at once: the records may be freed after the window.
 */
export declare class BreachWatch {
    private readonly onBreach;
    /** wall clock, ms (a test's fake clock) */
    private readonly nowMs;
    private readonly streaks;
    /** the run's records (key -1), and each endpoint's that a rule of its own watches */
    private readonly tallies;
    private pendingSec;
    private found?;
    constructor(rules: readonly BreachRule[], onBreach: (b: Breach) => void, 
    /** wall clock, ms (a test's fake clock) */
    nowMs?: () => number);
    get breach(): Breach | undefined;
    window(recorder: Recorder, w: RecordWindow): void;
    private judge;
}
