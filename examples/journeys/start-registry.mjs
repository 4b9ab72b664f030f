#!/usr/bin/env node
// A private npm registry (verdaccio 6.10.4, installed by `bash scripts/setup-apps.sh`) on
// 127.0.0.1:4873 for the journeys example: a fresh store in a temporary folder, the users of
// users.csv registered before any load (ten logins at once would race to create them), and
// sha1 passwords (verdaccio's default bcrypt checks a password in pure JS, ~15 req/s here).
// Its CLI needs Node 22; its programmatic API, used here, runs on Node 20 too. Ctrl-C stops it.
//   node examples/journeys/start-registry.mjs [port]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const apps = join(here, '../../node_modules/.apps/verdaccio/')
let entry
try {
  entry = createRequire(apps).resolve('verdaccio')
} catch {
  console.error('verdaccio is not installed: run `bash scripts/setup-apps.sh` first')
  process.exit(2)
}
const { runServer, parseConfigFile } = await import(pathToFileURL(entry).href)

const port = Number(process.argv[2] ?? 4873)
const dir = mkdtempSync(join(tmpdir(), 'perf-gate-registry-'))
const configPath = join(dir, 'config.yaml')
writeFileSync(
  configPath,
  `storage: ./storage
auth: { htpasswd: { file: ./htpasswd, max_users: 100000, algorithm: sha1 } }
uplinks: {}
packages: { '**': { access: $all, publish: $authenticated } }
web: { enable: false }
log: { type: file, path: ${join(dir, 'verdaccio.log')}, format: json, level: http }
`
)
const config = parseConfigFile(configPath)
config.self_path = configPath
config.configPath = configPath
const server = await runServer(config)
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
const stop = () => {
  server.closeAllConnections()
  server.close(() => {
    rmSync(dir, { recursive: true, force: true })
    process.exit(0)
  })
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

const url = `http://127.0.0.1:${port}`
const [, ...rows] = readFileSync(join(here, 'users.csv'), 'utf8').trim().split('\n')
for (const row of rows) {
  const [name, password] = row.split(',')
  const r = await fetch(`${url}/-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password })
  })
  if (r.status !== 201) {
    console.error(`verdaccio refused user ${name}: ${r.status} ${await r.text()}`)
    stop()
  }
}
console.log(`registry ready at ${url} with ${rows.length} users; its log: ${join(dir, 'verdaccio.log')}`)
