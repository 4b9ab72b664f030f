import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/**
 * A server with a real capacity limit: it works on at most `concurrency`
 * requests at once (each takes `serviceMs`), queues the rest, so latency
 * rises past that many users; past `rejectAbove` requests in the house it
 * answers 503 at once. It logs every change in open connections.
 */
export interface CapacityServer {
  url: string
  /** [time ms, open connections] at every open and close */
  timeline: [number, number][]
  openAt(t: number): number
  close(): Promise<void>
}

export async function startCapacityServer(o: {
  concurrency: number
  serviceMs: number
  rejectAbove?: number
}): Promise<CapacityServer> {
  let active = 0
  const queue: ServerResponse[] = []
  const sockets = new Set<Socket>()
  const timeline: [number, number][] = [[Date.now(), 0]]
  const work = (res: ServerResponse): void => {
    active++
    setTimeout(() => {
      res.end('ok')
      active--
      const next = queue.shift()
      if (next) work(next)
    }, o.serviceMs)
  }
  const server = createServer((req, res) => {
    req.resume()
    if (String(req.headers['user-agent']).includes('preflight')) return void res.end('ok')
    if (o.rejectAbove !== undefined && active + queue.length >= o.rejectAbove) {
      res.statusCode = 503
      return void res.end('busy')
    }
    if (active < o.concurrency) work(res)
    else queue.push(res)
  })
  server.on('connection', (s: Socket) => {
    sockets.add(s)
    timeline.push([Date.now(), sockets.size])
    s.on('close', () => {
      sockets.delete(s)
      timeline.push([Date.now(), sockets.size])
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    timeline,
    openAt: (t) => {
      let open = 0
      for (const [at, n] of timeline) if (at <= t) open = n
      return open
    },
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((r) => server.close(() => r()))
    }
  }
}
