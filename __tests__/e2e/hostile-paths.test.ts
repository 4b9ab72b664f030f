import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { mergeableRun } from '../../src/metrics/mergeable-from-run.js'
import { evaluateThresholds } from '../../src/gate/evaluate.js'
import { saveResults } from '../../src/report/files/save.js'
import { fixtureRun } from '../helpers/fixture-run.js'
import { runCli, tempDir } from '../helpers/run-cli.js'

/**
 * Paths a user or another job names, with a FIFO or a device in a file's or a
 * run directory's place (issue 29, items 5 and 6). Before, a FIFO blocked the
 * open for ever (out of reach of SIGTERM) and /dev/zero was read to ~650 MB;
 * now each is refused by name before it is opened: exit 2, one line. Run as
 * the built CLI with a hard timeout: a hang is killed and fails the test.
 */
const HARD_TIMEOUT_MS = 10_000

let tmp: string
const mkfifo = (path: string): void => {
  execFileSync('mkfifo', [path])
}

/** A saved run (shard `index` of 2 when `shard`), as another job would have written it. */
async function savedRun(out: string, index = 1, shard = false): Promise<string> {
  const { result } = fixtureRun({ service: 'svc', seconds: 2, rps: 20 })
  const metrics = calculateMetrics(result)
  const gate = evaluateThresholds(metrics, result.target.thresholds)
  const saved = await saveResults(result, metrics, gate, {
    outputDir: out,
    failOn: 'never',
    ...(shard
      ? {
          mergeable: mergeableRun(
            result,
            metrics,
            { index, of: 2 },
            { overall: result.target.thresholds, per_endpoint: {} },
            {
              users: 2,
              duration: 2,
              base_url: result.target.baseUrl,
              endpoints: result.target.endpoints.map((e) => e.name)
            }
          )
        }
      : {})
  })
  return saved.dir
}

/** Runs the CLI in `tmp` and checks it refused with exit 2 and one line naming `path` and `kind`. */
async function refused(args: string[], path: string, kind: RegExp): Promise<string> {
  const started = Date.now()
  const run = await runCli(args, { cwd: tmp, timeoutMs: HARD_TIMEOUT_MS })
  expect(run.signal).toBeNull() // not killed by the hard timeout: it did not hang
  expect(Date.now() - started).toBeLessThan(HARD_TIMEOUT_MS)
  expect(run.code).toBe(2)
  const lines = run.stderr.trimEnd().split('\n')
  const last = lines[lines.length - 1]
  expect(last).toContain(path)
  expect(last).toMatch(kind)
  expect(run.stderr).not.toMatch(/RangeError|\n\s+at /)
  return run.stderr
}

const FIFO = /is a FIFO \(named pipe\); expected /
const DEVICE = /is a character device; expected /

function config(dataFile: string): string {
  return [
    'services:',
    '  t:',
    // nothing listens there: the data file is read before any target is checked
    '    base_url: http://127.0.0.1:1',
    `    data: { file: ${JSON.stringify(dataFile)} }`,
    '    endpoints:',
    '      - path: /a/{{id}}',
    ''
  ].join('\n')
}

beforeAll(async () => {
  tmp = await tempDir('perf-gate-hostile-paths-')
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('a data file that is not a regular file', () => {
  it('a FIFO is refused before it is opened, not waited on for ever', async () => {
    mkfifo(join(tmp, 'rows.csv'))
    await writeFile(join(tmp, 'fifo-data.yml'), config('rows.csv'))
    const err = await refused(['load', 't', '--config', 'fifo-data.yml', '--duration', '1'], 'rows.csv', FIFO)
    expect(err).toMatch(
      /services\.t\.data\.file: .*rows\.csv is a FIFO \(named pipe\); expected a CSV or JSON data file/
    )
  })

  it('/dev/zero is refused before a byte is read', async () => {
    await writeFile(join(tmp, 'zero-data.yml'), config('/dev/zero'))
    await refused(['load', 't', '--config', 'zero-data.yml', '--duration', '1'], '/dev/zero', DEVICE)
  })

  it('a symlink to /dev/zero is refused, the message naming what it links to', async () => {
    await symlink('/dev/zero', join(tmp, 'zero.json'))
    await writeFile(join(tmp, 'link-data.yml'), config('zero.json'))
    const err = await refused(
      ['load', 't', '--config', 'link-data.yml', '--duration', '1'],
      'zero.json (a link to /dev/zero)',
      DEVICE
    )
    expect(err.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('other files a user names', () => {
  it('--config: a FIFO', async () => {
    mkfifo(join(tmp, 'pg.yml'))
    await refused(['load', 't', '--config', 'pg.yml', '--duration', '1'], 'pg.yml', FIFO)
  })

  it('--config: /dev/zero is refused as a device, not read to the cap', async () => {
    await refused(['load', 't', '--config', '/dev/zero', '--duration', '1'], '/dev/zero', DEVICE)
  })

  it('--ca: a FIFO', async () => {
    mkfifo(join(tmp, 'ca.pem'))
    await refused(
      ['load', 'ui_app', '--base-url', 'https://127.0.0.1:1', '--ca', 'ca.pem', '--duration', '1'],
      'ca.pem',
      FIFO
    )
  })
})

describe('run directories another job wrote', () => {
  it('compare: a FIFO in place of a metrics.json, or of a run directory', async () => {
    const good = await savedRun(join(tmp, 'good'))
    mkfifo(join(tmp, 'metrics.json'))
    await refused(['compare', good, 'metrics.json'], 'metrics.json', FIFO)
    const dir = join(tmp, 'fifo-run')
    await mkdir(dir)
    mkfifo(join(dir, 'metrics.json'))
    await refused(['compare', dir, good], join(dir, 'metrics.json'), FIFO)
  })

  it('--baseline: a run directory whose metrics.json is a FIFO', async () => {
    const dir = join(tmp, 'baseline-run')
    await mkdir(dir)
    mkfifo(join(dir, 'metrics.json'))
    await refused(['load', 'ui_app', '--baseline', dir, '--duration', '1'], 'metrics.json', FIFO)
  })

  it('summary: FIFOs among the runs are skipped by name; a FIFO as the folder is refused', async () => {
    const reports = join(tmp, 'reports')
    await savedRun(reports)
    mkfifo(join(reports, 'load_test_fifo_20260101_000000'))
    await mkdir(join(reports, 'load_test_inner_20260101_000000'))
    mkfifo(join(reports, 'load_test_inner_20260101_000000', 'metrics.json'))
    const run = await runCli(['summary', reports], { cwd: tmp, timeoutMs: HARD_TIMEOUT_MS })
    expect(run.signal).toBeNull()
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/skipped load_test_fifo_20260101_000000: .* is a FIFO \(named pipe\)/)
    expect(run.stderr).toMatch(/skipped load_test_inner_20260101_000000: .*metrics\.json is a FIFO/)
    expect(run.stdout).toContain('load svc')
    mkfifo(join(tmp, 'reports-fifo'))
    await refused(['summary', 'reports-fifo'], 'reports-fifo', /is a FIFO \(named pipe\); expected a folder/)
  })

  it("merge: a FIFO as a shard, or as a shard's results.csv, is refused before anything is written", async () => {
    const one = await savedRun(join(tmp, 'm1'), 1, true)
    const two = await savedRun(join(tmp, 'm2'), 2, true)
    mkfifo(join(tmp, 'shard-fifo'))
    await refused(['merge', one, 'shard-fifo', '--output-dir', join(tmp, 'merged')], 'shard-fifo', FIFO)
    await rm(join(two, 'results.csv'))
    mkfifo(join(two, 'results.csv'))
    await refused(['merge', one, two, '--output-dir', join(tmp, 'merged')], 'results.csv', FIFO)
    expect(existsSync(join(tmp, 'merged'))).toBe(false)
  })
})
