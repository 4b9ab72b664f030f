import { type WorkerData, type WorkerSide } from './protocol.js';
/**
 * A worker's side of a run: its share of the load, driven by the engine as
 * in one process, its records sent to the main thread once a second (and at
 * each stage's end, before it waits for the main thread's word on the next).
 */
export declare function serveWorker(port: WorkerSide, data: WorkerData): Promise<void>;
