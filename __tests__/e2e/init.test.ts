import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { Ajv } from 'ajv'
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { loadConfig } from '../../src/config/load.js'
import { DEFAULT_MIN_REQUESTS, DEFAULT_THRESHOLDS } from '../../src/config/thresholds.js'
import { CLI, ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { closedPort } from '../helpers/target-server.js'

/** Answers /-/ping with JSON, /private with 401; counts what the load sent. */
let server: Server
let origin: string
const received: Record<string, number> = {}

beforeAll(async () => {
  server = createServer((req, res) => {
    received[req.url ?? ''] = (received[req.url ?? ''] ?? 0) + 1
    if (req.url === '/private') {
      res.statusCode = 401
      res.end()
      return
    }
    res.setHeader('content-type', 'application/json; charset=utf-8')
    res.end('{"ok":true}')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((r) => server.close(() => r()))
})

async function validateWithPublishedSchema(text: string): Promise<unknown[]> {
  const schema = JSON.parse(await readFile(join(ROOT, 'schema/perf-gate.schema.json'), 'utf8'))
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  // the formats zod writes, checked as an editor would (ajv-formats is no dependency here)
  ajv.addFormat('uri', (v: string) => URL.canParse(v))
  ajv.addFormat('starts_with', true)
  const validate = ajv.compile(schema)
  return validate(parse(text)) ? [] : (validate.errors ?? [])
}

describe('perf-gate init [URL] [--github]', () => {
  it('writes a commented perf-gate.yml that the loader and the published schema accept, and a run uses', async () => {
    const cwd = await tempDir('perf-gate-init-')
    const url = `${origin}/-/ping`
    const r = await runCli(['init', url, '--github'], { cwd })
    expect(r.code).toBe(0)
    const port = new URL(origin).port
    const name = `127.0.0.1_${port}_-_ping`
    expect(r.stderr).toMatch(
      new RegExp(
        `^perf-gate: GET ${url} answered HTTP 200 \\(application/json; charset=utf-8\\) in \\d+ ms$`,
        'm'
      )
    )
    // the next step as this CLI was started, to paste as it stands (perf-gate from a package's bin)
    expect(r.stdout).toBe(
      `Next: node ${relative(cwd, CLI)} load ${name} --config perf-gate.yml --duration 30s\n`
    )
    const text = await readFile(join(cwd, 'perf-gate.yml'), 'utf8')
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./node_modules/perf-gate/schema/perf-gate.schema.json'
    )
    expect(text).toMatch(/# answered HTTP 200, content-type application\/json; charset=utf-8 when init ran/)
    // every block explained
    for (const block of ['services:', 'thresholds:', 'fail_on:', 'base_url:', 'endpoints:'])
      expect(text.split('\n')[text.split('\n').findIndex((l) => l.trim().startsWith(block)) - 1]).toMatch(/#/)

    // the project's own loader, and the published JSON Schema
    const config = await loadConfig({ file: join(cwd, 'perf-gate.yml') })
    expect(config.fileServices).toEqual([name])
    expect(config.services[name].base_url).toBe(origin)
    expect(config.services[name].endpoints!.map((e) => [e.method, e.path])).toEqual([['GET', '/-/ping']])
    expect(config.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, min_requests: DEFAULT_MIN_REQUESTS })
    expect(config.failOn).toBe('critical')
    expect(await validateWithPublishedSchema(text)).toEqual([])

    // the workflow: SchemaStore's workflow schema, the action, the service started and awaited at the URL
    const workflow = parse(await readFile(join(cwd, '.github/workflows/perf-gate.yml'), 'utf8'))
    const validate = new Ajv({ strict: false, allErrors: true }).compile(
      JSON.parse(await readFile(join(ROOT, '__tests__/fixtures/schemastore/github-workflow.json'), 'utf8'))
    )
    expect(validate(workflow) ? [] : validate.errors).toEqual([])
    const gate = workflow.jobs.perf.steps.find((s: { uses?: string }) => s.uses?.includes('perf-gate'))
    expect(gate.uses).toBe('OWNER/perf-gate@v1')
    expect(gate.with).toMatchObject({ service: name, config: 'perf-gate.yml', 'wait-for': url })
    expect(r.stderr).toContain(
      'replace OWNER/perf-gate@v1 with where you use perf-gate from (or pass --uses)'
    )
    // every input the workflow sets is one action.yml declares
    const inputs = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')).inputs
    expect(Object.keys(gate.with).filter((k) => !(k in inputs))).toEqual([])

    // and a run with it
    const before = received['/-/ping'] ?? 0
    const run = await runCli(['load', name, '--config', 'perf-gate.yml', '--users', '1', '--duration', '1'], {
      cwd
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Verdict: PASS')
    expect((received['/-/ping'] ?? 0) - before).toBeGreaterThan(10)
  })

  it('refuses to overwrite without --force (exit 2, one line naming the file), nothing written', async () => {
    const cwd = await tempDir('perf-gate-init-')
    expect((await runCli(['init', `${origin}/a`], { cwd })).code).toBe(0)
    const first = await readFile(join(cwd, 'perf-gate.yml'), 'utf8')
    const again = await runCli(['init', `${origin}/b`], { cwd })
    expect([again.code, again.stderr, again.stdout]).toEqual([
      2,
      'perf-gate: perf-gate.yml: already exists; pass --force to overwrite it\n',
      ''
    ])
    expect(await readFile(join(cwd, 'perf-gate.yml'), 'utf8')).toBe(first)
    // the workflow exists, the config does not: neither is written
    await mkdir(join(cwd, 'ci/.github/workflows'), { recursive: true })
    await writeFile(join(cwd, 'ci/.github/workflows/perf-gate.yml'), 'mine\n')
    const both = await runCli(['init', `${origin}/b`, '--github'], { cwd: join(cwd, 'ci') })
    expect([both.code, both.stderr]).toEqual([
      2,
      `perf-gate: ${join('.github', 'workflows', 'perf-gate.yml')}: already exists; pass --force to overwrite it\n`
    ])
    expect(existsSync(join(cwd, 'ci/perf-gate.yml'))).toBe(false)
    expect(await readFile(join(cwd, 'ci/.github/workflows/perf-gate.yml'), 'utf8')).toBe('mine\n')
    // --force rewrites
    const forced = await runCli(['init', `${origin}/b`, '--force'], { cwd })
    expect(forced.code).toBe(0)
    expect(await readFile(join(cwd, 'perf-gate.yml'), 'utf8')).toContain('path: "/b"')
    expect((await readdir(cwd)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('an unreachable URL: the file is written all the same (exit 0), and says the probe failed', async () => {
    const cwd = await tempDir('perf-gate-init-')
    const port = await closedPort()
    const r = await runCli(['init', `http://127.0.0.1:${port}/health`, '--output', 'conf/perf.yml'], { cwd })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      `⚠ perf-gate: GET http://127.0.0.1:${port}/health was not answered (ECONNREFUSED); the config is written all the same: start the service before a run`
    )
    const text = await readFile(join(cwd, 'conf/perf.yml'), 'utf8')
    expect(text).toContain('# not answered when init ran (ECONNREFUSED): start the service before a run')
    expect(await validateWithPublishedSchema(text)).toEqual([])
    await expect(loadConfig({ file: join(cwd, 'conf/perf.yml') })).resolves.toBeDefined()
  })

  it('a 401 is recorded with a hint, and the workflow then waits for the port, not the URL', async () => {
    const cwd = await tempDir('perf-gate-init-')
    const r = await runCli(['init', `${origin}/private`, '--github', '--uses', 'acme/perf-gate@v1'], { cwd })
    expect(r.code).toBe(0)
    const text = await readFile(join(cwd, 'perf-gate.yml'), 'utf8')
    expect(text).toContain('# answered HTTP 401 when init ran')
    expect(text).toContain('# it wants credentials: set headers above, or every request counts as an error')
    const workflow = parse(await readFile(join(cwd, '.github/workflows/perf-gate.yml'), 'utf8'))
    const gate = workflow.jobs.perf.steps.find((s: { uses?: string }) => s.uses?.includes('perf-gate'))
    expect(gate.uses).toBe('acme/perf-gate@v1')
    expect(gate.with['wait-for']).toBeUndefined()
    expect(r.stderr).not.toContain('replace OWNER')
  })

  it('without a URL: a stand-in service, not probed, said in the file; it still validates', async () => {
    const cwd = await tempDir('perf-gate-init-')
    const r = await runCli(['init'], { cwd })
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(
      'perf-gate: wrote perf-gate.yml (service localhost_8080: GET /, default thresholds)\n'
    )
    const text = await readFile(join(cwd, 'perf-gate.yml'), 'utf8')
    expect(text).toContain(
      "# no URL was given to init: this one stands in; set your service's base_url and path"
    )
    expect(await validateWithPublishedSchema(text)).toEqual([])
    const config = await loadConfig({ file: join(cwd, 'perf-gate.yml') })
    expect(config.services.localhost_8080.base_url).toBe('http://localhost:8080')
  })

  it('bad input is exit 2 with one line, nothing written', async () => {
    const cwd = await tempDir('perf-gate-init-')
    const bad = await runCli(['init', 'ftp://example.com/x'], { cwd })
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'perf-gate: url: must use http:// or https:// (got "ftp://example.com/x")\n'
    ])
    const name = await runCli(['init', 'localhost:8080'], { cwd })
    expect(name.code).toBe(2)
    expect(name.stderr).toMatch(/^perf-gate: url: must be an http:\/\/ or https:\/\/ URL/)
    const uses = await runCli(['init', `${origin}/`, '--github', '--uses', 'not a ref'], { cwd })
    expect(uses.code).toBe(2)
    expect(await readdir(cwd)).toEqual([])
  })

  it('$schema points at the schema of the perf-gate that wrote it when that lies in the repository (a clone)', async () => {
    const cwd = await tempDir('perf-gate-init-')
    await cp(join(ROOT, 'dist'), join(cwd, '.perf-gate/dist'), { recursive: true })
    await cp(join(ROOT, 'schema'), join(cwd, '.perf-gate/schema'), { recursive: true })
    const r = await runCli(['init', `${origin}/`], { cwd, script: join(cwd, '.perf-gate/dist/cli.js') })
    expect(r.code).toBe(0)
    const first = (await readFile(join(cwd, 'perf-gate.yml'), 'utf8')).split('\n')[0]
    expect(first).toBe('# yaml-language-server: $schema=./.perf-gate/schema/perf-gate.schema.json')
    expect(existsSync(join(cwd, '.perf-gate/schema/perf-gate.schema.json'))).toBe(true)
  })

  it("the README's Quick start, run in one shell (its service's URL and this checkout's CLI put in)", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
    const block = /\n## Quick start\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]
    expect(block).toContain('load http://localhost:8080/health')
    expect(block).toContain('init http://localhost:8080/health --github')
    const port = new URL(origin).port
    const script = block
      .replaceAll('node dist/cli.js', `node ${CLI}`)
      .replaceAll('http://localhost:8080', origin)
      .replaceAll('localhost_8080_health', `127.0.0.1_${port}_health`)
    const cwd = await tempDir('perf-gate-quick-start-')
    const before = received['/health'] ?? 0
    const { stdout, stderr } = await promisify(execFile)('bash', ['-e', '-c', script], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' }
    })
    expect(stderr).toContain(`perf-gate: GET ${origin}/health (a URL: one GET endpoint, default thresholds;`)
    expect(stdout.match(/Verdict: PASS/g)).toHaveLength(2)
    expect(existsSync(join(cwd, '.github/workflows/perf-gate.yml'))).toBe(true)
    expect((received['/health'] ?? 0) - before).toBeGreaterThan(20)
    // both runs, the URL's and the config's, under one name: one trend in `summary`
    const runs = await readdir(join(cwd, 'reports/performance'))
    expect(runs.map((r) => r.replace(/_\d{8}_\d{6}$/, ''))).toEqual([
      `load_test_127.0.0.1_${port}_health`,
      `load_test_127.0.0.1_${port}_health`
    ])
  })
})
