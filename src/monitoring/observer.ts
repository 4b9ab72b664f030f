import type { Server } from 'node:http'
import type { ProgressSnapshot } from '../engine/progress.js'
import type { RunObserver } from '../run/observer.js'
import type { RunMetrics } from './exporter.js'

export interface MonitoringOptions {
  /** serve /metrics here during the run */
  port?: number
  /** keep serving this many seconds after the run, so the final values get scraped */
  lingerSec?: number
  /** push to this Pushgateway during and at the end of the run */
  pushgatewayUrl?: string
  /** where to say what happens (stderr in the CLI, core.info in the action) */
  log: (line: string) => void
}

const PUSH_EVERY_SEC = 5

/** The live Prometheus face of a run: a /metrics endpoint and/or Pushgateway pushes. */
export function monitoringObserver(o: MonitoringOptions): RunObserver {
  let metrics: RunMetrics | undefined
  let server: Server | undefined
  let push: { push(): Promise<void> } | undefined
  let lastPush = 0
  let pushWarned = false
  const pushNow = async (): Promise<void> => {
    try {
      await push?.push()
    } catch (e) {
      if (!pushWarned)
        o.log(`perf-gate: push to ${o.pushgatewayUrl} failed (${e instanceof Error ? e.message : String(e)})`)
      pushWarned = true
    }
  }
  return {
    async start(target, mode, runId) {
      // prom-client loads only for runs that export metrics
      const { pushgateway, RunMetrics, serveMetrics } = await import('./exporter.js')
      metrics = new RunMetrics(target, mode, runId)
      if (o.port !== undefined) {
        server = await serveMetrics(metrics.registry, o.port)
        o.log(`perf-gate: Prometheus metrics at http://localhost:${o.port}/metrics`)
      }
      if (o.pushgatewayUrl) push = pushgateway(o.pushgatewayUrl, metrics.registry, runId)
    },
    records(recorder, from, to) {
      metrics?.observe(recorder, from, to)
    },
    resources(r) {
      metrics?.setResources(r)
    },
    progress(s: ProgressSnapshot) {
      metrics?.setUsers(s.users)
      if (push && s.elapsedSec - lastPush >= PUSH_EVERY_SEC) {
        lastPush = s.elapsedSec
        void pushNow()
      }
    },
    async end({ ran = true } = {}) {
      metrics?.setUsers(0)
      if (ran) await pushNow()
      if (server && o.lingerSec && ran) {
        o.log(`perf-gate: serving the final metrics for ${o.lingerSec} s more`)
        await new Promise((r) => setTimeout(r, o.lingerSec! * 1000))
      }
      await new Promise<void>((resolve) => {
        if (!server) return resolve()
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}
