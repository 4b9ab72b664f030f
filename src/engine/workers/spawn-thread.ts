import { Worker } from 'node:worker_threads'
import type { WorkerHandle, WorkerSpawner } from './protocol.js'

/**
 * Where the bundled worker script is, relative to the bundle that starts it
 * (dist/load-worker.js beside dist/lib.js, one folder up from the CLI's and
 * the action's chunks); set by scripts/bundle.mjs. Unset when running from
 * the TypeScript sources.
 */
declare const PERF_GATE_WORKER_SCRIPT: string | undefined

/**
 * Worker threads rather than child processes: each has its own event loop on
 * its own core, records move to the main thread as transferred buffers (no
 * copy, no serialising), a signal reaches only the main thread (which stops
 * the workers and keeps their partial records), and a worker cannot outlive
 * its process to go on loading the target.
 */
export const spawnThread: WorkerSpawner = (data) => {
  if (typeof PERF_GATE_WORKER_SCRIPT !== 'string')
    throw new Error('workers need the bundled engine: run perf-gate from its package (dist/), not from src/')
  const url = new URL(PERF_GATE_WORKER_SCRIPT, import.meta.url)
  return new Worker(url, { workerData: data }) as unknown as WorkerHandle
}
