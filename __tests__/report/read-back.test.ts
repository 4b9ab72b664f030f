import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readRunDocument } from '../../src/report/files/read-run.js'
import { fixtureRun } from '../helpers/fixture-run.js'
import { tempDir } from '../helpers/run-cli.js'

describe('a run read back', () => {
  it('keeps a comparison that would need years to decide (a noisy pair): written, so readable', async () => {
    const { doc } = fixtureRun({ baselineFactor: 0.5 })
    const metrics = doc.baseline!.comparison.metrics.map((m) => ({
      ...m,
      verdict: 'inconclusive' as const,
      seconds_to_decide: 675_650
    }))
    const dir = await tempDir('perf-gate-read-back-')
    await writeFile(
      join(dir, 'metrics.json'),
      JSON.stringify({
        ...doc,
        baseline: { ...doc.baseline!, comparison: { ...doc.baseline!.comparison, metrics } }
      })
    )
    const back = await readRunDocument(dir)
    expect(back.doc.baseline!.comparison.metrics[0].seconds_to_decide).toBe(675_650)
  })
})
