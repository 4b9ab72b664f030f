import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { parseOutputs, runnerInputEnv } from '../helpers/action-env.js'
import { runCliOnce } from '../helpers/cli-run-dir.js'
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js'
import { NODE24, ROOT, runCli, tempDir } from '../helpers/run-cli.js'

/**
 * Realistic workloads as users run them: the built CLI from a folder outside
 * the repository, a perf-gate.yml beside its data file, a server that keeps
 * every request it received. What the server saw is the truth.
 */
const PASSWORD = 'pw-e2e-Secret-42'
let server: RecordingServer
let dir: string

beforeAll(async () => {
  server = await startRecordingServer(PASSWORD)
  dir = await tempDir('perf-gate-workloads-')
})
afterAll(() => server.close())

/** Writes perf-gate.yml (and any data files) into a fresh folder; returns the config's path. */
async function project(
  service: Record<string, unknown>,
  files: Record<string, string> = {}
): Promise<string> {
  const folder = await tempDir('perf-gate-workload-project-')
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text)
  const path = join(folder, 'perf-gate.yml')
  const endpoints = (service.endpoints as unknown[]).map((e) => (typeof e === 'string' ? { path: e } : e))
  await writeFile(path, stringify({ services: { api: { base_url: server.url, ...service, endpoints } } }))
  return path
}

const ids = (n: number): string =>
  'id,name\n' + Array.from({ length: n }, (_, i) => `${i + 1},user ${i + 1}`).join('\n')
const since = (from: number) => server.received.slice(from)

/** Every file of a run directory, and the run's own output, as one text to search. */
async function everything(runDir: string, run: { stdout: string; stderr: string }): Promise<string> {
  const files = await readdir(runDir, { recursive: true })
  const texts = await Promise.all(files.map((f) => readFile(join(runDir, f), 'utf8').catch(() => '')))
  return [...texts, run.stdout, run.stderr].join('\n')
}

describe('data files', () => {
  it.each([1, 2])(
    'order unique: every row sent exactly once, then the run ends (--workers %i)',
    async (workers) => {
      const config = await project(
        {
          data: { file: 'users.csv', order: 'unique' },
          endpoints: [{ path: '/items/{{id}}?name={{name}}' }]
        },
        { 'users.csv': ids(300) }
      )
      const from = server.received.length
      const { run, metrics: m } = await runCliOnce(
        ['load', 'api', '--config', config, '--users', '4', '--duration', '30', '--workers', String(workers)],
        { cwd: dir }
      )
      expect(run.code).toBe(0)
      const urls = since(from).map((r) => r.url)
      expect(urls).toHaveLength(300)
      expect(new Set(urls).size).toBe(300)
      // every row, its two columns together, the space %-encoded
      for (let i = 1; i <= 300; i++) expect(urls).toContain(`/items/${i}?name=user%20${i}`)
      expect(m.total_requests).toBe(300)
      expect(m.total_duration).toBeLessThan(30)
      expect(m.stopped_early).toBe('every row of users.csv was used once (300 rows, order: unique)')
      expect(run.stdout).toContain('The load ended after')
      // a run far short of its duration measured little: a warning, which fail_on warning catches
      expect(m.thresholds.run_completion.status).toBe('warning')
      expect(m.verdict).toBe('warning')
      // one endpoint row, named by its template
      expect(m.per_endpoint.map((e: { endpoint: string }) => e.endpoint)).toEqual([
        'GET /items/{{id}}?name={{name}}'
      ])
    }
  )

  it('a run that ended 1 s into 20 s on 15 rows: not enough requests and too short, a warning that --fail-on warning fails', async () => {
    const config = await project(
      { data: { file: 'few.csv', order: 'unique' }, endpoints: [{ path: '/items/{{id}}' }] },
      { 'few.csv': ids(15) }
    )
    const { run, metrics: m } = await runCliOnce(
      ['load', 'api', '--config', config, '--users', '2', '--duration', '20', '--fail-on', 'warning'],
      { cwd: dir }
    )
    expect(m.total_requests).toBe(15)
    expect(m.thresholds.error_rate).toMatchObject({
      status: 'warning',
      requests: 15,
      not_enough_requests: { min: 20 }
    })
    expect(m.thresholds.run_completion.status).toBe('warning')
    expect(run.stdout).toMatch(/Error rate\s+overall\s+0\.00%.*⚠️ warning, not enough requests \(15 of 20\)/)
    expect(run.code).toBe(1)
  })

  it('order random: rows spread over the file; generators fill each request', async () => {
    const config = await project(
      {
        data: { file: 'rows.json', order: 'random' },
        endpoints: [
          {
            path: '/r/{{id}}',
            method: 'POST',
            body: { id: '{{id}}', quote: '{{name}}', n: '{{randomInt 5 7}}', u: '{{uuid}}', s: '{{seq}}' }
          }
        ]
      },
      {
        'rows.json': JSON.stringify(Array.from({ length: 10 }, (_, i) => ({ id: i + 1, name: `say "${i}"` })))
      }
    )
    const from = server.received.length
    const { run } = await runCliOnce(['load', 'api', '--config', config, '--rps', '400', '--duration', '1'], {
      cwd: dir
    })
    expect(run.code).toBe(0)
    const got = since(from)
    expect(got).toHaveLength(400)
    const bodies = got.map((r) => JSON.parse(r.body) as Record<string, string>)
    const counts = new Map<string, number>()
    for (const b of bodies) counts.set(b.id, (counts.get(b.id) ?? 0) + 1)
    // 40 expected each; a uniform draw stays far inside these bounds
    expect([...counts.keys()].sort((a, b) => +a - +b)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10'
    ])
    for (const c of counts.values()) expect(c).toBeGreaterThan(12)
    for (const c of counts.values()) expect(c).toBeLessThan(80)
    // a JSON body stays JSON whatever the value holds; the path and body share one row
    for (const [i, b] of bodies.entries()) {
      expect(b.quote).toBe(`say "${+b.id - 1}"`)
      expect(got[i].url).toBe(`/r/${b.id}`)
      expect(['5', '6', '7']).toContain(b.n)
      expect(b.u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(got[i].headers['content-length']).toBe(String(Buffer.byteLength(got[i].body)))
    }
    expect(new Set(bodies.map((b) => b.u)).size).toBe(400)
    expect(new Set(bodies.map((b) => b.s)).size).toBe(400)
  })

  it('an unknown placeholder and a missing data file are input errors (exit 2, one line, nothing sent)', async () => {
    const from = server.received.length
    const typo = await project(
      { data: { file: 'users.csv' }, endpoints: [{ path: '/items/{{idd}}' }] },
      { 'users.csv': ids(3) }
    )
    const bad = await runCliOnce(['load', 'api', '--config', typo, '--duration', '1'], { cwd: dir })
    expect(bad.run.code).toBe(2)
    expect(bad.run.stderr.trim().split('\n')).toEqual([
      'perf-gate: perf-gate.yml:7 services.api.endpoints[0].path: {{idd}} is not a column of users.csv (id, name), nor a setup capture, nor a generator (randomInt MIN MAX, uuid, seq, timestamp); did you mean {{id}}?'
    ])
    const missing = await project({ data: { file: 'nope.csv' }, endpoints: [{ path: '/x/{{id}}' }] })
    const gone = await runCliOnce(['load', 'api', '--config', missing, '--duration', '1'], { cwd: dir })
    expect(gone.run.code).toBe(2)
    expect(gone.run.stderr).toMatch(/services\.api\.data\.file: file .*nope\.csv does not exist/)
    expect(gone.runDir).toBeUndefined()
    expect(since(from)).toHaveLength(0)
  })
})

describe('setup step', () => {
  const login = {
    setup: [
      {
        path: '/login',
        method: 'POST',
        body: { user: 'admin', password: '${E2E_PASSWORD}' },
        capture: { token: '$.access_token', first: '$.data.nested[0].id' }
      }
    ],
    headers: { Authorization: 'Bearer {{token}}', 'X-Trace': '{{first}}' }
  }

  it('logs in once; the captured token goes with every request and into no output', async () => {
    const config = await project({
      ...login,
      endpoints: ['/a', { path: '/b', method: 'POST', body: 't={{token}}' }]
    })
    const from = server.received.length
    const logins = server.tokens.length
    const { run, runDir } = await runCliOnce(
      ['load', 'api', '--config', config, '--users', '2', '--duration', '1', '--json'],
      { cwd: dir, env: { E2E_PASSWORD: PASSWORD } }
    )
    expect(run.code).toBe(0)
    expect(server.tokens.length).toBe(logins + 1)
    const token = server.tokens[server.tokens.length - 1]
    const got = since(from)
    expect(got.length).toBeGreaterThan(20)
    for (const r of got) {
      expect(r.headers.authorization).toBe(`Bearer ${token}`)
      expect(r.headers['x-trace']).toBe('n-1')
    }
    expect(got.filter((r) => r.method === 'POST').every((r) => r.body === `t=${token}`)).toBe(true)
    const all = await everything(runDir!, run)
    expect(all).not.toContain(token)
    expect(all).not.toContain(PASSWORD)
    expect(all).toContain('POST /login')
  })

  it('a failing login stops the run before any load: exit 3, which step and why, nothing written', async () => {
    const config = await project({ ...login, endpoints: ['/a'] })
    const from = server.received.length
    const { run, runDir } = await runCliOnce(['load', 'api', '--config', config, '--duration', '1'], {
      cwd: dir,
      env: { E2E_PASSWORD: 'wrong-password' }
    })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(
      '❌ setup POST /login of api answered HTTP 401: {"detail":"bad credentials"}; the load was not started'
    )
    expect(run.stderr).not.toContain('wrong-password')
    expect(runDir).toBeUndefined()
    expect(since(from)).toHaveLength(0)
  })
})

describe('warm-up', () => {
  it('--warmup: its requests reach the target and no figure, CSV or threshold', async () => {
    const config = await project({ endpoints: ['/w'] })
    const from = server.received.length
    const {
      run,
      runDir,
      metrics: m
    } = await runCliOnce(
      ['load', 'api', '--config', config, '--rps', '200', '--duration', '1', '--warmup', '1s'],
      { cwd: dir }
    )
    expect(run.code).toBe(0)
    const sent = since(from).length
    // paced: exactly R·T in the measured run, the warm-up's as many again
    expect(m.total_requests).toBe(200)
    expect(m.warmup.total_requests).toBe(sent - 200)
    expect(m.warmup.total_requests).toBeGreaterThanOrEqual(190)
    expect(m.config.warmup).toBe(1)
    const csv = (await readFile(join(runDir!, 'results.csv'), 'utf8')).trimEnd().split('\n')
    expect(csv).toHaveLength(201)
    expect(m.timeseries.reduce((a: number, p: { requests: number }) => a + p.requests, 0)).toBe(200)
    const html = await readFile(join(runDir!, 'report.html'), 'utf8')
    expect(html).toContain('class="band"')
    expect(html).toContain('warm-up, not measured')
    expect(run.stderr).toContain('after a 1 s warm-up')
  })

  it('a warm-up that uses up a unique file: exit 3 and why, each row sent once, no run directory', async () => {
    const config = await project(
      { data: { file: 'few.csv', order: 'unique' }, endpoints: ['/few/{{id}}'] },
      { 'few.csv': ids(5) }
    )
    const from = server.received.length
    const { run, runDir } = await runCliOnce(
      ['load', 'api', '--config', config, '--users', '2', '--duration', '5', '--warmup', '2s'],
      { cwd: dir }
    )
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(
      '❌ The warm-up used up the data: every row of few.csv was used once (5 rows, order: unique), and none is left for the measured run; shorten the warm-up or give the file more rows'
    )
    expect(
      since(from)
        .map((r) => r.url)
        .sort()
    ).toEqual(['/few/1', '/few/2', '/few/3', '/few/4', '/few/5'])
    expect(runDir).toBeUndefined()
  })
})

/** A free port on 127.0.0.1 (taken, then let go). */
async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return port
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('--start and --wait-for', () => {
  /** A service script: prints, records its pid, and listens after `delayMs` (never when null). */
  async function serviceScript(
    folder: string,
    port: number,
    delayMs: number | null,
    exitCode?: number
  ): Promise<string> {
    const script = join(folder, 'service.mjs')
    await writeFile(
      script,
      `import http from 'node:http'
import { writeFileSync } from 'node:fs'
writeFileSync(${JSON.stringify(join(folder, 'pid'))}, String(process.pid))
console.log('service: starting on ${port}')
console.log('service: sees INPUT_GITHUB_TOKEN', process.env['INPUT_GITHUB_TOKEN'] ?? 'none')
${exitCode !== undefined ? `console.error('service: DATABASE_URL is not set'); process.exit(${exitCode})` : ''}
${
  delayMs === null
    ? 'setInterval(() => {}, 1000)'
    : `setTimeout(() => http.createServer((q, s) => { console.log('service: got', q.url); s.end('ok') }).listen(${port}, '127.0.0.1', () => console.log('service: listening')), ${delayMs})`
}
process.on('SIGTERM', () => { console.log('service: stopping'); process.exit(0) })
`
    )
    return script
  }

  /** A folder with the service script and a perf-gate.yml whose one service is it. */
  async function serviceProject(delayMs: number | null, exitCode?: number) {
    const folder = await tempDir('perf-gate-start-')
    const port = await freePort()
    const script = await serviceScript(folder, port, delayMs, exitCode)
    const config = join(folder, 'perf-gate.yml')
    const svc = { base_url: `http://127.0.0.1:${port}`, endpoints: [{ path: '/ping' }] }
    await writeFile(config, stringify({ services: { svc } }))
    return { folder, port, script, config }
  }

  /** The CLI with --start on that service; `extra` flags may name its port. */
  async function started(
    delayMs: number | null,
    exitCode?: number,
    extra: (port: number) => string[] = () => []
  ) {
    const { folder, port, script, config } = await serviceProject(delayMs, exitCode)
    const args = ['load', 'svc', '--config', config, '--users', '2', '--duration', '1']
    const result = await runCliOnce([...args, '--start', `node ${script}`, ...extra(port)], {
      cwd: folder,
      env: { INPUT_GITHUB_TOKEN: 'ghs_not_for_the_service' }
    })
    const pid = Number(await readFile(join(folder, 'pid'), 'utf8').catch(() => '0'))
    return { ...result, pid, port }
  }

  it('a service that takes 1.5 s to listen: awaited at --wait-for, tested, stopped; its output in service.log', async () => {
    const {
      run,
      runDir,
      metrics: m,
      pid
    } = await started(1500, undefined, (port) => [
      '--wait-for',
      `http://127.0.0.1:${port}/ping`,
      '--wait-timeout',
      '20s'
    ])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/the service is ready \((1|2)\.\d s\)/)
    expect(m.failed_requests).toBe(0)
    const log = await readFile(join(runDir!, 'service.log'), 'utf8')
    expect(log).toContain('service: listening')
    expect(log).toContain('service: got /ping')
    expect(log).toContain('service: stopping')
    expect(alive(pid)).toBe(false)
  })

  it('without --wait-for: awaited until the target port takes connections', async () => {
    const { run, runDir, pid } = await started(800)
    expect(run.code).toBe(0)
    expect(await readFile(join(runDir!, 'service.log'), 'utf8')).toContain('service: listening')
    expect(alive(pid)).toBe(false)
  })

  it('a service that exits at once: exit 3 with the last lines of its log, no run', async () => {
    const { run, runDir } = await started(null, 1)
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(
      '❌ --start: the service exited with code 1 before it was ready; last lines of its log:'
    )
    expect(run.stderr).toContain('  | service: DATABASE_URL is not set')
    expect(runDir).toBeUndefined()
  })

  it('a service that never becomes ready: exit 3 after --wait-timeout, its process group stopped', async () => {
    const { run, runDir, pid } = await started(null, undefined, () => ['--wait-timeout', '2s'])
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(
      /❌ --start: http:\/\/127\.0\.0\.1:\d+ was not ready within 2 s \(--wait-timeout\); last try: 127\.0\.0\.1:\d+: ECONNREFUSED/
    )
    expect(run.stderr).toContain('  | service: starting on')
    expect(runDir).toBeUndefined()
    expect(pid).toBeGreaterThan(0)
    expect(alive(pid)).toBe(false)
  })

  it('a port another process already answers on is refused, not taken for the service (exit 3)', async () => {
    const { folder, port, script, config } = await serviceProject(0)
    const squatter = http.createServer((_q, res) => res.end('not the service'))
    await new Promise<void>((r) => squatter.listen(port, '127.0.0.1', r))
    try {
      const { run, runDir } = await runCliOnce(
        ['load', 'svc', '--config', config, '--duration', '1', '--start', `node ${script}`],
        { cwd: folder }
      )
      expect(run.code).toBe(3)
      expect(run.stderr).toContain(
        `❌ --start: http://127.0.0.1:${port} answers before the service was started: another process holds it`
      )
      expect(runDir).toBeUndefined()
      // the command was never run
      await expect(readFile(join(folder, 'pid'), 'utf8')).rejects.toThrow()
    } finally {
      await new Promise((r) => squatter.close(r))
    }
  })

  it('ab --start: one command starts both sides, awaited at both URLs; its log beside the two reports', async () => {
    const folder = await tempDir('perf-gate-start-ab-')
    const [portA, portB] = [await freePort(), await freePort()]
    const script = join(folder, 'sides.mjs')
    await writeFile(
      script,
      `import http from 'node:http'
import { writeFileSync } from 'node:fs'
writeFileSync(${JSON.stringify(join(folder, 'pid'))}, String(process.pid))
for (const [side, port] of [['A', ${portA}], ['B', ${portB}]])
  setTimeout(() => http.createServer((q, s) => s.end(side)).listen(port, '127.0.0.1', () => console.log('side', side, 'listening')), side === 'A' ? 300 : 900)
`
    )
    const config = join(folder, 'perf-gate.yml')
    await writeFile(
      config,
      stringify({ services: { svc: { base_url: 'http://127.0.0.1:9', endpoints: [{ path: '/' }] } } })
    )
    const {
      run,
      runDir,
      metrics: m
    } = await runCliOnce(
      [
        'ab',
        'svc',
        '--config',
        config,
        '--a-url',
        `http://127.0.0.1:${portA}`,
        '--b-url',
        `http://127.0.0.1:${portB}`,
        '--users',
        '2',
        '--duration',
        '5',
        '--slice',
        '0.5',
        '--start',
        `node ${script}`,
        '--wait-timeout',
        '20s'
      ],
      { cwd: folder }
    )
    expect(run.stderr).toContain('perf-gate: the service is ready')
    expect(run.code).not.toBe(3)
    expect(m.failed_requests).toBe(0)
    expect(m.baseline.comparison.method).toBe('paired_slices')
    const log = await readFile(join(runDir!, 'service.log'), 'utf8')
    expect(log).toContain('side A listening')
    expect(log).toContain('side B listening')
    expect(alive(Number(await readFile(join(folder, 'pid'), 'utf8')))).toBe(false)
  })

  it('the action (node24, every input at its action.yml default): start, wait-for and warmup; service.log in the report', async () => {
    const { folder, port, script, config } = await serviceProject(500)
    const outputFile = join(folder, 'output')
    await writeFile(outputFile, '')
    const run = await runCli([], {
      script: join(ROOT, 'dist/index.js'),
      node: NODE24,
      cwd: folder,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'acme/shop',
        ...runnerInputEnv(
          {
            service: 'svc',
            config,
            users: '2',
            duration: '1',
            warmup: '1s',
            start: `node ${script}`,
            'wait-for': `http://127.0.0.1:${port}/ping`,
            comment: 'false'
          },
          { 'github.token': 'ghs_test_token' }
        )
      }
    })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    const outputs = parseOutputs(await readFile(outputFile, 'utf8'))
    const log = await readFile(join(outputs['report-dir'], 'service.log'), 'utf8')
    expect(log).toContain('service: listening')
    // the runner's INPUT_* (a token among them) are not the service's to read
    expect(log).toContain('service: sees INPUT_GITHUB_TOKEN none')
    const m = JSON.parse(await readFile(outputs['metrics-file'], 'utf8'))
    expect(m.config.warmup).toBe(1)
    expect(m.warmup.total_requests).toBeGreaterThan(0)
    expect(alive(Number(await readFile(join(folder, 'pid'), 'utf8')))).toBe(false)
  })
})
