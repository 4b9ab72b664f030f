import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../../config/errors.js'
import type { RunDocument } from '../run-document.js'
import { readRunDocument } from './read-run.js'

/**
 * A previous run to compare with: its metrics.json and its directory
 * (results.csv is not needed). Given a folder of runs (a history), `doc` is
 * the latest and `history` holds every run found, oldest first; the
 * comparison takes the last ones of its own test from it (`historyOf`).
 */
export interface Baseline extends BaselineRun {
  history?: BaselineRun[]
  /** of a history, where it was read from (the paths given) */
  from?: string
  /** of a history, the last runs of the test to use (default 10), or `auto`: those since its last change point */
  runs?: number | 'auto'
}

export interface BaselineRun {
  dir: string
  doc: RunDocument
}

/** How deep a history folder is searched for metrics.json: `history/<job>/<output>/<run>/metrics.json`. */
const MAX_DEPTH = 4

/**
 * Reads a baseline: one run (directory or metrics.json), or a history — a
 * folder of run directories, or several paths. `field` names the flag or
 * input in errors.
 */
export async function readBaseline(
  paths: string | readonly string[],
  field: string,
  options: { runs?: number | 'auto' } = {}
): Promise<Baseline> {
  const list = typeof paths === 'string' ? [paths] : paths
  if (list.length === 0) throw new InputError(field, 'no path given: a run directory or a folder of runs')
  const runs: BaselineRun[] = []
  let folders = 0
  for (const path of list) {
    if (await isRunPath(path)) runs.push(await readRunDocument(path, field))
    else {
      folders++
      const found = await runDirsUnder(path)
      if (found.length === 0)
        throw new InputError(
          field,
          `${path} holds no perf-gate run (no metrics.json in it or in its folders ${MAX_DEPTH} deep): point at a run directory or a folder of them`
        )
      for (const dir of found) runs.push(await readRunDocument(dir, field))
    }
  }
  if (runs.length === 1 && folders === 0) return runs[0]
  runs.sort((a, b) => Date.parse(a.doc.timestamp) - Date.parse(b.doc.timestamp))
  return { ...runs[runs.length - 1], history: runs, from: list.join(', '), ...options }
}

/** Whether a folder holds a run anywhere in it (a history to read), found without reading one. */
export async function holdsRuns(folder: string): Promise<boolean> {
  return (await runDirsUnder(folder)).length > 0
}

/** A file, or a folder with a metrics.json of its own: one run; anything else is searched as a history. */
async function isRunPath(path: string): Promise<boolean> {
  const s = await stat(path).catch(() => undefined)
  return !s?.isDirectory() || (await hasRunFile(path))
}

const hasRunFile = async (dir: string): Promise<boolean> =>
  (await stat(join(dir, 'metrics.json')).catch(() => undefined)) !== undefined

/** The run directories under a folder, in name order; a missing or unreadable folder holds none. */
async function runDirsUnder(folder: string, depth = 1): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  const out: string[] = []
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isDirectory()) continue
    const dir = join(folder, e.name)
    // a run directory is not searched further: an A/B run keeps its side A in baseline/
    if (await hasRunFile(dir)) out.push(dir)
    else if (depth < MAX_DEPTH) out.push(...(await runDirsUnder(dir, depth + 1)))
  }
  return out
}
