import type { RunOutcome, StagePlan, StageTiming } from '../load-runner.js';
import type { RecordBatch } from './record-batch.js';
/** What a worker thread is started with. */
export interface WorkerData {
    /** this worker's share of the load (its users, rate and pacing slot) */
    plan: StagePlan;
    /** the main thread's clock, so every worker's send times share one time line */
    clock: {
        epochMs: number;
        originNs: bigint;
    };
}
/** A worker's outcome, less its records (they came in batches). */
export type WorkerOutcome = Omit<RunOutcome, 'recorder'>;
export type ToWorker = 
/** every worker is ready: start the load, at this µs of the shared clock */
{
    type: 'start';
    atUs: number;
}
/** the main thread judged stage `index` on every worker's records: go on, or stop for `stop` */
 | {
    type: 'stage';
    index: number;
    stop?: string;
} | {
    type: 'abort';
};
export type FromWorker = {
    type: 'ready';
} | {
    type: 'records';
    batch: RecordBatch;
    users: number;
} | {
    type: 'stage-end';
    timing: StageTiming;
    users: number;
} | {
    type: 'done';
    outcome: WorkerOutcome;
} | {
    type: 'failed';
    message: string;
};
/** The buffers of a batch, to transfer rather than copy. */
export declare function batchBuffers(b: RecordBatch): ArrayBuffer[];
/** The end of a port a worker talks through: worker_threads' parentPort, or a MessagePort in tests. */
export interface WorkerSide {
    postMessage(message: FromWorker, transfer?: ArrayBuffer[]): void;
    on(event: 'message', listener: (message: ToWorker) => void): unknown;
}
/** The main thread's handle on one worker: a worker_threads Worker, or an in-thread one in tests. */
export interface WorkerHandle {
    postMessage(message: ToWorker): void;
    on(event: 'message', listener: (message: FromWorker) => void): unknown;
    on(event: 'error', listener: (err: Error) => void): unknown;
    on(event: 'exit', listener: (code: number) => void): unknown;
    terminate(): Promise<number>;
}
export type WorkerSpawner = (data: WorkerData) => WorkerHandle;
