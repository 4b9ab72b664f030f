import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PROMETHEUS_DEP } from '../helpers/prometheus.js'
import { ROOT, tempDir } from '../helpers/run-cli.js'
import { describeNeeds } from '../helpers/system-deps.js'

/** The first ```sh block after a heading of a docs page (any level), as a user would copy it. */
async function docsBlock(file: string, heading: string): Promise<string> {
  const text = await readFile(join(ROOT, file), 'utf8')
  const at = text
    .split('\n')
    .findIndex((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '') === heading)
  if (at < 0) throw new Error(`${file} has no heading ${heading}`)
  const m = /```sh\n([\s\S]*?)```/.exec(text.split('\n').slice(at).join('\n'))
  if (!m) throw new Error(`no sh block under ${heading} in ${file}`)
  return m[1]
}

let group: number | undefined
afterEach(async () => {
  // a recipe leaves the demo services (and Prometheus) running, as it would on a user's machine: the
  // next recipe needs their ports, so they are stopped, and awaited, after each
  if (!group) return
  const alive = (): boolean => {
    try {
      process.kill(-group!, 0)
      return true
    } catch {
      return false
    }
  }
  try {
    process.kill(-group, 'SIGTERM')
  } catch {
    // gone already
  }
  for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 50))
  group = undefined
})

const withPrometheus = describeNeeds(PROMETHEUS_DEP)

withPrometheus('the monitoring recipe (docs/monitoring.md), run literally in one shell on one host', () => {
  it('Prometheus scrapes every request of the test from the default metrics port', async () => {
    const block = await docsBlock('docs/monitoring.md', 'Monitoring with Prometheus and Grafana')
    expect(block).toContain('--metrics-port 9464')
    // the only change: `dist/cli.js` is this checkout's, since the recipe runs in a scratch folder
    const script = block.replaceAll('node dist/cli.js', `node ${join(ROOT, 'dist/cli.js')}`)
    const cwd = await tempDir('perf-gate-recipe-')
    const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn('bash', ['-e', '-c', script], {
        cwd,
        detached: true,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      group = child.pid
      let out = ''
      child.stdout.on('data', (d) => (out += d))
      child.stderr.on('data', (d) => (out += d))
      child.on('exit', (code) => resolve({ code, out }))
    })
    expect([run.code, run.code === 0 ? '' : run.out]).toEqual([0, ''])
    expect(run.out).toContain('wrote monitoring/prometheus/prometheus.yml')

    const reports = join(cwd, 'reports/performance')
    const [dir] = (await readdir(reports)).filter((d) => d.startsWith('load_test_pkd_service_'))
    const metrics = JSON.parse(await readFile(join(reports, dir, 'metrics.json'), 'utf8'))
    expect(metrics.total_requests).toBeGreaterThan(0)
    const res = await fetch(
      'http://127.0.0.1:9090/api/v1/query?query=' + encodeURIComponent('sum(perf_test_requests_total)')
    )
    const body = (await res.json()) as { data: { result: { value: [number, string] }[] } }
    expect(Number(body.data.result[0]?.value[1])).toBe(metrics.total_requests)
  }, 120_000)
})

describe('the realistic-workloads recipe (docs/workloads.md), run literally', () => {
  it('starts the demo services, logs in, reads the data file, warms up, measures, stops the services', async () => {
    const block = await docsBlock('docs/workloads.md', 'Realistic workloads')
    // the only change: the recipe runs from the repository root, its files are this checkout's
    const script = block
      .replaceAll('node dist/cli.js', `node ${join(ROOT, 'dist/cli.js')}`)
      .replaceAll('examples/', `${join(ROOT, 'examples')}/`)
    const cwd = await tempDir('perf-gate-recipe-workloads-')
    const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn('bash', ['-e', '-c', script], {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let out = ''
      child.stdout.on('data', (d) => (out += d))
      child.stderr.on('data', (d) => (out += d))
      child.on('exit', (code) => resolve({ code, out }))
    })
    expect([run.code, run.code === 0 ? '' : run.out]).toEqual([0, ''])
    const reports = join(cwd, 'reports/performance')
    const [dir] = (await readdir(reports)).filter((d) => d.startsWith('load_test_documents_'))
    const m = JSON.parse(await readFile(join(reports, dir, 'metrics.json'), 'utf8'))
    // the login worked (a 401 would fail every request), and the ids came from the file
    expect(m.error_rate).toBeLessThan(1)
    expect(m.per_endpoint.map((e: { endpoint: string }) => e.endpoint)).toEqual([
      'GET /api/documents/{{id}}?trace={{uuid}}',
      'GET /api/ping'
    ])
    expect(m.config).toMatchObject({
      warmup: 5,
      data: { file: 'documents.csv', order: 'random' },
      setup: ['POST /api/login']
    })
    expect(m.warmup.total_requests).toBeGreaterThan(0)
    expect(await readFile(join(reports, dir, 'service.log'), 'utf8')).toContain(
      'perf-gate demo: serving until Ctrl-C'
    )
    expect(run.out).not.toMatch(/demo-[0-9a-f]{24}/)
    // the services were stopped: their port is free again
    await expect(fetch('http://127.0.0.1:8080/api/health')).rejects.toThrow()
  })
})
