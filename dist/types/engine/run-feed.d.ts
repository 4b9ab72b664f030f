import { type ProgressSnapshot } from './progress.js';
import type { Recorder } from './recorder.js';
export interface FeedHooks {
    onProgress?: (s: ProgressSnapshot) => void;
    onRecords?: (recorder: Recorder, from: number, to: number) => void | Promise<void>;
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
    /** Hands over what is left and waits until every batch was taken. */
    drained(): Promise<void>;
}
