import type { WorkerSpawner } from './protocol.js';
/**
 * Worker threads rather than child processes: each has its own event loop on
 * its own core, records move to the main thread as transferred buffers (no
 * copy, no serialising), a signal reaches only the main thread (which stops
 * the workers and keeps their partial records), and a worker cannot outlive
 * its process to go on loading the target.
 */
export declare const spawnThread: WorkerSpawner;
