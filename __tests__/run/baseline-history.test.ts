import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readBaseline } from '../../src/report/files/read-baseline.js'
import { compareWithBaseline } from '../../src/run/baseline-comparison.js'
import { fixtureRun } from '../helpers/fixture-run.js'
import { InputError } from '../../src/config/errors.js'
import { tempDir } from '../helpers/run-cli.js'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const HOUR = 3600_000
const START = Date.UTC(2026, 10, 25, 12)

/** A run written where a CI job's artifact would put it: `<folder>/<job>/perf/<run>/metrics.json`. */
async function writeRun(folder: string, job: string, o: Parameters<typeof fixtureRun>[0]): Promise<void> {
  const { doc } = fixtureRun(o)
  const dir = join(folder, job, 'perf', `${doc.test_name}_${job}`)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'metrics.json'), JSON.stringify(doc))
}

/** Runs of `svc` an hour apart, their latency moving ±2% from run to run; the last one first on disk. */
async function historyFolder(levels: number[], extra: (folder: string) => Promise<void> = async () => {}) {
  const folder = await tempDir()
  dirs.push(folder)
  for (const [i, level] of levels.entries())
    await writeRun(folder, `job${String(levels.length - i).padStart(2, '0')}`, {
      startedAtMs: START + i * HOUR,
      latencyUs: (k) => level * (2000 + ((k * 7919) % 30_000))
    })
  await extra(folder)
  return folder
}

const LEVELS = [1, 1.02, 0.99, 1.01, 0.98, 1, 1.02, 0.99, 1.01, 1, 0.98, 1.01]

describe('a history as the baseline', () => {
  it("reads a folder of runs in time order, whatever their folders' names", async () => {
    const folder = await historyFolder(LEVELS)
    const b = await readBaseline(folder, '--baseline')
    expect(b.history?.map((r) => Date.parse(r.doc.timestamp))).toEqual(LEVELS.map((_, i) => START + i * HOUR))
    expect(b.doc.timestamp).toBe(new Date(START + 11 * HOUR).toISOString())
  })

  it("judges a run against its test's last ten runs, and names them", async () => {
    const folder = await historyFolder(LEVELS, async (f) => {
      // another service's run and a run stopped early are not this test's history
      await writeRun(f, 'other', { service: 'other', startedAtMs: START + 20 * HOUR })
      await writeRun(f, 'stopped', { startedAtMs: START + 21 * HOUR, abortReason: 'SIGINT' })
    })
    const b = await readBaseline(folder, '--baseline')
    const same = fixtureRun({ startedAtMs: START + 30 * HOUR })
    const slower = fixtureRun({
      startedAtMs: START + 30 * HOUR,
      latencyUs: (k) => 1.4 * (2000 + ((k * 7919) % 30_000))
    })
    const gating = { failOnRegression: 'regression' as const }
    const view = compareWithBaseline(b, same.result, same.doc, gating)
    expect(view.run).toBe(`10 earlier runs of load_test_svc in ${folder}`)
    expect(view.comparison).toMatchObject({
      method: 'run_history',
      history: {
        runs: 10,
        first: { run: `load_test_svc ${new Date(START + 2 * HOUR).toISOString()}` },
        last: { run: `load_test_svc ${new Date(START + 11 * HOUR).toISOString()}` }
      }
    })
    expect(view.comparison.metrics.find((m) => m.metric === 'p95_response_time')?.verdict).toBe('no_change')
    expect(compareWithBaseline(b, slower.result, slower.doc, gating).comparison.verdict).toBe('regression')
    // --baseline-runs 4: the last four
    expect(
      compareWithBaseline({ ...b, runs: 4 }, same.result, same.doc, gating).comparison.history?.runs
    ).toBe(4)
  })

  it('runs: auto takes the runs since the last change point, so a service that stepped is judged by what it is now', async () => {
    const levels = [...LEVELS, ...[1.3, 1.32, 1.29, 1.31, 1.3, 1.28, 1.31]]
    const folder = await historyFolder(levels)
    const b = await readBaseline(folder, '--baseline', { runs: 'auto' })
    const now = fixtureRun({
      startedAtMs: START + 40 * HOUR,
      latencyUs: (k) => 1.3 * (2000 + ((k * 7919) % 30_000))
    })
    const view = compareWithBaseline(b, now.result, now.doc, { failOnRegression: 'regression' })
    expect(view.comparison.history?.runs).toBe(7)
    expect(view.comparison.history?.first.run).toBe(
      `load_test_svc ${new Date(START + 12 * HOUR).toISOString()}`
    )
    expect(view.comparison.metrics.find((m) => m.metric === 'p95_response_time')?.verdict).toBe('no_change')
  })

  it('with fewer than three runs of the test, compares with the latest and says why', async () => {
    const folder = await historyFolder([1, 1.01])
    const b = await readBaseline(folder, '--baseline')
    const now = fixtureRun({ startedAtMs: START + 30 * HOUR })
    const view = compareWithBaseline(b, now.result, now.doc, { failOnRegression: 'regression' })
    expect(view.comparison.method).toBe('block_bootstrap')
    expect(view.run).toBe(`load_test_svc ${new Date(START + HOUR).toISOString()}`)
    expect(view.comparison.warnings?.[0]).toBe(
      `only 2 earlier runs of this test in ${folder} (a history needs 3): compared with the latest`
    )
  })

  it('takes several paths, and refuses a folder without a run, naming it', async () => {
    const a = await historyFolder([1, 1.01])
    const b = await historyFolder([0.99])
    const both = await readBaseline([a, b], '--baseline')
    expect(both.history).toHaveLength(3)
    const empty = await tempDir()
    dirs.push(empty)
    const refused = readBaseline(empty, '--baseline')
    await expect(refused).rejects.toBeInstanceOf(InputError)
    await expect(refused).rejects.toThrow(
      `--baseline: ${empty} holds no perf-gate run (no metrics.json in it or in its folders 4 deep): point at a run directory or a folder of them`
    )
  })
})
