import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { ROOT, tempDir } from './run-cli.js'
import type { SystemDep } from './system-deps.js'

/**
 * verdaccio 6.10.4, a private npm registry nobody here wrote, installed from
 * the npm registry by `make system-deps` (scripts/setup-apps.sh). Each user
 * logs in with a password and gets a token of its own; its log names the
 * user every request was made as.
 */
export const VERDACCIO_DIR = join(ROOT, 'node_modules/.apps/verdaccio')

export const verdaccioDep: SystemDep = {
  command: 'verdaccio',
  pkg: 'verdaccio@6.10.4',
  from: 'npm package (scripts/setup-apps.sh)',
  path: existsSync(join(VERDACCIO_DIR, 'node_modules/verdaccio/package.json')) ? VERDACCIO_DIR : undefined
}

// sha1 passwords: bcrypt (the default) checks a password on every request in pure JS, ~15 req/s here;
// no uplinks: nothing leaves this machine; `private-*` packages need a logged-in user
const config = (log: string): string => `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 100000
    algorithm: sha1
uplinks: {}
packages:
  'private-*': { access: $authenticated, publish: $authenticated, unpublish: $authenticated }
  '**': { access: $all, publish: $authenticated, unpublish: $authenticated }
web:
  enable: false
log: { type: file, path: ${log}, format: json, level: http }
`

// its CLI refuses Node 20 ("requires at least Node.js v22"); its programmatic API runs on it
const START = `
import { runServer, parseConfigFile } from 'verdaccio'
const [configPath, port] = process.argv.slice(1)
const config = parseConfigFile(configPath)
config.self_path = configPath
config.configPath = configPath
const server = await runServer(config)
server.listen(Number(port), '127.0.0.1')
const stop = () => { server.closeAllConnections(); server.close(() => process.exit(0)) }
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
`

export interface Verdaccio {
  url: string
  /** its own log's request lines: who made each request, to what, and how it was answered */
  requests(): Promise<LoggedRequest[]>
  stop(): Promise<void>
}

export interface LoggedRequest {
  /** the user the request was made as (from its token or password), null when anonymous */
  user: string | null
  method: string
  /** the path, query left out */
  path: string
  status: number
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

export async function startVerdaccio(): Promise<Verdaccio> {
  const dir = await tempDir('perf-gate-verdaccio-')
  const log = join(dir, 'verdaccio.log')
  const configPath = join(dir, 'config.yaml')
  await writeFile(configPath, config(log))
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    ['--input-type=module', '-e', START, configPath, String(port)],
    // bare imports resolve from the working folder for -e: verdaccio's own install
    { cwd: VERDACCIO_DIR, stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    const up = await fetch(`${url}/-/ping`).then(
      (r) => r.ok,
      () => false
    )
    if (up) break
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`verdaccio did not start: ${stderr.slice(-2000)}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    async requests() {
      const lines = (await readFile(log, 'utf8')).split('\n').filter((l) => l.startsWith('{'))
      return (
        lines
          .map((l) => JSON.parse(l))
          // level 25 (http) lines of incoming requests; 6.10.4 writes a request twice, once early as
          // anonymous with 0 bytes out before its token is checked: that one is left out
          .filter((j) => j.level === 25 && j.sub === 'in' && !(j.user === null && j.bytes?.out === 0))
          .map((j) => ({
            user: j.user ?? null,
            method: j.request.method,
            path: String(j.request.url).split('?')[0],
            status: j.status
          }))
      )
    },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      const t = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(t)
    }
  }
}

/** Registers users (as `npm adduser` does) and returns their credentials, as a data file holds them. */
export async function addUsers(
  url: string,
  count: number
): Promise<{ user: string; password: string; basic: string }[]> {
  const users = Array.from({ length: count }, (_, i) => ({
    user: `user${i + 1}`,
    password: `pw-${i + 1}-secret`
  }))
  for (const u of users) {
    const r = await fetch(`${url}/-/user/org.couchdb.user:${u.user}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: u.user, password: u.password })
    })
    if (r.status !== 201) throw new Error(`verdaccio refused user ${u.user}: ${r.status} ${await r.text()}`)
  }
  return users.map((u) => ({ ...u, basic: Buffer.from(`${u.user}:${u.password}`).toString('base64') }))
}
