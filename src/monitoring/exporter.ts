import { createServer, type Server } from 'node:http'
import { Counter, Gauge, Histogram, Pushgateway, Registry } from 'prom-client'
import { InputError } from '../config/errors.js'
import { shownPath, type Target } from '../config/resolve.js'
import type { Recorder } from '../engine/recorder.js'
import { ERROR_TYPES } from '../engine/error-types.js'
import type { ResourceReading } from '../metrics/resource-series.js'

/** 1 ms to 10 s, dense where web latencies live. */
export const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/**
 * The seed's Prometheus metrics, fed from the same recorder as every report,
 * so `sum(perf_test_requests_total)` equals metrics.json's total_requests.
 */
export class RunMetrics {
  readonly registry = new Registry()
  private readonly requests = new Counter({
    name: 'perf_test_requests_total',
    help: 'Requests completed by perf-gate, by outcome status (0 when no answer came)',
    labelNames: ['service', 'endpoint', 'method', 'status', 'journey', 'step'],
    registers: [this.registry]
  })
  private readonly duration = new Histogram({
    name: 'perf_test_request_duration_seconds',
    help: 'Request duration measured by perf-gate, from send to answer, error or timeout',
    labelNames: ['service', 'endpoint', 'method', 'journey', 'step'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry]
  })
  private readonly errors = new Counter({
    name: 'perf_test_errors_total',
    help: `Failed requests by error type (${ERROR_TYPES.join(', ')})`,
    labelNames: ['service', 'endpoint', 'error_type', 'journey', 'step'],
    registers: [this.registry]
  })
  private readonly users = new Gauge({
    name: 'perf_test_active_users',
    help: 'Concurrent users (connections) perf-gate is running',
    labelNames: ['service'],
    registers: [this.registry]
  })
  private readonly info = new Gauge({
    name: 'perf_test_run_info',
    help: 'The run being measured (always 1)',
    labelNames: ['service', 'mode', 'run_id'],
    registers: [this.registry]
  })

  // the service's own process (--start, --watch-pid), named as metrics.json's `resources` names them
  private readonly rss = new Gauge({
    name: 'perf_gate_service_rss_bytes',
    help: 'Resident memory of the service under test and its child processes, summed (bytes)',
    labelNames: ['service'],
    registers: [this.registry]
  })
  private readonly cpu = new Gauge({
    name: 'perf_gate_service_cpu_percent',
    help: 'CPU time of the service under test and its child processes over the last second, percent of one core',
    labelNames: ['service'],
    registers: [this.registry]
  })
  private readonly processes = new Gauge({
    name: 'perf_gate_service_processes',
    help: 'Processes in the service under test: the watched one and its descendants',
    labelNames: ['service'],
    registers: [this.registry]
  })

  constructor(
    private readonly target: Target,
    mode: string,
    readonly runId: string
  ) {
    this.info.set({ service: target.service, mode, run_id: runId }, 1)
    this.users.set({ service: target.service }, 0)
  }

  setUsers(n: number): void {
    this.users.set({ service: this.target.service }, n)
  }

  /** The service's process as last read. */
  setResources(r: ResourceReading): void {
    const labels = { service: this.target.service }
    this.rss.set(labels, r.rssBytes)
    this.cpu.set(labels, Math.round(r.cpuPercent * 10) / 10)
    this.processes.set(labels, r.processes)
  }

  /** Counts records [from, to) of the recorder. */
  observe(recorder: Recorder, from: number, to: number): void {
    const service = this.target.service
    const eps = this.target.endpoints
    // journeys' steps carry their journey's and step's names (config names: bounded, never a value)
    const named = eps.map((ep) => (ep.journey ? { journey: ep.journey, step: ep.step! } : {}))
    for (let i = from; i < to; i++) {
      const e = recorder.endpoint(i)
      const ep = eps[e]
      const endpoint = shownPath(ep)
      this.requests.inc({
        service,
        endpoint,
        method: ep.method,
        status: String(recorder.status(i)),
        ...named[e]
      })
      this.duration.observe(
        { service, endpoint, method: ep.method, ...named[e] },
        recorder.latencyUs(i) / 1e6
      )
      const id = recorder.errorIdAt(i)
      if (id !== 0)
        this.errors.inc({ service, endpoint, error_type: recorder.errorOf(id)!.type, ...named[e] })
    }
  }
}

/** Serves /metrics on `port` (all interfaces); a port in use is an InputError before any load. */
export async function serveMetrics(registry: Registry, port: number, host = '0.0.0.0'): Promise<Server> {
  const server = createServer(async (req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/metrics') {
      res.statusCode = 404
      return res.end('perf-gate serves /metrics\n')
    }
    res.setHeader('Content-Type', registry.contentType)
    res.end(await registry.metrics())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new InputError(
          '--metrics-port',
          e.code === 'EADDRINUSE'
            ? `port ${port} is already in use; choose another`
            : `cannot listen on port ${port} (${e.code})`
        )
      )
    )
    server.listen(port, host, () => resolve())
  })
  return server
}

/** Pushes to a Pushgateway, grouped by job and run id; CI runs are too short to be scraped reliably. */
export function pushgateway(url: string, registry: Registry, runId: string): { push(): Promise<void> } {
  const gw = new Pushgateway(
    url,
    { timeout: 5000, headers: { 'Content-Type': registry.contentType } },
    registry
  )
  return { push: async () => void (await gw.push({ jobName: 'perf-gate', groupings: { run_id: runId } })) }
}
