import { seededRandom } from '../engine/seeded-random.js'
import { randomBytes } from 'node:crypto'
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

/**
 * document_processing also has a login and documents behind it, for the
 * README's realistic workload: `POST /api/login` with these credentials
 * gives a bearer token; `GET /api/documents/{id}` (ids 1 to DOCUMENTS) wants
 * it, and reads a document from "disk" the first time (slower), from cache after.
 */
export const DEMO_LOGIN = Object.freeze({ username: 'demo', password: 'demo-password' })
const DOCUMENTS = 10_000
const DOCUMENT = /^\/api\/documents\/(\d+)$/
/** The most tokens a demo server keeps; older ones stop working. */
const MAX_TOKENS = 1000

/** Per server: tokens issued, documents read once. */
interface DemoState {
  tokens: Set<string>
  cached: Set<number>
}

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
      const state: DemoState = { tokens: new Set(), cached: new Set() }
      const server = createServer((req, res) =>
        handle(name, needsKey, req, res, { random, errorRate, state })
      )
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

interface Behaviour {
  random: () => number
  errorRate: number
  state: DemoState
}

/** A route's answer to one request: what the static table gives, or the login's and documents'. */
interface Answer {
  medianMs: number
  status: number
  body: unknown
}

function handle(
  service: string,
  needsKey: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  b: Behaviour
): void {
  // the login reads its body; every route answers once the request is in
  let text = ''
  req.on('data', (c: Buffer) => (text += c.toString()))
  req.on('end', () => {
    const path = (req.url ?? '/').split('?')[0]
    const send = (status: number, body: unknown): void => {
      const json = JSON.stringify(body)
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) })
      res.end(json)
    }
    const route = ROUTES[service][path]
    const answer: Answer | undefined = route
      ? { medianMs: route.medianMs, status: 200, body: route.body() }
      : service === 'document_processing'
        ? documentAnswer(req, path, text, b.state)
        : undefined
    if (!answer) return send(404, { detail: 'Not Found' })
    // health checks answer without the key, as a load balancer's or a readiness probe's would
    if (needsKey && !path.endsWith('/health') && req.headers['x-api-key'] !== API_KEY)
      return send(401, { detail: 'Invalid or missing API key' })
    // log-normal around the median: most answers near it, a tail of slower ones
    const delay = answer.medianMs * Math.exp(0.5 * gaussian(b.random))
    setTimeout(() => {
      if (answer.status === 200 && b.random() < b.errorRate) send(500, { detail: 'Internal Server Error' })
      else send(answer.status, answer.body)
    }, delay)
  })
}

/** The login and the documents: answers that depend on the request, not only on its path. */
function documentAnswer(
  req: IncomingMessage,
  path: string,
  body: string,
  state: DemoState
): Answer | undefined {
  if (path === '/api/login' && req.method === 'POST') return login(body, state)
  const m = DOCUMENT.exec(path)
  if (!m) return undefined
  const id = Number(m[1])
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  if (!token || !state.tokens.has(token))
    return { medianMs: 1, status: 401, body: { detail: 'Missing or invalid bearer token' } }
  if (id < 1 || id > DOCUMENTS) return { medianMs: 1, status: 404, body: { detail: 'No such document' } }
  const cold = !state.cached.has(id)
  state.cached.add(id)
  return { medianMs: cold ? 20 : 4, status: 200, body: { id, title: `Document ${id}`, pages: 1 + (id % 7) } }
}

function login(body: string, state: DemoState): Answer {
  let c: { username?: unknown; password?: unknown } = {}
  try {
    c = JSON.parse(body) as typeof c
  } catch {
    // not JSON: no credentials
  }
  if (c.username !== DEMO_LOGIN.username || c.password !== DEMO_LOGIN.password)
    return { medianMs: 15, status: 401, body: { detail: 'Invalid username or password' } }
  const token = `demo-${randomBytes(12).toString('hex')}`
  if (state.tokens.size >= MAX_TOKENS) state.tokens.delete(state.tokens.values().next().value!)
  state.tokens.add(token)
  return { medianMs: 15, status: 200, body: { access_token: token, token_type: 'bearer' } }
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
