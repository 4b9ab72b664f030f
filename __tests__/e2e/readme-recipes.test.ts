import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PROMETHEUS } from '../helpers/prometheus.js'
import { ROOT, tempDir } from '../helpers/run-cli.js'

/** The first ```sh block after a README heading, as a user would copy it. */
async function readmeBlock(heading: string): Promise<string> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
  const at = readme.indexOf(`\n${heading}\n`)
  if (at < 0) throw new Error(`README has no heading ${heading}`)
  const m = /```sh\n([\s\S]*?)```/.exec(readme.slice(at))
  if (!m) throw new Error(`no sh block under ${heading}`)
  return m[1]
}

let group: number | undefined
afterAll(() => {
  // the recipe leaves the demo services and Prometheus running, as it would on a user's machine
  if (group) {
    try {
      process.kill(-group, 'SIGTERM')
    } catch {
      // gone already
    }
  }
})

const withPrometheus = PROMETHEUS ? describe : describe.skip
if (!PROMETHEUS) console.error('!!! prometheus is not installed: the README monitoring recipe is NOT tested')

withPrometheus('the README monitoring recipe, run literally in one shell on one host', () => {
  it('Prometheus scrapes every request of the test from the default metrics port', async () => {
    const block = await readmeBlock('## Monitoring with Prometheus and Grafana')
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
