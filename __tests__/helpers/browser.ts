import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { systemDep } from './system-deps.js'

/** Jenkins' default Content-Security-Policy for archived HTML (the HTML Publisher plugin). */
export const JENKINS_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';"

/** Debian's chromium, found on PATH; `itNeeds(CHROMIUM_DEP)` for a test that opens it. */
export const CHROMIUM_DEP = systemDep('chromium', 'chromium', 'chromium-browser')
export const CHROMIUM = CHROMIUM_DEP.path

/** Flags for a headless Chromium on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.xml': 'application/xml'
}

/** Serves a folder on 127.0.0.1 with the given CSP header on every response, as Jenkins does. */
export async function serveWithCsp(dir: string, csp = JENKINS_CSP): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '')
    res.setHeader('Content-Security-Policy', csp)
    if (path === '/favicon.ico') {
      res.statusCode = 204
      return res.end()
    }
    try {
      const body = await readFile(join(dir, path))
      res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream')
      res.end(body)
    } catch {
      res.statusCode = 404
      res.end()
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
