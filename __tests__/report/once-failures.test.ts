import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { resultsTable } from '../../src/cli/results-table.js'
import { loadConfig } from '../../src/config/load.js'
import { performTest } from '../../src/run/perform-test.js'
import { tempDir } from '../helpers/run-cli.js'

/**
 * A login that fails for every user (401): each user sends it again at its
 * next iteration, and every view says how often, so that the login's
 * requests outnumbering the users is not read as users logging in.
 */
let server: Server
let url = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume()
    res.writeHead(req.url === '/login' ? 401 : 200).end('{}')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe('a once-step that failed', () => {
  it('is sent again at the user’s next iteration, counted in metrics.json and said by the terminal, summary.md and report.html', async () => {
    const dir = await tempDir()
    const file = join(dir, 'perf-gate.yml')
    await writeFile(
      file,
      [
        'services:',
        '  shop:',
        `    base_url: ${url}`,
        '    journeys:',
        '      - name: member',
        '        steps:',
        '          - { name: login, method: POST, path: /login, once: true, check: { status: 200 } }',
        '          - { name: home, path: /home }',
        ''
      ].join('\n')
    )
    const config = await loadConfig({ file, env: {} })
    const report = await performTest(
      { service: 'shop', mode: 'load', users: 2, duration: 0.5, maxUsers: 2, timeout: 2 },
      { config, outputDir: dir, failOn: 'never' }
    )
    const m = report.metrics
    const login = m.per_endpoint.find((e) => e.endpoint === 'member/login')!
    const users = 2
    // every login failed, and each one after a user's first is a retry
    expect(login.failed_requests).toBe(login.total_requests)
    expect(login.total_requests).toBeGreaterThan(users)
    const j = m.journeys![0]
    expect(j.once_failures).toBe(login.total_requests)
    const line = `member: its once-steps failed ${j.once_failures!.toLocaleString('en-US')} times; each time the user, not logged in, sent them again at its next iteration`
    expect(
      resultsTable({ out: () => {}, err: () => {}, interactive: false, color: false }, report)
    ).toContain(line)
    const read = (f: string): Promise<string> => readFile(join(report.saved.dir, f), 'utf8')
    expect(await read('summary.md')).toContain(`⚠️ ${line}`)
    expect(await read('report.html')).toContain(`<p class="status status-warning">${line}</p>`)
    expect(JSON.parse(await read('metrics.json')).journeys[0].once_failures).toBe(j.once_failures)
  })

  it("a journey's own threshold is a row of every view's threshold table: terminal, summary.md, report.html, junit.xml", async () => {
    const dir = await tempDir()
    const file = join(dir, 'perf-gate.yml')
    await writeFile(
      file,
      [
        'services:',
        '  shop:',
        `    base_url: ${url}`,
        '    journeys:',
        '      - name: member',
        '        thresholds: { check_pass_rate: { warning: 99.5%, critical: 99% } }',
        '        steps:',
        '          - { name: login, method: POST, path: /login, once: true, check: { status: 200 } }',
        '          - { name: home, path: /home }',
        ''
      ].join('\n')
    )
    const config = await loadConfig({ file, env: {} })
    const report = await performTest(
      { service: 'shop', mode: 'load', users: 2, duration: 0.5, maxUsers: 2, timeout: 2 },
      { config, outputDir: dir, failOn: 'critical' }
    )
    const read = (f: string): Promise<string> => readFile(join(report.saved.dir, f), 'utf8')
    expect(resultsTable({ out: () => {}, err: () => {}, interactive: false, color: false }, report)).toMatch(
      /^Checks passed +journey member +0\.00% .*❌ critical$/m
    )
    expect(await read('summary.md')).toMatch(
      /^\| Checks passed \| journey member \| 0\.00% \|.*\| ❌ critical \|$/m
    )
    expect(await read('report.html')).toContain('journey member')
    expect(await read('junit.xml')).toMatch(
      /<testcase classname="perf-gate.shop.journey member" name="check_pass_rate journey member"/
    )
  })
})
