import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import type { Thresholds } from '../config/thresholds.js'
import { isInputError } from '../config/errors.js'
import { readInputFile } from '../config/input-file.js'
import { writeFileAtomic } from '../report/files/write-file.js'
import { alertRulesYaml } from './alert-rules.js'
import { dashboardJson, prometheusYaml } from './dashboard.js'
import { makeDirs } from '../report/files/make-dirs.js'

export const MONITORING_FILES = {
  dashboard: 'grafana/dashboards/performance-testing.json',
  rules: 'prometheus/rules/performance-alerts.yml',
  prometheus: 'prometheus/prometheus.yml'
} as const

/** Hashes of what was generated: a file whose hash still matches was not changed by a person. */
const MANIFEST = '.perf-gate-manifest.json'

export interface SetupResult {
  written: string[]
  /** files a person changed since they were generated: left alone (use force) */
  kept: string[]
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

/** What was generated is a few hundred KB at most; a larger file there was not. */
const MAX_GENERATED_BYTES = 4 * 2 ** 20

/** The file's text, or undefined when it is not there (or unreadable); a FIFO or a device in its place is refused. */
async function readOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readInputFile(path, {
      field: '--dir',
      expected: 'a file perf-gate generated (or none)',
      maxBytes: MAX_GENERATED_BYTES,
      tooLarge: (p) => `${p} is larger than 4 MiB, not a file perf-gate generated; move it away`
    })
  } catch (e) {
    if (isInputError(e)) throw e
    return undefined
  }
}

/** Writes the Grafana dashboard, the alert rules and a Prometheus config from the gate's thresholds. */
export async function setupMonitoring(
  dir: string,
  thresholds: Thresholds,
  force = false
): Promise<SetupResult> {
  const contents: Record<string, string> = {
    [MONITORING_FILES.dashboard]: JSON.stringify(dashboardJson(thresholds), null, 2) + '\n',
    [MONITORING_FILES.rules]: alertRulesYaml(thresholds),
    [MONITORING_FILES.prometheus]: prometheusYaml()
  }
  const manifestPath = join(dir, MANIFEST)
  const manifest: Record<string, string> = JSON.parse((await readOrUndefined(manifestPath)) ?? '{}')
  const result: SetupResult = { written: [], kept: [] }
  for (const [rel, text] of Object.entries(contents)) {
    const path = join(dir, rel)
    const existing = await readOrUndefined(path)
    const untouched = existing === undefined || existing === text || manifest[rel] === sha(existing)
    if (!untouched && !force) {
      result.kept.push(path)
      continue
    }
    await makeDirs(dirname(path))
    await writeFileAtomic(path, text)
    manifest[rel] = sha(text)
    result.written.push(path)
  }
  await makeDirs(dir)
  await writeFileAtomic(manifestPath, JSON.stringify(manifest, null, 2) + '\n')
  return result
}
