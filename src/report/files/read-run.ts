import { join } from 'node:path'
import { InputError } from '../../config/errors.js'
import { inputKind, readInputFile } from '../../config/input-file.js'
import { escapeControlCharacters } from '../../config/http-grammar.js'
import { SCHEMA_VERSION, type RunDocument } from '../run-document.js'
import { checkRunDocument } from './run-schema.js'
import { outcomeOfDocument } from '../document-outcome.js'

/**
 * A metrics.json holds a histogram and one entry a second: a day-long soak is
 * a few MB. Far larger is not one of ours, and would be held whole to parse.
 */
export const MAX_RUN_DOCUMENT_BYTES = 64 * 2 ** 20

/** Reads a run's metrics.json (from the run directory or the file itself) and checks it is one of ours. */
export async function readRunDocument(
  path: string,
  field = 'run-dir'
): Promise<{ dir: string; doc: RunDocument }> {
  let file = path
  let dir = path
  // another job wrote it: a FIFO or a device in its place is refused, never opened
  const expected = 'a perf-gate run directory or its metrics.json'
  try {
    if ((await inputKind(path, { field, expected, directory: true })) === 'directory')
      file = join(path, 'metrics.json')
    else dir = join(path, '..')
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new InputError(field, `${path} does not exist`)
  }
  let raw: Partial<RunDocument> | null
  try {
    const text = await readInputFile(file, {
      field,
      expected: "a run's metrics.json",
      maxBytes: MAX_RUN_DOCUMENT_BYTES,
      tooLarge: (p) => `${p} is larger than 64 MiB, far more than a perf-gate metrics.json`
    })
    // JSON.parse of arrays nested millions deep takes gigabytes and ignores signals while it runs
    if (nestsDeeperThan(text, MAX_JSON_DEPTH))
      throw new InputError(
        field,
        `${file} nests deeper than ${MAX_JSON_DEPTH} levels: not a perf-gate metrics.json`
      )
    raw = JSON.parse(text) as Partial<RunDocument> | null
  } catch (e) {
    if (e instanceof InputError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError(
      field,
      code === 'ENOENT'
        ? `${file} is missing; point at a perf-gate run directory`
        : `${file} is not valid JSON`
    )
  }
  if (typeof raw !== 'object' || raw === null || typeof raw.schema_version !== 'number' || !raw.verdict) {
    throw new InputError(field, `${file} is not a perf-gate metrics.json (no schema_version or verdict)`)
  }
  if (raw.schema_version > SCHEMA_VERSION) {
    throw new InputError(
      field,
      `${file} has schema_version ${raw.schema_version}; this perf-gate reads up to ${SCHEMA_VERSION}, upgrade it`
    )
  }
  // another job wrote it: every field a view reads is checked before any view reads it
  const checked = checkRunDocument(raw)
  if ('problem' in checked) {
    const [at, why] = checked.problem
    throw new InputError(field, `${file}: ${escapeControlCharacters(at)} ${why}`)
  }
  const doc = checked.doc
  // runs written before the histogram existed still render, with an empty histogram
  doc.latency_histogram ??= []
  // schema 1 wrote an A/B run's sides as `load`: its paired slices (B) or its folder, `baseline/` of an ab_test_ run (A), tell it
  if (
    doc.schema_version < 2 &&
    doc.mode === 'load' &&
    (doc.baseline?.comparison?.method === 'paired_slices' || /ab_test_[^/\\]*[/\\]baseline$/.test(dir))
  )
    doc.mode = doc.config.mode = 'ab'
  // judged again by the gate's rule on the checked figures: older runs have no outcome, and another job's is not taken on trust
  doc.outcome = outcomeOfDocument(doc)
  doc.verdict = doc.outcome.verdict
  return { dir, doc }
}

/** metrics.json nests a handful of levels; a file nested deeper is no run of ours. */
const MAX_JSON_DEPTH = 64

/** Whether JSON text opens more than `limit` arrays or objects inside each other (strings skipped). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // a backslash escapes the next character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true
    } else if (c === 93 || c === 125) depth--
  }
  return false
}
