import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { mergeableRun } from '../../src/metrics/mergeable-from-run.js'
import { evaluateThresholds } from '../../src/gate/evaluate.js'
import { saveResults } from '../../src/report/files/save.js'
import { fixtureRun } from './fixture-run.js'

/**
 * A shard's run directory (`--shard index/of`), as a CI machine would have
 * written it: synthetic records through the real pipeline, 50 req/s for
 * `seconds` seconds. Returns the run directory.
 */
export async function shardRun(
  out: string,
  index: number,
  o: { of?: number; seconds?: number; startedAtMs?: number } = {}
): Promise<string> {
  const of = o.of ?? 2
  const seconds = o.seconds ?? 5
  const { result } = fixtureRun({
    seconds,
    failEvery: index === 2 ? 25 : 0,
    ...(o.startedAtMs ? { startedAtMs: o.startedAtMs } : {})
  })
  const metrics = calculateMetrics(result)
  const saved = await saveResults(result, metrics, evaluateThresholds(metrics), {
    outputDir: join(out, `machine-${index}`),
    failOn: 'never',
    mergeable: mergeableRun(
      result,
      metrics,
      { index, of },
      { overall: result.target.thresholds, per_endpoint: {} },
      {
        users: 20,
        duration: seconds,
        base_url: result.target.baseUrl,
        endpoints: result.target.endpoints.map((e) => e.name)
      }
    )
  })
  return saved.dir
}

/** Reads a run directory's metrics.json, lets `change` edit it, writes it back. */
export async function editDoc(runDir: string, change: (doc: Record<string, any>) => void): Promise<void> {
  const file = join(runDir, 'metrics.json')
  const doc = JSON.parse(await readFile(file, 'utf8'))
  change(doc)
  await writeFile(file, JSON.stringify(doc))
}
