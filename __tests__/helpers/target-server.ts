import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/**
 * A real HTTP server on 127.0.0.1 whose every endpoint misbehaves in one
 * known way, and which counts what it received so tests can compare exact
 * numbers with perf-gate's report. The preflight request (its user-agent
 * says "preflight") is counted apart.
 */
export interface TargetServer {
  url: string
  port: number
  /** load requests received per path */
  received: Record<string, number>
  /** 500s sent on /flaky, connections reset on /reset */
  sent500: number
  resets: number
  preflights: number
  /** header values seen, by lower-case header name */
  seenHeaders: Record<string, Set<string>>
  /** concurrently open connections, and the most seen at once */
  openConnections: number
  maxConnections: number
  close(): Promise<void>
}

/** The body of /big and /chunked, in bytes. */
export const BIG_BODY = Buffer.alloc(64 * 1024, 'x')

export async function startTargetServer(): Promise<TargetServer> {
  const sockets = new Set<Socket>()
  const state: Omit<TargetServer, 'url' | 'port' | 'close'> = {
    received: {},
    sent500: 0,
    resets: 0,
    preflights: 0,
    seenHeaders: {},
    openConnections: 0,
    maxConnections: 0
  }
  let flakyCount = 0
  // /creeping answers 1 ms slower for every second since its first request: a leak's latency
  let creepingSince: number | undefined
  let memberCount = 0
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = (req.url ?? '/').split('?')[0]
    for (const [k, v] of Object.entries(req.headers)) {
      ;(state.seenHeaders[k] ??= new Set()).add(String(v))
    }
    if (String(req.headers['user-agent']).includes('preflight')) {
      state.preflights++
      res.end('ok')
      return
    }
    state.received[path] = (state.received[path] ?? 0) + 1
    req.resume()
    switch (path) {
      case '/fast':
        res.end('fast')
        return
      case '/slow':
        setTimeout(() => res.end('slow'), 20)
        return
      case '/big':
        res.setHeader('content-length', BIG_BODY.length)
        res.end(BIG_BODY)
        return
      case '/chunked':
        // no Content-Length: the body arrives in chunks over two writes
        res.write(BIG_BODY.subarray(0, 1000))
        setImmediate(() => res.end(BIG_BODY.subarray(1000)))
        return
      case '/slow26':
        setTimeout(() => res.end('slow26'), 26)
        return
      case '/slower':
        setTimeout(() => res.end('slower'), 60)
        return
      case '/flaky':
        if (++flakyCount % 10 === 0) {
          state.sent500++
          res.statusCode = 500
          res.end('boom')
        } else res.end('ok')
        return
      case '/reset':
        state.resets++
        req.socket.resetAndDestroy()
        return
      case '/login':
        // a user's own token, for a journey to capture
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ token: `t-${state.received['/login']}` }))
        return
      case '/me':
        // 401 without a token of /login; every 10th answer says no member, for a check to fail
        if (!/^Bearer t-\d+$/.test(String(req.headers.authorization))) {
          res.statusCode = 401
          res.end('{}')
          return
        }
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ member: ++memberCount % 10 !== 0 }))
        return
      case '/creeping': {
        creepingSince ??= Date.now()
        setTimeout(() => res.end('creeping'), 2 + (Date.now() - creepingSince) / 1000)
        return
      }
      case '/hang':
        return // never answers
      case '/notfound':
        res.statusCode = 404
        res.end('nope')
        return
      default:
        res.statusCode = 404
        res.end()
    }
  })
  server.on('connection', (s: Socket) => {
    sockets.add(s)
    state.openConnections++
    state.maxConnections = Math.max(state.maxConnections, state.openConnections)
    s.on('close', () => {
      sockets.delete(s)
      state.openConnections--
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((r) => server.close(() => r()))
    }
  })
}

/** A port nothing listens on (bound once, then released). */
export async function closedPort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const port = (s.address() as AddressInfo).port
  await new Promise<void>((r) => s.close(() => r()))
  return port
}
