import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for GitHub's artifact service as @actions/artifact talks
 * to it: the two Twirp calls (CreateArtifact, FinalizeArtifact) at
 * ACTIONS_RESULTS_URL, and the blob storage the signed upload URL points at
 * (block uploads, then a block list). The assembled zip is kept for the test.
 */
export interface FakeArtifacts {
  url: string
  /** an ACTIONS_RUNTIME_TOKEN carrying the scope the client reads (unsigned: the client only decodes it) */
  token: string
  artifacts: { name: string; size: string; zip?: Buffer }[]
  close(): Promise<void>
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url')

export async function startFakeArtifacts(): Promise<FakeArtifacts> {
  const blocks = new Map<string, Buffer>()
  const state = { artifacts: [] as FakeArtifacts['artifacts'] }
  let pendingName = ''
  // by artifact name: matrix jobs upload at the same time, each to its own blob
  const zips = new Map<string, Buffer>()
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const data = await body(req)
    if (url.pathname.endsWith('/CreateArtifact')) {
      pendingName = JSON.parse(data.toString()).name
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(
        JSON.stringify({
          ok: true,
          signedUploadUrl: `http://127.0.0.1:${port}/devstoreaccount1/artifacts/${encodeURIComponent(pendingName)}.zip?sig=fake`
        })
      )
    }
    if (url.pathname.endsWith('/FinalizeArtifact')) {
      const req2 = JSON.parse(data.toString())
      state.artifacts.push({ name: req2.name, size: req2.size, zip: zips.get(req2.name) })
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ ok: true, artifactId: String(state.artifacts.length + 4100) }))
    }
    if (url.pathname.startsWith('/devstoreaccount1/') && req.method === 'PUT') {
      const name = decodeURIComponent(
        url.pathname.replace(/^\/devstoreaccount1\/artifacts\//, '').replace(/\.zip$/, '')
      )
      const headers = {
        'x-ms-request-id': 'fake',
        'x-ms-version': '2024-08-04',
        etag: '"0x1"',
        'last-modified': new Date().toUTCString()
      }
      if (url.searchParams.get('comp') === 'block') {
        blocks.set(`${name}\u0000${url.searchParams.get('blockid')!}`, data)
        res.writeHead(201, headers)
        return res.end()
      }
      if (url.searchParams.get('comp') === 'blocklist') {
        const ids = [...data.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(
          (m) => m[1]
        )
        zips.set(name, Buffer.concat(ids.map((id) => blocks.get(`${name}\u0000${id}`) ?? Buffer.alloc(0))))
        res.writeHead(201, headers)
        return res.end()
      }
      zips.set(name, data) // a single-shot upload
      res.writeHead(201, headers)
      return res.end()
    }
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({ msg: `fake artifact service has no ${req.method} ${url.pathname} (${pendingName})` })
    )
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({
    scp: 'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774'
  })}.sig`
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () => new Promise<void>((r) => server.close(() => r()))
  })
}
