import { randomBytes } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as the server received it. */
export interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface RecordingServer {
  url: string
  /** every request but the logins, in arrival order */
  received: Received[]
  /** the tokens the login handed out */
  tokens: string[]
  close(): Promise<void>
}

/**
 * A target that keeps every request it received, and a login:
 * `POST /login` with `{"user": …, "password": <password>}` answers
 * `{"access_token": …}` (a fresh token each time), any other password 401.
 * Every other path answers 200 at once.
 */
export async function startRecordingServer(password: string): Promise<RecordingServer> {
  const received: Received[] = []
  const tokens: string[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/login') {
        let creds: { password?: string } = {}
        try {
          creds = JSON.parse(body) as typeof creds
        } catch {
          // no credentials
        }
        if (creds.password !== password) {
          res.writeHead(401, { 'content-type': 'application/json' })
          return res.end('{"detail":"bad credentials"}')
        }
        const token = `tok-${randomBytes(16).toString('hex')}`
        tokens.push(token)
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ access_token: token, data: { nested: [{ id: 'n-1' }] } }))
      }
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end('ok')
    })
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    tokens,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
