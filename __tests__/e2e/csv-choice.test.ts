import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseOutputs, runnerInputEnv } from '../helpers/action-env.js'
import { CSV_HEADER } from '../../src/report/csv.js'
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { startTargetServer, type TargetServer } from '../helpers/target-server.js'

// --csv all|errors|sample:N|none against a real server that fails every 10th request with a 500:
// results.csv read back with a real CSV parser, its failed rows checked against the 500s the server
// sent, and the choice said in metrics.json, the terminal, summary.md and report.html.

let server: TargetServer
let work: string
let config: string

interface Row {
  status_code: string
  success: string
  error_message: string
}

beforeAll(async () => {
  server = await startTargetServer()
  // a folder outside the repository, as a user's project would be
  work = await tempDir('perf-gate-csv-')
  config = join(work, 'perf-gate.yml')
  await writeFile(
    config,
    `services:\n  flaky:\n    base_url: ${server.url}\n    endpoints: [{ path: /flaky }]\n`
  )
})

afterAll(async () => {
  await server.close()
})

/** The one run directory under `out`, its metrics.json and its results.csv parsed by csv-parse. */
async function runDir(out: string) {
  const [name] = (await readdir(out)).filter((d) => d.includes('_test_'))
  const dir = join(out, name)
  const text = await readFile(join(dir, 'results.csv'), 'utf8')
  const rows: Row[] = parse(text, { columns: true, skip_empty_lines: true })
  return {
    dir,
    text,
    rows,
    metrics: JSON.parse(await readFile(join(dir, 'metrics.json'), 'utf8')),
    summary: await readFile(join(dir, 'summary.md'), 'utf8'),
    html: await readFile(join(dir, 'report.html'), 'utf8')
  }
}

/** A 2-user, 2-second load test with `--csv choice`; the run, its files, and the 500s the server sent. */
async function loadWith(choice: string) {
  const out = join(work, `out-${choice.replace(':', '-')}`)
  const before = server.sent500
  const run = await runCli(
    [
      'load',
      'flaky',
      '--config',
      config,
      '--users',
      '2',
      '--duration',
      '2',
      '--csv',
      choice,
      '--fail-on',
      'never',
      '--output-dir',
      out
    ],
    { cwd: work }
  )
  return { run, sent500: server.sent500 - before, ...(await runDir(out)) }
}

const failedRows = (rows: Row[]): Row[] => rows.filter((r) => r.success === 'false')

describe('--csv: which requests results.csv keeps', () => {
  it('all (the default): a row per request, every 500 the server sent among them', async () => {
    const r = await loadWith('all')
    expect(r.run.code).toBe(0)
    expect(r.rows).toHaveLength(r.metrics.total_requests)
    expect(failedRows(r.rows)).toHaveLength(r.sent500)
    expect(r.metrics.failed_requests).toBe(r.sent500)
    expect(r.sent500).toBeGreaterThan(10)
    expect(r.metrics.config.csv).toBe('all')
    expect(r.run.stdout).toContain(`Files in ${r.dir}: results.csv: a row per request (csv all)`)
  }, 60_000)

  it('errors: only the failed requests, every one of them', async () => {
    const r = await loadWith('errors')
    expect(r.run.code).toBe(0)
    expect(r.rows).toHaveLength(r.sent500)
    expect(r.rows.every((row) => row.success === 'false' && row.status_code === '500')).toBe(true)
    expect(r.rows.every((row) => row.error_message === 'HTTP 500')).toBe(true)
    // the figures still count every request: only the file is bounded
    expect(r.metrics.total_requests).toBeGreaterThan(9 * r.sent500)
    expect(r.metrics.config.csv).toBe('errors')
    for (const view of [r.run.stdout, r.summary, r.html])
      expect(view).toContain('a row per failed request only (csv errors)')
  }, 60_000)

  it('sample:N: every failed request and exactly one in N of the successful ones', async () => {
    const r = await loadWith('sample:50')
    expect(r.run.code).toBe(0)
    expect(failedRows(r.rows)).toHaveLength(r.sent500)
    expect(r.rows.length - r.sent500).toBe(Math.floor(r.metrics.successful_requests / 50))
    expect(r.metrics.config.csv).toBe('sample:50')
    for (const view of [r.run.stdout, r.summary, r.html])
      expect(view).toContain('a row per failed request and one in 50 of the others (csv sample:50)')
  }, 60_000)

  it('none: results.csv is its header only, and every view says so', async () => {
    const r = await loadWith('none')
    expect(r.run.code).toBe(0)
    expect(r.text).toBe(CSV_HEADER + '\n')
    expect(r.rows).toHaveLength(0)
    expect(r.metrics.total_requests).toBeGreaterThan(100)
    expect(r.metrics.config.csv).toBe('none')
    for (const view of [r.run.stdout, r.summary, r.html])
      expect(view).toContain('its header only, no rows (csv none)')
  }, 60_000)

  it.each([
    [
      ['--csv', 'sample:0'],
      /^perf-gate: --csv: must be sample:N with N a whole number from 1 to 1000000000 \(sample:1 keeps every row, sample:1000 one successful request in 1000; got "sample:0"\)$/
    ],
    [
      ['--csv', 'some'],
      /^perf-gate: --csv: must be one of all, errors, sample:N \(every failed request and one in N of the others\) or none \(got "some"\)$/
    ]
  ])('%j: one line naming the field and the fix, exit 2, nothing written', async (flags, message) => {
    const out = join(work, 'never-written')
    const run = await runCli(['load', 'flaky', '--config', config, ...flags, '--output-dir', out], {
      cwd: work
    })
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(existsSync(out)).toBe(false)
  })

  it('a bad csv in the config file: one line naming file, line and field, exit 2', async () => {
    const bad = join(work, 'bad.yml')
    await writeFile(
      bad,
      `csv: sample:x\nservices:\n  flaky:\n    base_url: ${server.url}\n    endpoints: [{ path: /flaky }]\n`
    )
    const run = await runCli(['load', 'flaky', '--config', bad, '--output-dir', join(work, 'no')], {
      cwd: work
    })
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(
      'perf-gate: bad.yml:1 csv: must be one of all, errors, sample:N (every failed request and one in N of the others) or none (got "sample:x")'
    )
    expect(existsSync(join(work, 'no'))).toBe(false)
  })
})

describe('the other faces of the choice', () => {
  it('the action: input csv (every other input at its action.yml default)', async () => {
    const out = join(work, 'action-out')
    const outputFile = join(work, 'action.output')
    const summaryFile = join(work, 'action.summary.md')
    await writeFile(outputFile, '')
    await writeFile(summaryFile, '')
    const before = server.sent500
    const run = await runCli([], {
      script: join(ROOT, 'dist/index.js'),
      cwd: work,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...runnerInputEnv(
          {
            service: 'flaky',
            config,
            users: '2',
            duration: '2',
            csv: 'errors',
            'fail-on': 'never',
            'output-dir': out,
            comment: 'false',
            'upload-artifact': 'false'
          },
          { 'github.token': 'ghs_not_used' }
        )
      }
    })
    expect(run.code).toBe(0)
    const r = await runDir(out)
    expect(r.rows).toHaveLength(server.sent500 - before)
    expect(r.metrics.config.csv).toBe('errors')
    expect(parseOutputs(await readFile(outputFile, 'utf8')).verdict).toBe('fail')
    expect(await readFile(summaryFile, 'utf8')).toContain('a row per failed request only (csv errors)')
  }, 60_000)

  it('the library: performTest({ csv })', async () => {
    const out = join(work, 'lib-out')
    const script = [
      `import { loadConfig, performTest } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/lib.js')).href)}`,
      `const config = await loadConfig({ file: ${JSON.stringify(config)} })`,
      `const r = await performTest({ service: 'flaky', config, users: 2, duration: 2, csv: 'sample:20', failOn: 'never', outputDir: ${JSON.stringify(out)} })`,
      'console.log(JSON.stringify({ code: r.exitCode, failed: r.metrics.failed_requests, ok: r.metrics.successful_requests }))'
    ].join('\n')
    const file = join(work, 'lib-run.mjs')
    await writeFile(file, script)
    const run = await runCli([], { script: file, cwd: work })
    expect(run.stderr).toBe('')
    const result = JSON.parse(run.stdout)
    const r = await runDir(out)
    expect(failedRows(r.rows)).toHaveLength(result.failed)
    expect(r.rows.length - result.failed).toBe(Math.floor(result.ok / 20))
    expect(r.metrics.config.csv).toBe('sample:20')
  }, 60_000)
})
