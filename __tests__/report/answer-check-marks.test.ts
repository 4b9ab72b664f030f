import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { resultsTable } from '../../src/cli/results-table.js'
import { loadConfig, type PerfGateConfig } from '../../src/config/load.js'
import type { LoadRequest } from '../../src/config/run-request.js'
import type { FailOn } from '../../src/config/thresholds.js'
import { performTest, type TestReport } from '../../src/run/perform-test.js'
import { writeTestConfig } from '../helpers/cli-run-dir.js'
import { tempDir } from '../helpers/run-cli.js'

/**
 * A check that fails on about one answer in ten, under an error_rate whose
 * warning band that share falls in: the run passes with warnings, and every
 * view marks the failed check as the gate judged the run (warning), not by
 * a rule of its own. The same run under `fail_on: warning` fails, and every
 * view says so.
 */
let server: Server
let config: PerfGateConfig
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume()
    res.writeHead(req.url === '/forbidden' ? 403 : 200).end('ok')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const file = await writeTestConfig(
    {
      shop: {
        baseUrl: url,
        endpoints: [
          { path: '/ok', weight: 9 },
          { path: '/forbidden', weight: 1, check: { status: 200 } }
        ]
      }
    },
    { thresholds: { error_rate: { warning: '1%', critical: '50%' } } }
  )
  config = await loadConfig({ file, env: {} })
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

const load: LoadRequest = { service: 'shop', mode: 'load', users: 2, duration: 0.6, maxUsers: 2, timeout: 2 }
const plain = { out: () => {}, err: () => {}, interactive: false, color: false }

async function run(failOn: FailOn): Promise<{ report: TestReport; md: string; junit: string; html: string }> {
  const report = await performTest(load, { config, outputDir: await tempDir(), failOn })
  const read = (f: string): Promise<string> => readFile(join(report.saved.dir, f), 'utf8')
  return {
    report,
    md: await read('summary.md'),
    junit: await read('junit.xml'),
    html: await read('report.html')
  }
}

const checkCase = (junit: string): string =>
  /<testcase [^>]*name="check status 200"[^>]*>\n(.*)\n/.exec(junit)?.[1] ?? 'no check testcase'

describe('a failed check in every view follows the gate', () => {
  it('a run that passes with warnings: summary.md ⚠️, junit.xml a passing testcase that says warning, report.html warning', async () => {
    const { report, md, junit, html } = await run('critical')
    expect(report.metrics.checks!.failed).toBeGreaterThan(0)
    expect(report.saved.document.thresholds.error_rate.status).toBe('warning')
    expect(report.outcome).toMatchObject({ verdict: 'warning', exit_code: 0 })
    expect(md).toContain('### ⚠️ **WARNING**')
    expect(md).toMatch(/^⚠️ Checks: [\d,]+ of [\d,]+ passed/m)
    expect(md).not.toMatch(/^❌ Checks/m)
    expect(checkCase(junit)).toMatch(
      /^ *<system-out>status 200 \(GET \/forbidden\): 0 of \d+ passed \(0\.00%\): warning \(a failed check is a failed request; the run passed with warnings\)<\/system-out>$/
    )
    expect(junit).toMatch(/<testsuites [^>]*failures="0"/)
    expect(html).toMatch(/<td class="num"><span class="status status-warning">0\.00%<\/span><\/td>/)
    expect(resultsTable(plain, report)).toMatch(/^Checks: [\d,]+ of [\d,]+ passed/m)
  })

  it('the same run under fail_on warning fails: summary.md ❌, junit.xml a failure, report.html critical', async () => {
    const { report, md, junit, html } = await run('warning')
    expect(report.outcome).toMatchObject({ verdict: 'warning', exit_code: 1 })
    expect(md).toMatch(/^❌ Checks: /m)
    expect(checkCase(junit)).toMatch(
      /^ *<failure type="check_failed" message="status 200 \(GET \/forbidden\): 0 of \d+ passed \(0\.00%\)">/
    )
    expect(html).toMatch(/<span class="status status-critical">0\.00%<\/span>/)
  })

  it('a failing run under fail_on never: the terminal, summary.md and junit.xml say the same rule (FAIL, not gating)', async () => {
    const strict = await loadConfig({
      file: await writeTestConfig(
        { shop: { baseUrl: config.services.shop.base_url!, endpoints: config.services.shop.endpoints! } },
        { thresholds: { error_rate: { warning: '1%', critical: '5%' } } }
      ),
      env: {}
    })
    const report = await performTest(load, { config: strict, outputDir: await tempDir(), failOn: 'never' })
    const read = (f: string): Promise<string> => readFile(join(report.saved.dir, f), 'utf8')
    const rule = 'fail-on never: thresholds reported, not gating'
    expect(report.outcome).toMatchObject({ verdict: 'fail', exit_code: 0, summary: rule })
    expect(resultsTable(plain, report)).toContain(`Verdict: FAIL (${rule})`)
    expect(await read('summary.md')).toContain(`### ❌ **FAIL** (${rule})`)
    const junit = await read('junit.xml')
    expect(checkCase(junit)).toContain(`warning (a failed check is a failed request; verdict FAIL, ${rule})`)
    expect(junit).toMatch(/<testsuites [^>]*failures="0"/)
  })
})
