import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli, tempDir, type CliRun } from '../helpers/run-cli.js'
import { shardRun } from '../helpers/shard-run.js'

/**
 * Issue 29: whatever another job left in a run directory's metrics.json,
 * `merge`, `compare`, `summary --html` and `report` end with an exit code of the
 * contract (0–3), without a stack trace, in bounded time. The documents are
 * a real run's (two shards through the real pipeline), each mutated at one
 * field: a hostile value put there, or the field removed.
 */
const RUNS = 25
const HARD_TIMEOUT_MS = 15_000

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Path = (string | number)[]

let base: string
let good: string
let shard: string
let doc: Json
let paths: Path[]

/** Every field of the document, arrays by their first two elements (a shard holds one per second). */
function pathsOf(v: Json, at: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return []
  const keys: (string | number)[] = Array.isArray(v) ? v.slice(0, 2).map((_, k) => k) : Object.keys(v)
  return keys.flatMap((k) => {
    const here = [...at, k]
    return [here, ...pathsOf((v as Record<string | number, Json>)[k], here)]
  })
}

function mutated(path: Path, value: Json | undefined): Json {
  const copy = structuredClone(doc) as Record<string | number, Json>
  let o = copy as Record<string | number, Json>
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, Json>
  const last = path[path.length - 1]
  if (value === undefined) {
    if (Array.isArray(o)) o.splice(last as number, 1)
    else delete o[last]
  } else o[last] = value
  return copy
}

const hostile: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constantFrom<Json | undefined>(
    undefined,
    null,
    -5,
    -99999999,
    1e308,
    1.5,
    0,
    '<b>',
    'x',
    '',
    'AAAA',
    true,
    [],
    [null],
    {},
    { a: 1 }
  ),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 8 })
)

const mutation = (): fc.Arbitrary<{ path: Path; value: Json | undefined }> =>
  fc.record({ path: fc.constantFrom(...paths), value: hostile })

beforeAll(async () => {
  base = await tempDir('perf-gate-hostile-prop-')
  good = await shardRun(base, 1)
  shard = await shardRun(base, 2)
  doc = JSON.parse(await readFile(join(shard, 'metrics.json'), 'utf8')) as Json
  paths = pathsOf(doc)
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

let n = 0
/** A copy of the second shard's run directory with `m` applied to its metrics.json. */
async function hostileDir(m: { path: Path; value: Json | undefined }): Promise<string> {
  const dir = join(base, `case-${++n}`, 'load_test_svc_20261125_120000')
  await cp(shard, dir, { recursive: true })
  await writeFile(join(dir, 'metrics.json'), JSON.stringify(mutated(m.path, m.value)))
  return dir
}

function expectContained(run: CliRun, m: unknown): void {
  const context = `${JSON.stringify(m)}\n${run.stderr}`
  expect([run.signal, context]).toEqual([null, context])
  expect([[0, 1, 2, 3].includes(run.code ?? -1), context]).toEqual([true, context])
  expect([/^ {4}at /m.test(run.stderr), context]).toEqual([false, context])
}

describe('mutated metrics.json: exit 0–3, no stack trace, bounded time', () => {
  it(`merge (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutation(), async (m) => {
        const dir = await hostileDir(m)
        const run = await runCli(['merge', good, dir, '--output-dir', join(dir, '..', 'merged')], {
          timeoutMs: HARD_TIMEOUT_MS
        })
        expectContained(run, m)
      }),
      { numRuns: RUNS }
    )
  }, 200_000)

  it(`compare (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutation(), fc.boolean(), async (m, first) => {
        const dir = await hostileDir(m)
        const run = await runCli(['compare', ...(first ? [dir, good] : [good, dir])], {
          timeoutMs: HARD_TIMEOUT_MS
        })
        expectContained(run, m)
      }),
      { numRuns: RUNS }
    )
  }, 200_000)

  it(`report (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutation(), async (m) => {
        const run = await runCli(['report', await hostileDir(m)], { timeoutMs: HARD_TIMEOUT_MS })
        expectContained(run, m)
      }),
      { numRuns: RUNS }
    )
  }, 200_000)

  it(`summary --html (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutation(), async (m) => {
        const dir = await hostileDir(m)
        const reports = join(dir, '..')
        await mkdir(reports, { recursive: true })
        await cp(good, join(reports, 'load_test_svc_20261125_110000'), { recursive: true })
        const run = await runCli(['summary', reports, '--html'], { timeoutMs: HARD_TIMEOUT_MS })
        expectContained(run, m)
        // the good run always makes the page
        expect(run.code).toBe(0)
      }),
      { numRuns: RUNS }
    )
  }, 200_000)
})
