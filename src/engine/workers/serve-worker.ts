import { sharedClock } from '../clock.js'
import { runStages } from '../load-runner.js'
import { Recorder } from '../recorder.js'
import { threadCpuMeter } from '../thread-cpu.js'
import { batchBuffers, type ToWorker, type WorkerData, type WorkerSide } from './protocol.js'
import { recordBatch } from './record-batch.js'

/**
 * A worker's side of a run: its share of the load, driven by the engine as
 * in one process, its records sent to the main thread once a second (and at
 * each stage's end, before it waits for the main thread's word on the next).
 */
export async function serveWorker(port: WorkerSide, data: WorkerData): Promise<void> {
  const clock = sharedClock(data.clock)
  const recorder = new Recorder(clock.epochMs)
  const abort = new AbortController()
  const last = data.plan.stages.length - 1
  let start!: (atUs: number | undefined) => void
  const started = new Promise<number | undefined>((r) => (start = r))
  let decide: ((stop: string | undefined) => void) | undefined
  let users = 0
  let errorsSent = 0

  port.on('message', (m: ToWorker) => {
    if (m.type === 'start') start(m.atUs)
    else if (m.type === 'stage') {
      const d = decide
      decide = undefined
      d?.(m.stop)
    } else {
      abort.abort()
      // a worker still waiting to start, or for a stage's word, stops now
      start(undefined)
      decide?.(undefined)
    }
  })

  try {
    const { recorder: _, ...outcome } = await runStages(data.plan, {
      clock,
      recorder,
      cpu: threadCpuMeter(),
      signal: abort.signal,
      releaseTaken: true,
      recordsBeforeStageEnd: true,
      ready: () => {
        port.postMessage({ type: 'ready' })
        return started
      },
      onProgress: (s) => (users = s.users),
      onRecords: (r, from, to) => {
        const batch = recordBatch(r, from, to, errorsSent)
        errorsSent = r.errorList.length
        port.postMessage({ type: 'records', batch, users }, batchBuffers(batch))
      },
      onStageEnd: (timing) => {
        port.postMessage({ type: 'stage-end', timing, users: timing.users })
        if (timing.index === last) return undefined
        return new Promise<string | undefined>((r) => (decide = r))
      }
    })
    port.postMessage({ type: 'done', outcome })
  } catch (e) {
    port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) })
  }
}
