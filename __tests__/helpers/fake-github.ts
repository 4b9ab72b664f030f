import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for the three GitHub REST calls the action makes on a pull
 * request (list, create, update issue comments). The action reaches it
 * through GITHUB_API_URL, exactly as it reaches api.github.com.
 */
export interface FakeGitHub {
  url: string
  comments: { id: number; body: string }[]
  requests: { method: string; path: string; authorization?: string }[]
  /** answer every call with 403, as GitHub does without pull-requests: write */
  forbidden: boolean
  close(): Promise<void>
}

async function body(req: IncomingMessage): Promise<any> {
  let text = ''
  for await (const chunk of req) text += chunk
  return text ? JSON.parse(text) : {}
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000
  const state = {
    comments: [] as FakeGitHub['comments'],
    requests: [] as FakeGitHub['requests'],
    forbidden: false
  }
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0]
    state.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization })
    const send = (status: number, data: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(data))
    }
    if (state.forbidden) return send(403, { message: 'Resource not accessible by integration' })
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path)
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)
    if (list && req.method === 'GET') return send(200, state.comments)
    if (list && req.method === 'POST') {
      const c = { id: nextId++, body: (await body(req)).body }
      state.comments.push(c)
      return send(201, c)
    }
    if (one && req.method === 'PATCH') {
      const c = state.comments.find((x) => x.id === Number(one[1]))
      if (!c) return send(404, { message: 'Not Found' })
      c.body = (await body(req)).body
      return send(200, c)
    }
    send(404, { message: `fake GitHub has no ${req.method} ${path}` })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r()))
  })
}
