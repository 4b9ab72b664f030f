import { describe, expect, it } from '@jest/globals'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readRunDocument } from '../../src/report/files/read-run.js'
import { formatRunLength } from '../../src/report/format/numbers.js'
import { describeRun } from '../../src/report/format/run-description.js'
import { fixtureRun } from '../helpers/fixture-run.js'
import { tempDir } from '../helpers/run-cli.js'

/** An A/B run is named one in every view, old runs included; lengths are said to the tenth. */
describe('A/B runs as documents', () => {
  it('a schema 1 A/B run (its sides written as `load`) is read as mode ab, both sides', async () => {
    const { doc } = fixtureRun({ baselineFactor: 0.5 })
    const old = {
      ...doc,
      schema_version: 1,
      mode: 'load',
      config: { ...doc.config, mode: 'load' },
      baseline: { ...doc.baseline!, comparison: { ...doc.baseline!.comparison, method: 'paired_slices' } }
    }
    const dir = join(await tempDir(), 'ab_test_svc_20261101_120000')
    await mkdir(join(dir, 'baseline'), { recursive: true })
    await writeFile(join(dir, 'metrics.json'), JSON.stringify(old))
    const { baseline: _, ...sideA } = old
    await writeFile(join(dir, 'baseline', 'metrics.json'), JSON.stringify(sideA))
    expect((await readRunDocument(dir)).doc.mode).toBe('ab')
    expect((await readRunDocument(join(dir, 'baseline'))).doc.config.mode).toBe('ab')
    // a plain load run of schema 1 stays a load run
    const plain = join(await tempDir(), 'load_test_svc_20261101_120000')
    await mkdir(plain)
    await writeFile(join(plain, 'metrics.json'), JSON.stringify({ ...sideA }))
    expect((await readRunDocument(plain)).doc.mode).toBe('load')
  })

  it('run lengths to the tenth of a second (an A/B side measured 7.426 s)', () => {
    expect(formatRunLength(7.426)).toBe('7.4 s')
    expect(formatRunLength(60)).toBe('60 s')
    expect(formatRunLength(0.25)).toBe('0.25 s')
    // a run cut short after 41 ms is not "0 s"
    expect(formatRunLength(0.041)).toBe('0.041 s')
    expect(formatRunLength(0)).toBe('0 s')
    expect(describeRun('ab', { users: 4, duration: 7.426, timeout: 10, ab: { side: 'B', slice: 1 } })).toBe(
      '4 users on each side in 1 s slices, 7.4 s of load on each'
    )
  })
})
