// The entry of dist/load-worker.js: one worker thread of `--workers N`.
import { parentPort, workerData } from 'node:worker_threads'
import type { WorkerData, WorkerSide } from './protocol.js'
import { serveWorker } from './serve-worker.js'

if (parentPort) await serveWorker(parentPort as unknown as WorkerSide, workerData as WorkerData)
