import { EventEmitter } from 'node:events'
import { MessageChannel } from 'node:worker_threads'
import type {
  WorkerData,
  WorkerHandle,
  WorkerSide,
  WorkerSpawner
} from '../../src/engine/workers/protocol.js'
import { serveWorker } from '../../src/engine/workers/serve-worker.js'

/**
 * Workers as the coordinator sees them — a real MessageChannel, messages
 * structured-cloned and buffers transferred, the real worker code — but run
 * in this thread: ts-jest runs the sources, which a worker thread cannot load.
 * The built bundle's real threads are run by the e2e tests.
 */
export function inThreadWorkers(o: { dieAfterMs?: number } = {}): WorkerSpawner & { started: WorkerData[] } {
  const started: WorkerData[] = []
  const spawn = (data: WorkerData): WorkerHandle => {
    started.push(data)
    const { port1, port2 } = new MessageChannel()
    const events = new EventEmitter()
    let dead = false
    port1.on('message', (m) => {
      if (dead) return
      events.emit('message', m)
      // its last word: the port may close now (a thread's would, as it exits)
      if ((m as { type: string }).type === 'done') setImmediate(() => port1.close())
    })
    const handle: WorkerHandle = {
      postMessage: (m) => port1.postMessage(m),
      on: (event: string, listener: (...a: any[]) => void) => events.on(event, listener),
      terminate: async () => {
        port1.close()
        port2.close()
        return 0
      }
    }
    // the first worker dies as a crashed thread does: an error event, no goodbye (its load is
    // stopped here too, as the thread's would end with it, and nothing it says is heard)
    if (o.dieAfterMs !== undefined && started.length === 1)
      setTimeout(() => {
        dead = true
        port1.postMessage({ type: 'abort' })
        events.emit('error', new Error('worker crashed'))
      }, o.dieAfterMs)
    void serveWorker(port2 as unknown as WorkerSide, structuredClone(data))
    return handle
  }
  return Object.assign(spawn, { started })
}
