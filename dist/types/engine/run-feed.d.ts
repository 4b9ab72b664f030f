import { type ProgressSnapshot } from './progress.js';
import type { Recorder } from './recorder.js';
/** The records [from, to) that came in over the last `seconds` of load (about one, a run's last less). */
export interface RecordWindow {
    from: number;
    to: number;
    seconds: number;
}
export interface FeedHooks {
    onProgress?: (s: ProgressSnapshot) => void;
    onRecords?: (recorder: Recorder, from: number, to: number) => void | Promise<void>;
    /**
     * the same records as progress counts them, each second and once more for
     * the run's rest, synchronously (a watch judges each second on its own figures)
     */
    onWindow?: (recorder: Recorder, window: RecordWindow) => void;
    /** free the records once `onRecords` took them and progress counted them (a worker thread keeps no copy) */
    releaseTaken?: boolean;
}
/**
 * What a run hands its watchers once a second: a progress snapshot of the
 * records that came in since the last one, and those records (e.g. for the
 * CSV), each batch after the previous one has been taken.
 */
export declare class RunFeed {
    private readonly recorder;
    private readonly hooks;
    /** records already counted in progress, and failures among them */
    private ticked;
    private errorsSoFar;
    /** seconds of load when the last window ended */
    private windowEnd;
    /** records already handed to `onRecords`, and the chain of those calls */
    private flushed;
    private flushing;
    constructor(recorder: Recorder, hooks: FeedHooks);
    tick(at: {
        elapsedSec: number;
        totalSec: number;
        users: number;
    }): void;
    /** Hands on the records since the last call; settles when they (and every batch before) were taken. */
    flush(): Promise<void>;
    /**
     * Hands over what is left and waits until every batch was taken; `endSec`
     * (seconds of load at the run's end) hands the last window on too.
     */
    drained(endSec?: number): Promise<void>;
    private window;
}
