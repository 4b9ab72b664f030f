import { seededRandom } from './seeded-random.js'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { InputError } from '../config/errors.js'
import { PRESET_SERVICES } from '../config/presets.js'

/**
 * Embedded stand-ins for the three Marty services: the seed's paths, ports
 * and X-API-Key auth, latencies of a few to tens of milliseconds and a small
 * error rate, so that a fresh clone has something real to test.
 */

interface RouteBehaviour {
  /** median latency in ms; the spread is log-normal around it */
  medianMs: number
  body: () => unknown
}

const ROUTES: Record<string, Record<string, RouteBehaviour>> = {
  pkd_service: {
    '/': { medianMs: 2, body: () => ({ service: 'pkd_service', status: 'ok' }) },
    '/docs': { medianMs: 4, body: () => ({ openapi: '3.1.0', info: { title: 'PKD Service' } }) },
    '/v1/masterlist': { medianMs: 25, body: () => ({ entries: list(40, 'CSCA') }) },
    '/v1/dsclist': { medianMs: 18, body: () => ({ entries: list(25, 'DSC') }) },
    '/v1/crl': { medianMs: 12, body: () => ({ revoked: list(10, 'SERIAL') }) }
  },
  document_processing: {
    '/': { medianMs: 2, body: () => ({ service: 'document_processing', status: 'ok' }) },
    '/api/health': { medianMs: 3, body: () => ({ status: 'healthy' }) },
    '/api/ping': { medianMs: 1, body: () => ({ pong: true }) },
    '/docs': { medianMs: 5, body: () => ({ openapi: '3.1.0', info: { title: 'Document Processing' } }) }
  },
  ui_app: {
    '/': { medianMs: 8, body: () => ({ page: 'home' }) },
    '/health': { medianMs: 2, body: () => ({ status: 'healthy' }) },
    '/docs': { medianMs: 6, body: () => ({ page: 'docs' }) }
  }
}

export const DEMO_SERVICES = Object.keys(ROUTES)
const API_KEY = 'test_api_key'

export interface DemoOptions {
  /** fraction of requests answered 500 (default 0.002) */
  errorRate?: number
  /** listen on the presets' ports (8088, 8080, 8000) instead of free ones */
  presetPorts?: boolean
  host?: string
  /** seed of the latency and error draws, for repeatable demos */
  seed?: number
}

export interface RunningDemo {
  /** service name → base URL */
  urls: Record<string, string>
  close(): Promise<void>
}

export async function startDemoServices(options: DemoOptions = {}): Promise<RunningDemo> {
  const random = seededRandom(options.seed ?? 42)
  const errorRate = options.errorRate ?? 0.002
  const host = options.host ?? '127.0.0.1'
  const servers: Server[] = []
  const urls: Record<string, string> = {}
  try {
    for (const name of DEMO_SERVICES) {
      const needsKey = PRESET_SERVICES[name].headers !== undefined
      const server = createServer((req, res) => handle(name, needsKey, req, res, random, errorRate))
      server.keepAliveTimeout = 30_000
      servers.push(server)
      const port = options.presetPorts ? PRESET_SERVICES[name].port! : 0
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, host, () => resolve())
      })
      urls[name] = `http://${host}:${(server.address() as AddressInfo).port}`
    }
  } catch (e) {
    await closeAll(servers)
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new InputError(
        'demo',
        `cannot listen (${(e as Error).message}); stop what runs on that port first`
      )
    }
    throw e
  }
  return { urls, close: () => closeAll(servers) }
}

function handle(
  service: string,
  needsKey: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  random: () => number,
  errorRate: number
): void {
  const path = (req.url ?? '/').split('?')[0]
  const route = ROUTES[service][path]
  const send = (status: number, body: unknown): void => {
    const text = JSON.stringify(body)
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
    res.end(text)
  }
  if (!route) return send(404, { detail: 'Not Found' })
  if (needsKey && req.headers['x-api-key'] !== API_KEY)
    return send(401, { detail: 'Invalid or missing API key' })
  // log-normal around the median: most answers near it, a tail of slower ones
  const delay = route.medianMs * Math.exp(0.5 * gaussian(random))
  setTimeout(() => {
    if (random() < errorRate) send(500, { detail: 'Internal Server Error' })
    else send(200, route.body())
  }, delay)
}

function list(n: number, prefix: string): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`)
}

function gaussian(random: () => number): number {
  const u = 1 - random()
  const v = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (!s.listening) return resolve()
          s.close(() => resolve())
          s.closeAllConnections()
        })
    )
  )
}
