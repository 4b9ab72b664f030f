import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../../config/errors.js'
import { runWindows, type RunWindows } from '../../gate/compare.js'
import type { RunDocument } from '../run-document.js'
import { readRunDocument } from './read-run.js'

/**
 * A previous run to compare with: its metrics.json, its directory and its
 * windows (the seconds of its time series; results.csv is not needed). Given
 * a folder of runs (a history), `doc` is the latest and `history` holds
 * every run found, oldest first; the comparison takes the last ones of its
 * own test from it (`historyOf`).
 */
export interface Baseline {
  dir: string
  doc: RunDocument
  windows: RunWindows
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
      const found = await runsUnder(path, field)
      if (found.length === 0)
        throw new InputError(
          field,
          `${path} holds no perf-gate run (no metrics.json in it or in its folders ${MAX_DEPTH} deep): point at a run directory or a folder of them`
        )
      runs.push(...found)
    }
  }
  if (runs.length === 1 && folders === 0) return { ...runs[0], windows: runWindows(runs[0].doc) }
  runs.sort((a, b) => Date.parse(a.doc.timestamp) - Date.parse(b.doc.timestamp))
  const latest = runs[runs.length - 1]
  return { ...latest, windows: runWindows(latest.doc), history: runs, from: list.join(', '), ...options }
}

/** A file, or a folder with a metrics.json of its own: one run; anything else is searched as a history. */
async function isRunPath(path: string): Promise<boolean> {
  const s = await stat(path).catch(() => undefined)
  if (!s?.isDirectory()) return true
  return (await stat(join(path, 'metrics.json')).catch(() => undefined)) !== undefined
}

async function runsUnder(folder: string, field: string, depth = 1): Promise<BaselineRun[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  const out: BaselineRun[] = []
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isDirectory()) continue
    const dir = join(folder, e.name)
    // a run directory is not searched further: an A/B run keeps its side A in baseline/
    if (await stat(join(dir, 'metrics.json')).catch(() => undefined))
      out.push(await readRunDocument(dir, field))
    else if (depth < MAX_DEPTH) out.push(...(await runsUnder(dir, field, depth + 1)))
  }
  return out
}

/** Whether a folder holds a run anywhere in it (a history to read), without reading one. */
export async function holdsRuns(folder: string): Promise<boolean> {
  try {
    return (await runsUnder(folder, 'history')).length > 0
  } catch {
    return false
  }
}
